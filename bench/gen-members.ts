// Party members of the generated city: 450,000 at city scale in the chi bộ, admitted from 1955 on
// (so that badges of 30 to 70 years are due), with interruptions, deaths, badges already awarded, and
// party fees paid up to various months (the arrears list). Also the rows of the Excel file that the
// import measurement reads (other people, other card numbers).
import { nameSortKey } from '../domain/members/name-key.ts';
import { fold } from '../domain/text.ts';
import { type City, dayOf, iso, type Org, REF, type Row } from './generate.ts';
import { Rng } from './lib/prng.ts';
import { personName } from './lib/vocab.ts';

export const MEMBER_COLUMNS = [
  'id',
  'org_id',
  'full_name',
  'sort_key',
  'birth_date',
  'gender',
  'admitted_on',
  'official_on',
  'party_card_no',
  'status',
  'status_on',
  'died_on',
  'interruption_days',
  'party_start',
  'fee_basis',
  'fee_base',
  'fee_from',
  'identity_key',
];
const REF_DAY = dayOf(REF);
const MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
/** The month the city's records entered vanphong: fees are owed from then on. */
const FEE_FROM = '2025-01-01';

export interface MemberPlan {
  row: Row;
  interruptions: Row[];
  badges: Row[];
  payments: Row[];
}

function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(4);
  return md === '-02-29' ? `${y}-02-28` : `${y}${md}`;
}

/** A person admitted at 18–45, most of them in the last forty years. */
export function person(rng: Rng) {
  const name = personName(rng);
  // Admission dates lean to recent decades (u^1.6 of the span back from today).
  const admittedDay = REF_DAY - 30 - Math.floor(rng.next() ** 1.6 * (REF_DAY - dayOf('1955-01-01') - 30));
  const ageAtAdmission = rng.int(18, 45);
  const birth = iso(admittedDay - ageAtAdmission * 365 - rng.int(30, 300));
  return { ...name, birth, admitted: iso(admittedDay) };
}

export function planMember(city: City, id: number): MemberPlan {
  const rng = new Rng(city.seed ^ Math.imul(id, 0x165667b1));
  const cell = rng.pick(city.cells) as Org;
  const p = person(rng);
  const admittedDay = dayOf(p.admitted);
  const official = admittedDay < REF_DAY - 380 ? iso(admittedDay + 365 + rng.int(0, 20)) : null;
  let status = official ? 'chinh_thuc' : 'du_bi';
  let diedOn: string | null = null;
  let statusOn: string | null = official;
  if (official && rng.chance(0.015)) {
    status = 'tu_tran';
    diedOn = iso(REF_DAY - rng.int(1, 700));
    statusOn = diedOn;
  }
  const interruptions: Row[] = [];
  let interruptionDays = 0;
  if (official && rng.chance(0.01)) {
    const from = admittedDay + rng.int(400, 3000);
    const to = from + rng.int(60, 900);
    if (to < REF_DAY - 30) {
      interruptions.push([id, iso(from), iso(to), 'Mất liên lạc với chi bộ']);
      interruptionDays = to - from;
    }
  }
  const partyStart = iso(admittedDay + interruptionDays);
  const card = `${String(1_000_000 + id).padStart(8, '0')}`;
  const basis = rng.next();
  const feeBasis = basis < 0.6 ? 'salary' : basis < 0.92 ? 'pension' : basis < 0.95 ? 'student' : 'fixed';
  const feeBase = feeBasis === 'student' ? null : rng.int(40, 250) * 100_000;
  // Badges already awarded: the highest milestone reached before the last occasion, for 90% of them.
  const badges: Row[] = [];
  const ageOnLast = (dayOf('2026-09-02') - dayOf(partyStart)) / 365.25;
  const reached = MILESTONES.filter((m) => m <= ageOnLast);
  const top = reached[reached.length - 1];
  if (top !== undefined && rng.chance(0.9)) {
    const reachedOn = addYears(partyStart, top);
    const awarded = iso(Math.min(dayOf(reachedOn) + rng.int(30, 200), dayOf('2026-09-02')));
    badges.push([id, top, awarded]);
  }
  // Fees: most paid up to last month, some behind, some in arrears, some never since the records entered.
  const payments: Row[] = [];
  if (status !== 'tu_tran') {
    const r = rng.next();
    const last =
      r < 0.8
        ? '2026-10-01'
        : r < 0.88
          ? '2026-08-01'
          : r < 0.94
            ? rng.pick(['2026-06-01', '2026-03-01', '2025-11-01'])
            : null;
    if (last) {
      const amount =
        feeBasis === 'student'
          ? 5_000
          : Math.round(((feeBase ?? 0) * (feeBasis === 'pension' ? 0.005 : 0.01)) / 100) * 100;
      const prev = `${last.slice(0, 5)}${String(Number(last.slice(5, 7)) - 1).padStart(2, '0')}-01`;
      if (prev >= FEE_FROM && !prev.includes('-00-'))
        payments.push([id, prev, amount, iso(dayOf(prev) + 35)]);
      payments.push([id, last, amount, iso(dayOf(last) + 35)]);
    }
  }
  const row: Row = [
    id,
    cell.id,
    p.fullName,
    nameSortKey(p.fullName),
    p.birth,
    p.gender,
    p.admitted,
    official,
    card,
    status,
    statusOn,
    diedOn,
    interruptionDays,
    partyStart,
    feeBasis,
    feeBase,
    FEE_FROM,
    `${fold(p.fullName).replace(/\s+/g, ' ').trim()}|${p.birth}|${p.admitted}`,
  ];
  return { row, interruptions, badges, payments };
}

export function* memberRows(city: City, pick: (p: MemberPlan) => Row[]): Generator<Row> {
  for (let id = 1; id <= city.scale.members; id++) yield* pick(planMember(city, id));
}

/** Rows of the import workbook: other people, card numbers of their own, one bad row in 1,000. */
export function* importRows(seed: number, n: number): Generator<(string | Date | null)[]> {
  const rng = new Rng(seed).fork('import');
  for (let i = 0; i < n; i++) {
    const p = person(rng);
    const official = dayOf(p.admitted) < REF_DAY - 380 ? iso(dayOf(p.admitted) + 365) : null;
    const bad = i % 1000 === 999;
    yield [
      p.fullName,
      bad ? '31/02/1990' : `${p.birth.slice(8, 10)}/${p.birth.slice(5, 7)}/${p.birth.slice(0, 4)}`,
      p.gender,
      new Date(`${p.admitted}T00:00:00Z`),
      official ? new Date(`${official}T00:00:00Z`) : null,
      `NK${String(5_000_000 + i).padStart(8, '0')}`,
    ];
  }
}
