// Times of a meeting: accepted as ISO 8601 (with or without seconds and offset; without an offset the
// time is Vietnam's, UTC+7), kept as UTC instants, shown and counted by the day in Vietnam.

const VN_OFFSET_MS = 7 * 3600_000;
const FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** The instant as ISO UTC (`2026-03-05T07:00:00.000Z`), or null for a malformed or impossible time. */
export function parseMeetingTime(s: string): string | null {
  const m = FORM.exec(s.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', se = '0', frac = '', zone] = m.slice(1);
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(se);
  if (year < 1930 || year > 2200 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number(`0.${frac || '0'}`) * 1000);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let offsetMs = VN_OFFSET_MS;
  if (zone === 'Z') offsetMs = 0;
  else if (zone) {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!zm) return null;
    const oh = Number(zm[2]);
    const om = Number(zm[3] ?? '0');
    if (oh > 14 || om > 59) return null;
    offsetMs = (zm[1] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return new Date(local - offsetMs).toISOString();
}

/** The day in Vietnam of an instant: `YYYY-MM-DD`. */
export function vnDay(iso: string): string {
  return new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The clock time in Vietnam of an instant: `HH:mm`. */
export function vnClock(iso: string): string {
  return new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString().slice(11, 16);
}

/** "14 giờ 00 phút, ngày 05/03/2026" — the time of a meeting as invitations and minutes write it. */
export function timeWords(iso: string): string {
  const [h, m] = vnClock(iso).split(':');
  const [y, mo, d] = vnDay(iso).split('-');
  return `${Number(h)} giờ ${m} phút, ngày ${d}/${mo}/${y}`;
}

/** Whole minutes from a to b. */
export function minutesBetween(a: string, b: string): number {
  return Math.floor((new Date(b).getTime() - new Date(a).getTime()) / 60_000);
}
