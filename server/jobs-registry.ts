// Every module's background jobs, defined in one place before the queue starts.
import type { Deps } from './deps.ts';

export function defineJobs(_deps: Deps): void {
  // Modules add their queues here, e.g. defineDocumentJobs(deps).
}
