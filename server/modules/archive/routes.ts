// The archives area's HTTP routes (/api/archive/…), composed from its parts.
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/router.ts';
import { archiveDigitiseRoutes } from './routes-digitise.ts';
import { archiveDisposalRoutes } from './routes-disposal.ts';
import { archiveFileRoutes } from './routes-files.ts';
import { archiveToolRoutes } from './routes-tools.ts';

export function archiveRoutes(deps: Deps) {
  const r = createRouter();
  for (const part of [
    archiveFileRoutes(deps),
    archiveDisposalRoutes(deps),
    archiveDigitiseRoutes(deps),
    archiveToolRoutes(deps),
  ]) {
    r.route('/', part);
  }
  return r;
}
