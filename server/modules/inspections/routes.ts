// HTTP of inspection, supervision and discipline (docs/inspections.md): the sub-features' routers.
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/router.ts';
import { caseRoutes } from './cases/routes.ts';
import { disciplineRoutes } from './discipline/routes.ts';
import { orgDisciplineRoutes } from './org-discipline/routes.ts';
import { programmeRoutes } from './programmes/routes.ts';
import { reviewRoutes } from './reviews/routes.ts';

export function inspectionRoutes(deps: Deps) {
  const r = createRouter();
  // Before disciplineRoutes: /api/discipline/orgs is not /api/discipline/{id}.
  r.route('/', orgDisciplineRoutes(deps));
  r.route('/', disciplineRoutes(deps));
  r.route('/', programmeRoutes(deps));
  r.route('/', caseRoutes(deps));
  r.route('/', reviewRoutes(deps));
  return r;
}
