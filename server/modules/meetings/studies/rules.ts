// Pure rules of a session's time and place, shared by the sessions and their make-ups: the end after
// the start; a video session has its host point (and the connected points), an in-person one none.

import type { StudyMode } from '../../../../domain/studies/labels.ts';
import { instantOf } from '../../../../domain/studies/schemas.ts';
import { RuleError, ValidationError } from '../../../http/errors.ts';

export function requireTimes(
  startsAt: string,
  endsAt: string | undefined,
): { startsAt: string; endsAt: string | null } {
  const start = instantOf(startsAt);
  const end = endsAt ? instantOf(endsAt) : null;
  if (end && new Date(end) <= new Date(start)) {
    throw new RuleError('ends_before_start', 'Giờ kết thúc phải sau giờ bắt đầu.');
  }
  return { startsAt: start, endsAt: end };
}

export function placeFields(input: {
  mode: StudyMode;
  place?: string | undefined;
  bridge?: { host: string; points?: string[] | undefined } | undefined;
}): { mode: StudyMode; place: string | null; bridgeHost: string | null; bridgePoints: string[] } {
  if (input.mode === 'video') {
    if (!input.bridge) {
      throw new ValidationError('Điểm cầu: buổi học tập trực tuyến phải ghi điểm cầu chính.');
    }
    const points = [...new Set(input.bridge.points ?? [])].filter((p) => p !== input.bridge?.host);
    return { mode: 'video', place: input.place || null, bridgeHost: input.bridge.host, bridgePoints: points };
  }
  if (input.bridge) {
    throw new ValidationError('Điểm cầu: chỉ buổi học tập trực tuyến mới có điểm cầu.');
  }
  return { mode: 'in_person', place: input.place || null, bridgeHost: null, bridgePoints: [] };
}
