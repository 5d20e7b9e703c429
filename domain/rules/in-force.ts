// Which version of a rule is in force on a date: the newest whose effective date is on or before it,
// the later-entered one when two take effect the same day. The SQL of server/modules/rules/queries.ts
// orders the same way (effective_from DESC, id DESC); test/api/rules.test.ts holds them equal.

export interface DatedVersion {
  id: number;
  /** `YYYY-MM-DD`. */
  effectiveFrom: string;
}

/** The version in force on `on` (`YYYY-MM-DD`), or undefined when none had taken effect yet. */
export function versionInForce<V extends DatedVersion>(versions: readonly V[], on: string): V | undefined {
  let best: V | undefined;
  for (const v of versions) {
    if (v.effectiveFrom > on) continue;
    if (
      !best ||
      v.effectiveFrom > best.effectiveFrom ||
      (v.effectiveFrom === best.effectiveFrom && v.id > best.id)
    )
      best = v;
  }
  return best;
}

/** Versions newest first, in the order of versionInForce (the history shown to an administrator). */
export function newestFirst<V extends DatedVersion>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) =>
    a.effectiveFrom === b.effectiveFrom ? b.id - a.id : a.effectiveFrom < b.effectiveFrom ? 1 : -1,
  );
}
