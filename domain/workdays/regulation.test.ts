import { describe, expect, it } from 'vitest';
import {
  consultationsFor,
  handlingRuleFor,
  majorityReached,
  quorumMet,
  type RegulationItem,
  regulationItems,
  signerRefusal,
  signingRuleFor,
  signModeOf,
  submissionRefusal,
} from './regulation.ts';

const items: RegulationItem[] = [
  {
    kind: 'signing',
    article: 'Điều 10',
    docType: null,
    mode: 'TM',
    signerRoles: ['leader'],
    viaOffice: true,
    days: 2,
  },
  {
    kind: 'signing',
    article: 'Điều 11',
    docType: 'CV',
    mode: 'KT',
    signerRoles: ['leader', 'clerk'],
    viaOffice: false,
    days: 1,
  },
  { kind: 'consultation', article: 'Điều 14', docType: null, consultee: 'Ban Tổ chức', days: 5 },
  { kind: 'consultation', article: 'Điều 15', docType: 'ĐA', consultee: 'Ủy ban Kiểm tra', days: 7 },
  {
    kind: 'quorum',
    article: 'Điều 20',
    body: 'Ban Thường vụ',
    quorum: { num: 2, den: 3 },
    majority: { num: 1, den: 2 },
    majorityStrict: true,
  },
];

describe('a working regulation as data', () => {
  it('picks the rule naming the document type, else the general one', () => {
    expect(signingRuleFor(items, 'CV')?.article).toBe('Điều 11');
    expect(signingRuleFor(items, 'NQ')?.article).toBe('Điều 10');
    expect(signingRuleFor(items.slice(2), 'NQ')).toBeNull();
    expect(consultationsFor(items, 'ĐA').map((c) => c.article)).toEqual(['Điều 15']);
    expect(consultationsFor(items, 'BC').map((c) => c.article)).toEqual(['Điều 14']);
  });

  it('refuses a signer the rule does not allow, naming the article', () => {
    const rule = signingRuleFor(items, 'NQ');
    expect(rule && signerRefusal(rule, 'leader', 'Quy chế làm việc')).toBeNull();
    expect(rule && signerRefusal(rule, 'clerk', 'Quy chế làm việc')).toContain('Điều 10 Quy chế làm việc');
  });

  it('refuses a submission stating the other mode, or not through the office when the rule says so', () => {
    const tm = signingRuleFor(items, 'NQ');
    const kt = signingRuleFor(items, 'CV');
    if (!tm || !kt) throw new Error('rules');
    const office = { role: 'specialist' as const, orgName: 'Văn phòng Thành ủy' };
    const board = { role: 'specialist' as const, orgName: 'Ban Tổ chức Thành ủy' };
    const ok = { signerRole: 'leader' as const, signAuthority: 'T/M BAN THƯỜNG VỤ', submitter: office };
    expect(submissionRefusal(tm, 'Quy chế', ok)).toBeNull();
    expect(submissionRefusal(tm, 'Quy chế', { ...ok, signAuthority: 'K/T BÍ THƯ' })).toContain(
      'Điều 10 Quy chế quy định văn bản này ký T/M (thay mặt), dự thảo ghi K/T (ký thay)',
    );
    expect(submissionRefusal(tm, 'Quy chế', { ...ok, submitter: board })).toContain(
      'phải trình qua Văn phòng',
    );
    expect(
      submissionRefusal(tm, 'Quy chế', { ...ok, submitter: { role: 'clerk', orgName: 'Ban Tổ chức' } }),
    ).toBeNull();
    expect(submissionRefusal(kt, 'Quy chế', { ...ok, signAuthority: null, submitter: board })).toBeNull();
    expect(signModeOf(' k/t  Bí thư')).toBe('KT');
    expect(signModeOf('Bí thư')).toBeNull();
  });

  it('gives the time to handle a directed document: the type named, else the general one', () => {
    const h: RegulationItem[] = [
      { kind: 'handling', article: 'Điều 12', docType: null, days: 10 },
      { kind: 'handling', article: 'Điều 13', docType: 'CV', days: 5 },
    ];
    expect(regulationItems.safeParse(h).success).toBe(true);
    expect(handlingRuleFor(h, 'CV')?.days).toBe(5);
    expect(handlingRuleFor(h, 'NQ')?.article).toBe('Điều 12');
    expect(handlingRuleFor(items, 'NQ')).toBeNull();
  });

  it('counts quorum and a strict majority', () => {
    const q = items[4] as Extract<RegulationItem, { kind: 'quorum' }>;
    expect(quorumMet(q, 10, 15)).toBe(true);
    expect(quorumMet(q, 9, 15)).toBe(false);
    expect(majorityReached(q, 8, 15)).toBe(true);
    expect(majorityReached(q, 5, 10)).toBe(false);
    expect(majorityReached({ ...q, majorityStrict: false }, 5, 10)).toBe(true);
    expect(quorumMet(q, 0, 0)).toBe(false);
  });

  it('refuses two rules for one type, an unknown type, a share over one', () => {
    expect(regulationItems.safeParse(items).success).toBe(true);
    expect(regulationItems.safeParse([...items, { ...items[0] }]).success).toBe(false);
    expect(regulationItems.safeParse([{ ...items[0], docType: 'XX' }]).success).toBe(false);
    expect(
      regulationItems.safeParse([{ ...items[4], quorum: { num: 4, den: 3 } } as RegulationItem]).success,
    ).toBe(false);
    expect(regulationItems.safeParse([]).success).toBe(false);
  });
});
