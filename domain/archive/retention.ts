// Retention arithmetic (docs/domain.md, archives): a file's retention runs from 1 January of the year
// after the year its work ended (the end year recorded when it is closed). A period of N years ends
// on 1 January of endYear + 1 + N: from that day the file is due for review by the valuation
// council. Permanent files are never due.

/** Periods commonly found in retention schedules (years); any whole number from 1 to 100 is accepted. */
export const COMMON_PERIODS = [5, 10, 20, 50, 70] as const;
export const MAX_RETENTION_YEARS = 100;

export function isValidPeriod(years: number | null): boolean {
  return years === null || (Number.isInteger(years) && years >= 1 && years <= MAX_RETENTION_YEARS);
}

/** The day retention starts counting: 1 January of the year after the end year. */
export function retentionStartsOn(endYear: number): string {
  return `${String(endYear + 1).padStart(4, '0')}-01-01`;
}

/** The day retention ends (null: permanent). */
export function retentionEndsOn(endYear: number, years: number | null): string | null {
  if (years === null) return null;
  return `${String(endYear + 1 + years).padStart(4, '0')}-01-01`;
}

/** Due for review when today is on or after the end of retention. */
export function isDue(endsOn: string | null, today: string): boolean {
  return endsOn !== null && today >= endsOn;
}

/**
 * The valuation council keeps a file longer: the new period runs from 1 January of the year after
 * the decision (null = keep permanently).
 */
export function extendedEndsOn(decidedOn: string, years: number | null): string | null {
  return retentionEndsOn(Number(decidedOn.slice(0, 4)), years);
}

/**
 * The default end year of a file being closed: the year of its newest document, or the closing
 * year when it holds none. It may not lie after the closing year nor before the plan year.
 */
export function defaultEndYear(closedOn: string, documentDates: readonly (string | null)[]): number {
  const closing = Number(closedOn.slice(0, 4));
  const years = documentDates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return closing;
  return Math.min(closing, Math.max(...years));
}

/** Why an end year is not acceptable, or null. */
export function endYearProblem(endYear: number, planYear: number, closedOn: string): string | null {
  const closing = Number(closedOn.slice(0, 4));
  if (!Number.isInteger(endYear)) return 'Năm kết thúc phải là số năm.';
  if (endYear > closing) return `Năm kết thúc (${endYear}) không thể sau năm đóng hồ sơ (${closing}).`;
  if (endYear < planYear - 50)
    return `Năm kết thúc (${endYear}) quá xa so với năm của danh mục (${planYear}).`;
  return null;
}
