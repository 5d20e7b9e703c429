import { describe, expect, it } from 'vitest';
import { batchProgress, digitiseSecrecyProblem, fileActionProblem } from './rules.ts';

describe('file states', () => {
  it('opens a planned file, adds to an open one, closes an open one, declares a closed one', () => {
    expect(fileActionProblem({ status: 'planned', declared: false }, 'open')).toBeNull();
    expect(fileActionProblem({ status: 'planned', declared: false }, 'add_document')).toContain('chưa mở');
    expect(fileActionProblem({ status: 'open', declared: false }, 'add_document')).toBeNull();
    expect(fileActionProblem({ status: 'closed', declared: false }, 'add_document')).toContain('đã đóng');
    expect(fileActionProblem({ status: 'open', declared: false }, 'declare')).toContain('đóng');
    expect(fileActionProblem({ status: 'closed', declared: false }, 'declare')).toBeNull();
    expect(fileActionProblem({ status: 'closed', declared: true }, 'declare')).toContain('đã được lập');
    expect(fileActionProblem({ status: 'closed', declared: false }, 'reopen')).toBeNull();
    expect(fileActionProblem({ status: 'closed', declared: true }, 'reopen')).toContain('không mở lại');
    expect(fileActionProblem({ status: 'destroyed', declared: true }, 'edit')).toContain('tiêu hủy');
  });

  it('digitises only arranged (closed) files', () => {
    expect(fileActionProblem({ status: 'open', declared: false }, 'digitise')).toContain('chỉnh lý');
    expect(fileActionProblem({ status: 'closed', declared: true }, 'digitise')).toBeNull();
  });
});

describe('digitisation and secrecy', () => {
  it('never digitises Tuyệt mật, whatever the approvals', () => {
    for (const approved of [0, 1, 2, 3]) expect(digitiseSecrecyProblem(3, approved)).toContain('Tuyệt mật');
  });
  it('Mật and Tối mật need an approval covering their level', () => {
    expect(digitiseSecrecyProblem(0, 0)).toBeNull();
    expect(digitiseSecrecyProblem(1, 0)).toContain('phê duyệt');
    expect(digitiseSecrecyProblem(1, 1)).toBeNull();
    expect(digitiseSecrecyProblem(2, 1)).toContain('Tối mật');
    expect(digitiseSecrecyProblem(2, 2)).toBeNull();
  });
  it('measures a batch by its finished items', () => {
    expect(batchProgress({})).toEqual({ total: 0, finished: 0, percent: 0 });
    expect(batchProgress({ done: 2, failed: 1, queued: 1, awaiting_scan: 2 })).toEqual({
      total: 6,
      finished: 3,
      percent: 50,
    });
  });
});
