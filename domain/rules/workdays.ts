// Rules of the working-day calendar kept as versioned data (docs/rules.md): how many days Tết lasts
// and where it starts, and which day goes with 2/9. The holidays themselves are computed in
// domain/workdays/calendar.ts; the days the government adds or swaps in a given year are entered by
// an administrator (Cài đặt → Lịch làm việc).

import { z } from '../validation.ts';
import type { HolidayRule } from '../workdays/calendar.ts';
import type { RuleDef, RuleField } from './catalog.ts';
import { int } from './define.ts';

const HOLIDAY_FIELDS = [
  { name: 'tetDaysBefore', label: 'Số ngày nghỉ Tết trước Mùng 1', unit: 'ngày', min: 0, max: 5 },
  { name: 'tetDays', label: 'Tổng số ngày nghỉ Tết Nguyên đán', unit: 'ngày', min: 1, max: 10 },
  {
    name: 'nationalDayExtra',
    label: 'Ngày nghỉ liền kề Quốc khánh (-1: ngày 1/9, 1: ngày 3/9, 0: không)',
    unit: '',
    min: -1,
    max: 1,
  },
] as const satisfies readonly RuleField[];

export const WORKDAY_RULES = {
  'workdays.holidays': {
    key: 'workdays.holidays',
    area: 'rules',
    label: 'Ngày nghỉ lễ, Tết trong lịch ngày làm việc',
    description:
      'Số ngày nghỉ Tết Nguyên đán (tính từ trước Mùng 1 bao nhiêu ngày) và ngày nghỉ liền kề Quốc khánh 2/9. Ngày nghỉ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp; ngày nghỉ, làm bù khác do quản trị nhập theo thông báo hằng năm.',
    schema: z.strictObject({
      tetDaysBefore: int(0, 5),
      tetDays: int(1, 10),
      nationalDayExtra: int(-1, 1),
    }),
    defaultValue: { tetDaysBefore: 1, tetDays: 5, nationalDayExtra: 1 },
    source: 'Bộ luật Lao động số 45/2019/QH14, Điều 112 (nghỉ lễ, tết)',
    verified: true,
    form: { kind: 'fields', fields: [...HOLIDAY_FIELDS] },
  } satisfies RuleDef<HolidayRule>,
} as const;
