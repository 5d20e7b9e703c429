// Calendar arithmetic on ISO dates (`YYYY-MM-DD`) with PostgreSQL's semantics, so that a rule
// computed here and the same rule computed in SQL (`date + interval '1 year'`) agree to the day:
// adding months or years to the 29th–31st clamps to the last day of the target month.

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parts(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

function iso({ y, m, d }: Ymd): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber(s: string): number {
  const { y, m, d } = parts(s);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** `date + interval 'n months'` (n may be negative). */
export function addMonths(s: string, n: number): string {
  const { y, m, d } = parts(s);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

/** `date + interval 'n years'`: 29/02 + 1 year is 28/02. */
export function addYears(s: string, n: number): string {
  return addMonths(s, n * 12);
}

/** `date + n` (days). */
export function addDays(s: string, n: number): string {
  const dt = new Date((dayNumber(s) + n) * 86_400_000);
  return dt.toISOString().slice(0, 10);
}

/** `b - a` in days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Whole years from `from` to `on`: the largest n with addYears(from, n) ≤ on (0 when on < from). */
export function fullYears(from: string, on: string): number {
  if (on < from) return 0;
  let n = Number(on.slice(0, 4)) - Number(from.slice(0, 4));
  while (n > 0 && addYears(from, n) > on) n--;
  return n;
}

/** Whole months from `from` to `on`, the same way. */
export function fullMonths(from: string, on: string): number {
  if (on < from) return 0;
  let n =
    (Number(on.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(on.slice(5, 7)) -
    Number(from.slice(5, 7));
  while (n > 0 && addMonths(from, n) > on) n--;
  return n;
}

/** First day of the month of a date. */
export function monthStart(s: string): string {
  return `${s.slice(0, 7)}-01`;
}
