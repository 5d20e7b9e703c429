// Is the server up, and does its database answer? For load balancers and monitoring.
import type { Deps } from '../../deps.ts';
import type { HealthJson } from './presenter.ts';
import * as q from './queries.ts';

/**
 * @trusted public: a load balancer asks before anyone signs in, and the answer names no record.
 */
export async function health(deps: Deps): Promise<HealthJson> {
  try {
    await q.ping(deps.database.db);
    return { status: 'ok', database: deps.database.backend };
  } catch {
    return { status: 'unavailable', database: deps.database.backend };
  }
}
