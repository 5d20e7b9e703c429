// JSON shapes of the home page (GET /api/me/home). The home owns no data: each section is filled by
// the area that owns it (a provider registered in server/integrations.ts), in the shape named here,
// so the contract of the page is one document whoever fills it. A section whose area is not
// installed is null (and listed in `unavailable`), never filled with made-up data.
import { z } from '@hono/zod-openapi';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

export const HomeWeek = z
  .object({
    today: date(),
    /** Monday of the current week (Vietnam time). */
    weekStart: date(),
    /** Sunday of the current week. */
    weekEnd: date(),
  })
  .openapi('HomeWeek');
export type HomeWeek = z.infer<typeof HomeWeek>;

export const HOME_GROUPS = ['documents', 'tasks', 'meetings', 'approvals'] as const;

/** One figure of a staff home: what waits, how many, and the filtered page that lists them. */
export const HomeCount = z
  .object({
    key: z.string(),
    group: z.enum(HOME_GROUPS),
    label: z.string(),
    count: int(),
    /** Client path of the filtered list, e.g. /van-ban/di?status=submitted. */
    link: z.string(),
    /** danger: late; warning: due soon; normal: waiting. */
    tone: z.enum(['normal', 'warning', 'danger']),
  })
  .openapi('HomeCount');
export type HomeCount = z.infer<typeof HomeCount>;

export const HomeMeetingDocument = z
  .object({
    name: z.string(),
    /** The download address (GET, same origin). */
    url: z.string(),
    size: int().nullable(),
    /** The content hash when known: the download never changes, so it may be kept offline. */
    sha256: z.string().nullable(),
  })
  .openapi('HomeMeetingDocument');

export const HomeMeeting = z
  .object({
    id: int(),
    title: z.string(),
    kindLabel: z.string(),
    orgName: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    place: z.string().nullable(),
    agenda: z.array(z.string()),
    documents: z.array(HomeMeetingDocument),
    /** Client path of the meeting's page, when there is one. */
    link: z.string().nullable(),
  })
  .openapi('HomeMeeting');
export type HomeMeeting = z.infer<typeof HomeMeeting>;

export const HomeMeetingSection = z.object({ next: HomeMeeting.nullable() }).openapi('HomeMeetingSection');
export type HomeMeetingSection = z.infer<typeof HomeMeetingSection>;

export const HomeTask = z
  .object({
    id: int(),
    title: z.string(),
    dueOn: date(),
    progress: int(),
    overdue: z.boolean(),
    stateLabel: z.string(),
    orgName: z.string(),
    /** What the task came from (a resolution, a document's symbol), when recorded. */
    sourceRef: z.string().nullable(),
    /** Whether this account may report progress on it (the tasks area decides). */
    canReport: z.boolean(),
  })
  .openapi('HomeTask');
export type HomeTask = z.infer<typeof HomeTask>;

export const HomeTasksSection = z
  .object({ items: z.array(HomeTask), more: z.boolean() })
  .openapi('HomeTasksSection');
export type HomeTasksSection = z.infer<typeof HomeTasksSection>;

export const HomeFeePayment = z
  .object({ month: z.string(), amount: z.number(), paidOn: date() })
  .openapi('HomeFeePayment');

/** The member's party fee: this month's amount under the rules, what is owed, the last payments. */
export const HomeFees = z
  .object({
    month: z.string().openapi({ pattern: '^\\d{4}-\\d{2}$' }),
    due: z.number(),
    exempt: z.boolean(),
    rule: z.string(),
    paidThisMonth: z.boolean(),
    /** Months owed up to last month (0 when up to date). */
    monthsOwed: int(),
    lastPaidMonth: z.string().nullable(),
    payments: z.array(HomeFeePayment),
  })
  .openapi('HomeFees');
export type HomeFees = z.infer<typeof HomeFees>;

export const HomeRecord = z
  .object({
    memberId: int(),
    fullName: z.string(),
    orgName: z.string(),
    statusLabel: z.string(),
    admittedOn: date(),
    officialOn: date().nullable(),
    partyAgeYears: int(),
    badges: z.array(z.object({ years: int(), awardedOn: date() })),
    /** Client path of the full record (its read is audited there). */
    link: z.string(),
  })
  .openapi('HomeRecord');
export type HomeRecord = z.infer<typeof HomeRecord>;

/** The member's own record and fees; both null when no record is linked to the account. */
export const HomeSelfSection = z
  .object({ record: HomeRecord.nullable(), fees: HomeFees.nullable() })
  .openapi('HomeSelfSection');
export type HomeSelfSection = z.infer<typeof HomeSelfSection>;

export const HomeStudy = z
  .object({
    id: int(),
    title: z.string(),
    on: date(),
    orgName: z.string().nullable(),
    /** Whether the member's reflection (bài thu hoạch) is awaited, written, or not asked for. */
    reflection: z.enum(['not_required', 'due', 'written']),
    reflectionLabel: z.string(),
    link: z.string().nullable(),
  })
  .openapi('HomeStudy');
export type HomeStudy = z.infer<typeof HomeStudy>;

export const HomeStudiesSection = z.object({ items: z.array(HomeStudy) }).openapi('HomeStudiesSection');
export type HomeStudiesSection = z.infer<typeof HomeStudiesSection>;

export const HomeNotice = z
  .object({
    id: int(),
    title: z.string(),
    body: z.string().nullable(),
    link: z.string().nullable(),
    createdAt: z.string().nullable(),
    read: z.boolean(),
  })
  .openapi('HomeNotice');
export type HomeNotice = z.infer<typeof HomeNotice>;

export const HomeNoticesSection = z
  .object({ unread: int(), items: z.array(HomeNotice) })
  .openapi('HomeNoticesSection');
export type HomeNoticesSection = z.infer<typeof HomeNoticesSection>;

export const HomeMember = z
  .object({
    meeting: HomeMeetingSection.nullable(),
    tasks: HomeTasksSection.nullable(),
    self: HomeSelfSection.nullable(),
    studies: HomeStudiesSection.nullable(),
    notices: HomeNoticesSection.nullable(),
  })
  .openapi('HomeMember');
export type HomeMember = z.infer<typeof HomeMember>;

export const HomeStaff = z.object({ counts: z.array(HomeCount) }).openapi('HomeStaff');
export type HomeStaff = z.infer<typeof HomeStaff>;

export const HomeJson = z
  .object({
    kind: z.enum(['member', 'staff']),
    week: HomeWeek,
    /** The member's home (role member), else null. */
    member: HomeMember.nullable(),
    /** The staff home («Việc của tôi»), else null. */
    staff: HomeStaff.nullable(),
    /** Sections whose area is not installed: the page leaves them out. */
    unavailable: z.array(z.string()),
  })
  .openapi('Home');
export type HomeJson = z.infer<typeof HomeJson>;
