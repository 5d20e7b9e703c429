// The rules of the chain: which moves are allowed and who may make them, when a scheme is late, and
// each stage's line on the scheme's page (planned deadline, entered, left, days late). Pure: the
// server and the web page compute the same.
import { daysBetween } from '../tasks.ts';
import { STAGE_LABELS, STAGES, type Stage } from './labels.ts';

export function stageIndex(s: Stage): number {
  return STAGES.indexOf(s);
}

/** From this stage on the scheme is adopted: no more comments or dispositions, measures become tasks. */
export const ADOPTED_FROM: Stage = 'issue';
/**
 * The scheme's own deadline (`dueOn`) is the deadline to submit it to the standing committee: it is
 * late on it only while it has not been submitted.
 */
export const SUBMITTED_FROM: Stage = 'submission';
/** Recording the standing committee's conclusion and the issue are a leader's acts. */
export const LEADER_STAGES: readonly Stage[] = ['conclusion', 'issue'];

export function isAdopted(stage: Stage): boolean {
  return stageIndex(stage) >= stageIndex(ADOPTED_FROM);
}

export function isBefore(a: Stage, b: Stage): boolean {
  return stageIndex(a) < stageIndex(b);
}

/** Why a move is not allowed, or null. Forward to any later stage; back only with a reason. */
export function moveProblem(from: Stage, to: Stage, note: string | null | undefined): string | null {
  if (from === to) return `Đề án đang ở bước «${STAGE_LABELS[to]}».`;
  if (isBefore(to, from) && !note?.trim()) {
    return `Trả về bước «${STAGE_LABELS[to]}» phải ghi rõ lý do.`;
  }
  return null;
}

const late = (due: string | null | undefined, on: string) => (due ? Math.max(0, daysBetween(due, on)) : 0);

export interface StageClock {
  stage: Stage;
  /** The deadline to submit. */
  dueOn: string;
  /** Planned deadline of each stage, where one was set. */
  plan: Partial<Record<Stage, string>>;
}

/**
 * Days late on `today`: the most of the current stage's and the coming stages' planned deadlines
 * already past, and, before submission, the scheme's own deadline.
 */
export function daysLate(c: StageClock, today: string): number {
  let n = isBefore(c.stage, SUBMITTED_FROM) ? late(c.dueOn, today) : 0;
  for (const s of STAGES.slice(stageIndex(c.stage))) n = Math.max(n, late(c.plan[s], today));
  return n;
}

export type StageState = 'done' | 'current' | 'pending' | 'skipped';

export interface StageLine {
  stage: Stage;
  label: string;
  dueOn: string | null;
  enteredOn: string | null;
  leftOn: string | null;
  state: StageState;
  daysLate: number;
}

/** A recorded move: the stage entered and the day (Vietnam time). */
export interface StageMove {
  to: Stage;
  on: string;
}

/**
 * Each stage's line from the moves in order. After a return (a backward move), a stage's last entry
 * counts. A finished stage is late by the days it ran past its deadline; the current and the coming
 * ones by the days already past theirs.
 */
export function stageLines(
  current: Stage,
  plan: Partial<Record<Stage, string>>,
  moves: readonly StageMove[],
  today: string,
): StageLine[] {
  return STAGES.map((stage) => {
    let enteredOn: string | null = null;
    let leftOn: string | null = null;
    moves.forEach((m, i) => {
      if (m.to !== stage) return;
      enteredOn = m.on;
      leftOn = moves[i + 1]?.on ?? null;
    });
    const idx = stageIndex(stage);
    const cur = stageIndex(current);
    const state: StageState =
      idx === cur ? 'current' : idx > cur ? 'pending' : enteredOn ? 'done' : 'skipped';
    const dueOn = plan[stage] ?? null;
    const daysLateHere =
      state === 'done' ? late(dueOn, leftOn ?? today) : state === 'skipped' ? 0 : late(dueOn, today);
    return {
      stage,
      label: STAGE_LABELS[stage],
      dueOn,
      enteredOn,
      leftOn: state === 'current' || state === 'pending' ? null : leftOn,
      state,
      daysLate: daysLateHere,
    };
  });
}
