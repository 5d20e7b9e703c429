// Shapes the programmes, tasks and schedule API returns (server/modules/programs, tasks), and the
// queries the pages share.
import { useQuery } from '@tanstack/react-query';
import type { ProgramKind, ProgramStatus } from '../../../../domain/programs/labels.ts';
import type { TaskSourceKind, TaskState } from '../../../../domain/tasks.ts';
import { get } from '../../api/client.ts';

export interface Program {
  id: number;
  orgId: number;
  orgName: string;
  kind: ProgramKind;
  kindLabel: string;
  title: string;
  theme: string | null;
  startsOn: string;
  endsOn: string;
  parentProgramId: number | null;
  status: ProgramStatus;
  statusLabel: string;
  revision: number;
  secrecy: number;
  approvedAt: string | null;
  approvedByName: string | null;
  itemCount: number;
}

export interface Item {
  id: number;
  programId: number;
  parentItemId: number | null;
  sourceItemId: number | null;
  number: string;
  depth: number;
  position: number;
  title: string;
  description: string | null;
  leadOrgId: number | null;
  leadOrgName: string | null;
  coordinatingOrgIds: number[];
  coordinatingOrgNames: string[];
  dueOn: string | null;
  product: string | null;
  tasks: number;
  tasksDone: number;
}

export interface ProgramDetail extends Program {
  items: Item[];
  parent: (Program & { items: Item[] }) | null;
  copyNames: string[];
  can: { edit: boolean; approve: boolean; cascade: boolean };
}

export interface CascadeRow {
  programId: number;
  orgId: number;
  orgName: string;
  title: string;
  status: ProgramStatus;
  itemCount: number;
  copyScore: number;
  localItems: number;
  copiedItems: number;
}

export interface CascadeTable {
  programId: number;
  sourceItems: number;
  items: CascadeRow[];
  missing: { orgId: number; orgName: string }[];
}

export interface Task {
  id: number;
  title: string;
  description: string | null;
  orgId: number;
  orgName: string;
  assignerOrgId: number | null;
  assignerOrgName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  secrecy: number;
  startsOn: string | null;
  dueOn: string;
  originalDueOn: string;
  progress: number;
  doneOn: string | null;
  product: string | null;
  source: { kind: TaskSourceKind; id: number | null; ref: string | null };
  programItemId: number | null;
  programId: number | null;
  transferCount: number;
  extensionCount: number;
  bounced: boolean;
  state: TaskState;
  stateLabel: string;
  done: boolean;
  overdue: boolean;
  stalled: boolean;
  lastReportAt: string | null;
  createdAt: string | null;
}

export interface TaskEvent {
  id: number;
  kind: 'create' | 'update' | 'extend' | 'transfer' | 'edit';
  at: string;
  actorName: string | null;
  progress: number | null;
  note: string | null;
  fromOrgName: string | null;
  toOrgName: string | null;
  oldDueOn: string | null;
  newDueOn: string | null;
  reason: string | null;
}

export interface TaskFile {
  id: number;
  eventId: number | null;
  name: string;
  size: number;
  createdByName: string | null;
  createdAt: string;
  url: string;
}

export interface TaskDetail extends Task {
  coordinators: { orgId: number; name: string }[];
  events: TaskEvent[];
  files: TaskFile[];
  can: { report: boolean; manage: boolean };
}

export interface SummaryRow {
  orgId: number;
  name: string;
  active: boolean;
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  stalled: number;
  bounced: number;
}

export interface Directive {
  ref: string;
  documentId: number | null;
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  stalled: number;
  bounced: number;
  units: number;
  firstDueOn: string;
  lastDueOn: string;
}

export interface ScheduleEvent {
  id: number;
  orgId: number;
  date: string;
  weekday: string;
  startTime: string;
  endTime: string | null;
  title: string;
  place: string | null;
  chairId: number | null;
  chairName: string | null;
  participantIds: number[];
  participantNames: string[];
  participants: string | null;
  preparingOrgId: number | null;
  preparingOrgName: string | null;
  note: string | null;
  secrecy: number;
  conflict: boolean;
}

export interface ScheduleWeek {
  orgId: number;
  orgName: string;
  weekStart: string;
  weekEnd: string;
  days: { date: string; weekday: string }[];
  events: ScheduleEvent[];
  conflicts: { userId: number; fullName: string; eventIds: [number, number] }[];
  can: { manage: boolean };
}

export const keys = {
  programs: ['programs'] as const,
  program: (id: number) => ['programs', id] as const,
  tasks: ['tasks'] as const,
  task: (id: number) => ['tasks', 'one', id] as const,
  schedule: ['schedule'] as const,
};

export function useProgram(id: number) {
  return useQuery({ queryKey: keys.program(id), queryFn: () => get<ProgramDetail>(`/api/programs/${id}`) });
}

export function usePeople(orgId: number | undefined, q = '') {
  return useQuery({
    queryKey: ['tasks', 'assignees', orgId, q],
    queryFn: () =>
      get<{ items: { id: number; fullName: string; orgName: string }[] }>('/api/tasks/assignees', {
        orgId,
        q,
      }),
    enabled: !!orgId,
  });
}

/** "65%" for a 0–1 score. */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Colour of a copy score: the more copied, the redder. */
export function copyColor(score: number): string {
  if (score >= 0.6) return '#cf1322';
  if (score >= 0.3) return '#d48806';
  return '#389e0d';
}
