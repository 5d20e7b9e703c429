// Weekly schedule rules (lịch công tác tuần): weeks run Monday to Sunday; an event without an end
// time is taken to last DEFAULT_EVENT_MINUTES; a person expected at two overlapping events on one day
// has a conflict (trùng lịch).

export const DEFAULT_EVENT_MINUTES = 120;

export const WEEKDAY_LABELS = [
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
] as const;

function utc(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** Monday of the week of a date. */
export function weekStart(iso: string): string {
  const d = utc(iso);
  const offset = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}

export function weekDays(monday: string): string[] {
  const d = utc(monday);
  return Array.from({ length: 7 }, (_, i) =>
    new Date(d.getTime() + i * 86_400_000).toISOString().slice(0, 10),
  );
}

export function weekdayLabel(iso: string): string {
  return WEEKDAY_LABELS[(utc(iso).getUTCDay() + 6) % 7] as string;
}

/** "08:30" → 510. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export interface SlotEvent {
  id: number;
  date: string;
  startTime: string;
  endTime: string | null;
  attendeeIds: readonly number[];
}

export function endMinutes(e: Pick<SlotEvent, 'startTime' | 'endTime'>): number {
  return e.endTime ? minutesOf(e.endTime) : Math.min(minutesOf(e.startTime) + DEFAULT_EVENT_MINUTES, 24 * 60);
}

export function overlaps(a: SlotEvent, b: SlotEvent): boolean {
  return (
    a.date === b.date && minutesOf(a.startTime) < endMinutes(b) && minutesOf(b.startTime) < endMinutes(a)
  );
}

export interface Conflict {
  userId: number;
  eventIds: [number, number];
}

/** Every pair of overlapping events that share a person, once per person and pair. */
export function findConflicts(events: readonly SlotEvent[]): Conflict[] {
  const out: Conflict[] = [];
  const sorted = [...events].sort((a, b) => a.id - b.id);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as SlotEvent;
      const b = sorted[j] as SlotEvent;
      if (!overlaps(a, b)) continue;
      const shared = a.attendeeIds.filter((u) => b.attendeeIds.includes(u));
      for (const userId of new Set(shared)) out.push({ userId, eventIds: [a.id, b.id] });
    }
  }
  return out;
}
