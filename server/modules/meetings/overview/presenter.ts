// JSON shape of the overview for the committee above: per unit, the meetings of the year, their
// days, the attendance rate and the months and quarters without the meetings the regulation asks for.
import { z } from '@hono/zod-openapi';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

export const OverviewUnit = z
  .object({
    orgId: int(),
    orgName: z.string(),
    /** Meetings of the year (not cancelled), and those held by today. */
    meetings: int(),
    held: int(),
    regular: int(),
    thematic: int(),
    dates: z.array(date()),
    present: int(),
    expected: int(),
    /** present ÷ expected over the year's registers, or null when none was taken. */
    attendanceRate: z.number().nullable(),
    qualityAverage: z.number().nullable(),
    /** Months and quarters over (and wholly in the unit's life) without enough meetings. */
    monthsWithoutRegular: z.array(int()),
    quartersWithoutThematic: z.array(int()),
  })
  .openapi('MeetingsOverviewUnit');
export type OverviewUnit = z.infer<typeof OverviewUnit>;

export const MeetingsOverview = z
  .object({
    orgId: int(),
    orgName: z.string(),
    year: int(),
    /** The frequency rule's source (its versions apply month by month). */
    frequencySource: z.string(),
    items: z.array(OverviewUnit),
  })
  .openapi('MeetingsOverview');
export type MeetingsOverview = z.infer<typeof MeetingsOverview>;
