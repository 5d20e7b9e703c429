import { describe, expect, it } from 'vitest';
import { createUserBody } from './schemas/users.ts';
import { describeIssues, limitParam, text } from './validation.ts';

describe('validation speaks Vietnamese', () => {
  it('names the field and the problem', () => {
    const r = createUserBody.safeParse({
      username: 'ab',
      password: 'ngan',
      orgId: 1,
      role: 'boss',
      clearance: 5,
    });
    expect(r.success).toBe(false);
    const msg = describeIssues(r.success ? [] : r.error.issues);
    expect(msg).toContain('Tên đăng nhập: phải có ít nhất 3 ký tự');
    expect(msg).toContain('Mật khẩu: phải có ít nhất 10 ký tự');
    expect(msg).toContain('Họ và tên: bắt buộc');
    expect(msg).toContain('Vai trò: phải là một trong');
  });

  it('normalises text to trimmed NFC and refuses control characters', () => {
    expect(text(50).parse('  Nguye\u0302\u0303n  ')).toBe('Nguyễn');
    expect(text(50).safeParse('a\u0000b').success).toBe(false);
    expect(text(5).safeParse('quá dài rồi').success).toBe(false);
  });

  it('clamps limit to 100 and defaults to 20', () => {
    expect(limitParam.parse(undefined)).toBe(20);
    expect(limitParam.parse('500')).toBe(100);
    expect(limitParam.parse('7')).toBe(7);
  });
});

describe('field names per route', () => {
  it('a route may name a field its own way; others keep the shared name', async () => {
    const { fieldLabel } = await import('./validation.ts');
    expect(fieldLabel(['position'])).toBe('Thứ tự');
    expect(fieldLabel(['position'], { position: 'Chức vụ' })).toBe('Chức vụ');
    expect(fieldLabel(['source', 'kind'], { 'source.kind': 'Loại nguồn' })).toBe('Loại nguồn');
    expect(fieldLabel(['items', 2, 'title'])).toBe('Tiêu đề (dòng 3)');
  });
});
