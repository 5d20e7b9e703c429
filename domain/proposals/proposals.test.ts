// The pure rules of schemes: moves along the chain, days late, each stage's line, and the diff of
// two versions (paragraphs paired by likeness, words changed inside a reworded paragraph).
import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffWords, likeness } from './diff.ts';
import { daysLate, isAdopted, moveProblem, stageLines } from './stages.ts';

describe('stages', () => {
  it('moves forward freely, back only with a reason, never to the same stage', () => {
    expect(moveProblem('outline', 'consultation', undefined)).toBeNull();
    expect(moveProblem('appraisal', 'drafting', '  ')).toBe('Trả về bước «Dự thảo» phải ghi rõ lý do.');
    expect(moveProblem('appraisal', 'drafting', 'Thiếu số liệu')).toBeNull();
    expect(moveProblem('drafting', 'drafting', 'x')).toBe('Đề án đang ở bước «Dự thảo».');
  });

  it('is adopted from the issue on', () => {
    expect(isAdopted('conclusion')).toBe(false);
    expect(isAdopted('issue')).toBe(true);
    expect(isAdopted('follow_up')).toBe(true);
  });

  it('is late by the most of the past deadlines still ahead of it, and on the submission deadline until submitted', () => {
    const plan = { drafting: '2026-03-01', consultation: '2026-03-10' };
    expect(daysLate({ stage: 'drafting', dueOn: '2026-06-01', plan }, '2026-03-05')).toBe(4);
    expect(daysLate({ stage: 'drafting', dueOn: '2026-03-01', plan }, '2026-03-15')).toBe(14);
    // Submitted: the submission deadline no longer counts, and the finished stages' neither.
    expect(daysLate({ stage: 'submission', dueOn: '2026-03-01', plan }, '2026-03-15')).toBe(0);
  });

  it('lines each stage with its entry and exit, the skipped ones and the late finished ones', () => {
    const lines = stageLines(
      'consultation',
      { outline: '2026-01-10', drafting: '2026-02-01' },
      [
        { to: 'outline', on: '2026-01-01' },
        { to: 'drafting', on: '2026-01-15' },
        { to: 'consultation', on: '2026-02-05' },
      ],
      '2026-02-10',
    );
    expect(lines[0]).toMatchObject({
      state: 'done',
      enteredOn: '2026-01-01',
      leftOn: '2026-01-15',
      daysLate: 5,
    });
    expect(lines[1]).toMatchObject({ state: 'done', daysLate: 4 });
    expect(lines[2]).toMatchObject({ state: 'current', enteredOn: '2026-02-05', leftOn: null });
    expect(lines[3]).toMatchObject({ state: 'pending' });
    const skipped = stageLines(
      'appraisal',
      {},
      [
        { to: 'outline', on: '2026-01-01' },
        { to: 'appraisal', on: '2026-01-02' },
      ],
      '2026-01-03',
    );
    expect(skipped.map((l) => l.state).slice(0, 5)).toEqual([
      'done',
      'skipped',
      'skipped',
      'skipped',
      'current',
    ]);
  });
});

describe('the diff of two versions', () => {
  it('pairs a reworded paragraph and shows its words changed; keeps unrelated ones apart', () => {
    const a = ['Mở đầu', 'Tăng cường đội ngũ báo cáo viên ở cơ sở', 'Kinh phí do ngân sách bảo đảm'];
    const b = ['Mở đầu', 'Đẩy mạnh đội ngũ báo cáo viên ở cơ sở', 'Ứng dụng chuyển đổi số'];
    const d = diffParagraphs(a, b);
    expect(d.stats).toEqual({ same: 1, added: 1, removed: 1, changed: 1 });
    expect(d.blocks[1]).toEqual({
      kind: 'changed',
      from: 1,
      to: 1,
      parts: [
        { kind: 'removed', text: 'Tăng cường' },
        { kind: 'added', text: 'Đẩy mạnh' },
        { kind: 'same', text: ' đội ngũ báo cáo viên ở cơ sở' },
      ],
    });
    expect(
      d.blocks
        .slice(2)
        .map((x) => x.kind)
        .sort(),
    ).toEqual(['added', 'removed']);
  });

  it('measures likeness on words without diacritics or case', () => {
    expect(likeness('Báo cáo viên', 'bao cao vien')).toBe(1);
    expect(likeness('một hai', 'ba bốn')).toBe(0);
    expect(diffWords('a b c', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }]);
  });

  it('says nothing changed between equal versions', () => {
    expect(diffParagraphs(['x', 'y'], ['x', 'y']).stats).toEqual({
      same: 2,
      added: 0,
      removed: 0,
      changed: 0,
    });
  });
});
