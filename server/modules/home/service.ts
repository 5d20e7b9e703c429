// The home page of each account (GET /api/me/home): a member's own things (the next meeting, the
// tasks given to them, their fee, record and badges, study sessions, notices) or, for staff, what
// waits on them («Việc của tôi»: documents, tasks, meetings, approvals — counts with links).
//
// The home owns no table and holds no SQL (so this area has no queries.ts): every section and every
// figure comes from the area that owns the data, through a provider that area's service exposes and
// server/integrations.ts registers here. A section nobody provides (an area not installed yet) is
// answered null and named in `unavailable`: the page leaves it out rather than show invented data.
import { addDays, todayVn } from '../../../domain/dates.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { signedIn } from '../../auth/authorize.ts';
import type { Deps } from '../../deps.ts';
import type {
  HomeCount,
  HomeJson,
  HomeMeetingSection,
  HomeMember,
  HomeNoticesSection,
  HomeSelfSection,
  HomeStudiesSection,
  HomeTasksSection,
  HomeWeek,
} from './presenter.ts';

type Provider<T> = (deps: Deps, ctx: RequestCtx, week: HomeWeek) => Promise<T>;

/** The sections a provider may fill, by key; `staff.*` providers give figures of the staff home. */
export interface HomeProviders {
  'member.meeting': Provider<HomeMeetingSection>;
  'member.tasks': Provider<HomeTasksSection>;
  'member.self': Provider<HomeSelfSection>;
  'member.studies': Provider<HomeStudiesSection>;
  'member.notices': Provider<HomeNoticesSection>;
  'staff.documents': Provider<HomeCount[]>;
  'staff.tasks': Provider<HomeCount[]>;
  'staff.meetings': Provider<HomeCount[]>;
  'staff.programs': Provider<HomeCount[]>;
  'staff.archive': Provider<HomeCount[]>;
}
export type HomeSectionKey = keyof HomeProviders;

const providers = new Map<HomeSectionKey, HomeProviders[HomeSectionKey]>();

/**
 * Registers (or, with undefined, removes) the provider of one section.
 * @trusted wiring: called by server/integrations.ts when a runtime opens, and by tests.
 */
export function registerHomeSection<K extends HomeSectionKey>(
  key: K,
  provider: HomeProviders[K] | undefined,
): void {
  if (provider) providers.set(key, provider);
  else providers.delete(key);
}

function providerOf<K extends HomeSectionKey>(key: K): HomeProviders[K] | undefined {
  return providers.get(key) as HomeProviders[K] | undefined;
}

/** The week of `today`, Monday to Sunday (the office's working week). */
function weekOf(today: string): HomeWeek {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const monday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // days since Monday
  const weekStart = addDays(today, -monday);
  return { today, weekStart, weekEnd: addDays(weekStart, 6) };
}

const MEMBER_SECTIONS = {
  meeting: 'member.meeting',
  tasks: 'member.tasks',
  self: 'member.self',
  studies: 'member.studies',
  notices: 'member.notices',
} as const satisfies Record<keyof HomeMember, HomeSectionKey>;

const STAFF_SECTIONS = [
  'staff.documents',
  'staff.tasks',
  'staff.meetings',
  'staff.programs',
  'staff.archive',
] as const satisfies readonly HomeSectionKey[];

export async function home(deps: Deps, ctx: RequestCtx, today = todayVn()): Promise<HomeJson> {
  const actor = signedIn(ctx);
  const week = weekOf(today);
  const unavailable: string[] = [];
  if (actor.role === 'member') {
    // The sections are independent: ask them together.
    const entries = await Promise.all(
      (Object.entries(MEMBER_SECTIONS) as [keyof HomeMember, HomeSectionKey][]).map(async ([name, key]) => {
        const provide = providerOf(key) as Provider<unknown> | undefined;
        if (!provide) unavailable.push(key);
        return [name, provide ? await provide(deps, ctx, week) : null] as const;
      }),
    );
    return {
      kind: 'member',
      week,
      member: Object.fromEntries(entries) as HomeMember,
      staff: null,
      unavailable: unavailable.sort(),
    };
  }
  const counts = await Promise.all(
    STAFF_SECTIONS.map(async (key) => {
      const provide = providerOf(key);
      if (!provide) unavailable.push(key);
      return provide ? await provide(deps, ctx, week) : [];
    }),
  );
  return {
    kind: 'staff',
    week,
    member: null,
    staff: { counts: counts.flat() },
    unavailable: unavailable.sort(),
  };
}
