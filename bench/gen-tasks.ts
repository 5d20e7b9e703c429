// Tasks of the generated city: 300,000 at city scale over five years, held by the unit that has them
// now, in the states of Quyết định 42/2014/QĐ-TTg plus what directives against "né tránh, đùn đẩy"
// look for: done on time, done late, open, overdue, stalled, bounced; with their history of progress
// reports, extensions and transfers (task_events) and the grants a transfer leaves behind.
import { type City, dayOf, iso, type Org, REF, type Row } from './generate.ts';
import { Rng, Weighted } from './lib/prng.ts';
import { taskTitle } from './lib/vocab.ts';

export const TASK_COLUMNS = [
  'id',
  'title',
  'owner_org_id',
  'assigner_org_id',
  'secrecy',
  'starts_on',
  'due_on',
  'original_due_on',
  'progress',
  'done_on',
  'source_kind',
  'source_ref',
  'transfer_count',
  'extension_count',
  'bounced',
  'last_report_at',
  'created_at',
  'updated_at',
];
export const EVENT_COLUMNS = [
  'task_id',
  'kind',
  'at',
  'progress',
  'note',
  'from_org_id',
  'to_org_id',
  'old_due_on',
  'new_due_on',
  'reason',
];

type State = 'on_time' | 'late' | 'open' | 'overdue' | 'stalled' | 'bounced';
const STATES = new Weighted<State>({ on_time: 45, late: 15, open: 15, overdue: 12, stalled: 8, bounced: 5 });
const REF_DAY = dayOf(REF);

interface TaskPlan {
  row: Row;
  events: Row[];
  grants: Row[];
}

function holderOf(city: City, rng: Rng): Org {
  const r = rng.next();
  if (r < 0.03) return city.root;
  if (r < 0.08) return rng.pick(city.boards);
  if (r < 0.38) return rng.pick(city.direct);
  if (r < 0.85) return rng.pick(city.grassroots);
  return rng.pick(city.cells);
}

const ts = (day: number, hour = 9) => `${iso(day)} ${String(hour).padStart(2, '0')}:00:00+07`;

/** One task with its history; the same id always gives the same task (tasks and events are two passes). */
export function planTask(city: City, id: number): TaskPlan {
  const rng = new Rng(city.seed ^ Math.imul(id, 0x27d4eb2d));
  const state = STATES.draw(rng);
  let holder = holderOf(city, rng);
  const assigner = city.parentOf(holder);
  // Open, overdue and stalled tasks are recent; finished ones spread over five years.
  const finished = state === 'on_time' || state === 'late';
  const created = finished ? REF_DAY - rng.int(30, 1826) : REF_DAY - rng.int(20, 240);
  let due = created + rng.int(15, 120);
  if (state === 'open' || state === 'stalled') due = Math.max(due, REF_DAY + rng.int(3, 60));
  if (state === 'overdue') due = Math.min(due, REF_DAY - rng.int(1, 90));
  const originalDue = due;
  const events: Row[] = [[id, 'create', ts(created), null, null, null, null, null, null, null]];
  const grants: Row[] = [];
  let extensions = 0;
  if (rng.chance(0.15)) {
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const old = due;
      due += rng.int(10, 45);
      extensions++;
      events.push([
        id,
        'extend',
        ts(Math.min(old, REF_DAY - 1), 10),
        null,
        null,
        null,
        null,
        iso(old),
        iso(due),
        'Cần thêm thời gian phối hợp với các đơn vị liên quan',
      ]);
    }
  }
  if (state === 'overdue' && due >= REF_DAY) due = REF_DAY - rng.int(1, 30);
  let transfers = 0;
  let bounced = false;
  if (state === 'bounced' || rng.chance(0.06)) {
    // Passed on to a sibling (and, for the bounced ones, back or on again).
    const siblings =
      holder.kind === 'grassroots' ? city.grassroots : holder.kind === 'cell' ? city.cells : city.direct;
    const hops = state === 'bounced' ? rng.int(2, 4) : 1;
    let at = created + 2;
    for (let k = 0; k < hops; k++) {
      const from = holder;
      const to =
        state === 'bounced' && k === hops - 1 && k >= 2
          ? (city.orgById(events[events.length - 1]?.[5] as number) ?? rng.pick(siblings))
          : rng.pick(siblings);
      if (to.id === from.id) continue;
      at = Math.min(at + rng.int(1, 10), REF_DAY - 1);
      events.push([
        id,
        'transfer',
        ts(at, 14),
        null,
        null,
        from.id,
        to.id,
        null,
        null,
        'Không thuộc thẩm quyền, đề nghị đơn vị khác chủ trì',
      ]);
      grants.push(['task', id, from.id, null, 'transferred']);
      holder = to;
      transfers++;
    }
    bounced = transfers >= 2;
  }
  let progress = 0;
  let doneOn: string | null = null;
  let lastReport = created;
  const reports = state === 'stalled' ? rng.int(0, 1) : rng.int(1, 3);
  const reportEnd =
    state === 'stalled'
      ? Math.min(created + 10, REF_DAY - 20)
      : finished
        ? created + 5
        : REF_DAY - rng.int(0, 10);
  for (let k = 1; k <= reports; k++) {
    const day = Math.max(created + 1, created + Math.floor(((reportEnd - created) * k) / (reports + 1)));
    progress = Math.min(90, progress + rng.int(10, 40));
    lastReport = Math.max(lastReport, day);
    events.push([
      id,
      'update',
      ts(day, 15),
      progress,
      'Đang triển khai theo kế hoạch',
      null,
      null,
      null,
      null,
      null,
    ]);
  }
  if (state === 'stalled') lastReport = Math.min(lastReport, REF_DAY - rng.int(20, 120));
  if (finished) {
    const done = state === 'on_time' ? due - rng.int(0, 10) : due + rng.int(1, 40);
    const doneDay = Math.max(created + 1, Math.min(done, REF_DAY - 1));
    doneOn = iso(doneDay);
    if (state === 'late' && doneDay <= due) doneOn = iso(Math.min(due + 1, REF_DAY - 1));
    progress = 100;
    lastReport = dayOf(doneOn);
    events.push([id, 'update', ts(lastReport, 16), 100, 'Đã hoàn thành', null, null, null, null, null]);
  }
  const fromDirective = rng.chance(0.08);
  const row: Row = [
    id,
    taskTitle(city.lexicon, rng),
    holder.id,
    assigner.id,
    rng.chance(0.02) ? 1 : 0,
    iso(created),
    iso(Math.max(due, created)),
    iso(Math.max(originalDue, created)),
    progress,
    doneOn,
    fromDirective ? 'document' : 'adhoc',
    fromDirective ? rng.pick(['34-CT/TU', '13140-QĐ/TU', '15-NQ/TU', '02-CT/TU']) : null,
    transfers,
    extensions,
    bounced,
    ts(lastReport, 17),
    ts(created, 8),
    ts(lastReport, 17),
  ];
  // Done tasks keep done_on ≤ the day of their last report; due_on never before starts_on.
  if (doneOn && doneOn < iso(created)) row[9] = iso(created);
  return { row, events, grants };
}

export function* taskRows(city: City): Generator<Row> {
  for (let id = 1; id <= city.scale.tasks; id++) yield planTask(city, id).row;
}

export function* taskEventRows(city: City): Generator<Row> {
  for (let id = 1; id <= city.scale.tasks; id++) yield* planTask(city, id).events;
}

export function* taskGrantRows(city: City): Generator<Row> {
  for (let id = 1; id <= city.scale.tasks; id++) yield* planTask(city, id).grants;
}
