// The archives area's HTTP routes (/api/archive/…): one router mounting its sub-features'.
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/router.ts';
import { digitiseRoutes } from './digitise/routes.ts';
import { disposalRoutes } from './disposal/routes.ts';
import { fileRoutes } from './files/routes.ts';
import { fixityRoutes } from './fixity/routes.ts';
import { holdRoutes } from './holds/routes.ts';
import { packageRoutes } from './packages/routes.ts';
import { planRoutes } from './plan/routes.ts';

export function archiveRoutes(deps: Deps) {
  const r = createRouter();
  r.route('/', planRoutes(deps));
  r.route('/', fileRoutes(deps));
  r.route('/', holdRoutes(deps));
  r.route('/', disposalRoutes(deps));
  r.route('/', digitiseRoutes(deps));
  r.route('/', fixityRoutes(deps));
  r.route('/', packageRoutes(deps));
  return r;
}
