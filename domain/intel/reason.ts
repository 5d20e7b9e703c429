// Why a warning was raised, in Vietnamese, with the numbers behind it:
// "Số vụ việc «Khiếu nại, tố cáo» 28 ngày qua: 9, gấp 3,4 lần mức nền 12 tuần trước (bình quân
// 2,6 vụ/28 ngày); xác suất do ngẫu nhiên 0,2%."
import { formatDateVi } from '../dates.ts';
import type { Assessment } from './detector.ts';

/** A number the Vietnamese way: decimal comma, at most `digits` decimals, no trailing ",0". */
export function viNumber(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '—';
  const raw = x.toFixed(digits);
  const fixed = raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw;
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** The chance that noise alone gives such a rise: "0,2%", or "dưới 0,1%". */
export function chanceText(p: number): string {
  if (p < 0.001) return 'dưới 0,1%';
  return `${viNumber(p * 100, 1)}%`;
}

export function riseReason(
  category: string,
  a: Assessment,
  opts: { windowDays: number; baselineWeeks: number; partOfChildren?: boolean },
): string {
  const head = `Số vụ việc «${category}» ${opts.windowDays} ngày qua: ${a.recent}`;
  const weeks = `${a.baselineWeeks} tuần trước`;
  const season =
    a.yearsUsed === 0
      ? ''
      : a.yearsUsed === 1
        ? ', đã tính mùa vụ theo cùng kỳ năm trước'
        : `, đã tính mùa vụ theo cùng kỳ ${a.yearsUsed} năm trước`;
  const short = a.baselineWeeks < opts.baselineWeeks ? ' (đơn vị mới có số liệu từ chừng ấy tuần)' : '';
  const body =
    a.baselineTotal === 0
      ? `, trong khi ${weeks} đó không có vụ nào${short}`
      : `, gấp ${viNumber(a.ratio)} lần mức nền ${weeks}${short} (bình quân ${viNumber(a.expected)} vụ/${opts.windowDays} ngày${season})`;
  const rest = opts.partOfChildren ? '; kể cả khi trừ các đơn vị trực thuộc đã được cảnh báo' : '';
  return `${head}${body}${rest}; xác suất do ngẫu nhiên ${chanceText(a.pValue)}.`;
}

export interface RisingUnit {
  name: string;
  recent: number;
  expected: number;
}

export function neighboursReason(
  category: string,
  parent: string,
  rising: readonly RisingUnit[],
  eligible: number,
  pValue: number,
  windowDays: number,
): string {
  const list = rising
    .slice(0, 6)
    .map((u) => `${u.name} (${u.recent} vụ, mức nền ${viNumber(u.expected)})`)
    .join('; ');
  const more = rising.length > 6 ? `; và ${rising.length - 6} đơn vị khác` : '';
  return (
    `«${category}» tăng cùng lúc ở ${rising.length}/${eligible} đơn vị trực thuộc ${parent} trong ${windowDays} ngày qua: ` +
    `${list}${more}; xác suất do ngẫu nhiên ${chanceText(pValue)}.`
  );
}

export function recurrenceReason(title: string, resolvedOn: string | null, recurredOn: string): string {
  const resolved = resolvedOn ? ` đã giải quyết ngày ${formatDateVi(resolvedOn)}` : ' đã giải quyết';
  return `Vụ việc «${title}»${resolved} nay tái phát (ngày ${formatDateVi(recurredOn)}).`;
}
