import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../documents.ts';
import {
  buildEnvelope,
  buildStatus,
  type EdxmlDocument,
  EdxmlError,
  packageKind,
  parseEnvelope,
  parseStatus,
  splitSymbol,
  symbolOf,
  typeCodeOf,
} from './edxml.ts';
import { documentKey, MESSAGE_KINDS, retryDelaySeconds, STATUS_CODES } from './labels.ts';

const base: EdxmlDocument = {
  from: { organId: '000.00.00.A01', organName: 'Thành ủy Hà Nội' },
  to: [{ organId: '000.00.12.B02', organName: 'Đảng ủy phường Ba Đình' }],
  documentId: documentKey('000.00.00.A01', '2026-11-20', '34-CV/TU'),
  codeNumber: '34',
  codeNotation: 'CV/TU',
  place: 'Hà Nội',
  promulgationDate: '2026-11-20',
  typeName: 'Công văn',
  subject: 'về việc <chuẩn bị> "đại hội" & tổng kết',
  content: 'Nội dung',
  signer: { competence: 'T/M', position: 'Phó Bí thư', fullName: 'Nguyễn Văn An' },
  dueDate: '2026-12-15',
  toPlaces: ['Như trên', 'Lưu VP'],
  priority: 2,
  sphere: '',
  pageAmount: 3,
  steeringType: 1,
  responseFor: null,
  trace: [{ organId: '000.00.00.A01', timestamp: '2026-11-20T03:00:00.000Z' }],
  kind: 'new',
  reason: '',
  attachments: [{ name: 'cv.pdf', contentType: 'application/pdf', description: '', base64: 'JVBERi0xLjQK' }],
};

describe('edXML envelope', () => {
  it('reads back what it writes, escaped text included', () => {
    expect(parseEnvelope(buildEnvelope(base))).toEqual(base);
  });

  it('round-trips any text, kind and priority (property)', () => {
    const safe = fc
      .string({ minLength: 1, maxLength: 60 })
      .map((s) => s.replace(/[^\p{L}\p{N} <>&"'.,-]/gu, 'x').trim() || 'x');
    fc.assert(
      fc.property(
        safe,
        safe,
        fc.constantFrom(...MESSAGE_KINDS),
        fc.integer({ min: 0, max: 3 }),
        (subject, reason, kind, priority) => {
          const doc = {
            ...base,
            subject: subject.normalize('NFC'),
            reason: reason.normalize('NFC'),
            kind,
            priority,
          };
          expect(parseEnvelope(buildEnvelope(doc))).toEqual(doc);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses DOCTYPE and entities, broken XML, missing parts, too big', () => {
    const xml = buildEnvelope(base);
    const bad = [
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${xml.slice(xml.indexOf('<edXML:edXMLEnvelope'))}`,
      xml.slice(0, 200),
      xml.replace(/<edXML:Subject>.*?<\/edXML:Subject>/, ''),
      xml.replace(
        /<edXML:To>.*?<\/edXML:To>/,
        '<edXML:To><edXML:OrganId>không hợp lệ</edXML:OrganId></edXML:To>',
      ),
      xml.replace('2026-11-20</edXML:PromulgationDate>', '2026-13-40</edXML:PromulgationDate>'),
    ];
    for (const b of bad) expect(() => parseEnvelope(b)).toThrow(EdxmlError);
    expect(() => parseEnvelope(xml, 100)).toThrow(/dung lượng/);
  });

  it('reads character references', () => {
    const xml = buildEnvelope(base).replace(
      /<edXML:Subject>.*?<\/edXML:Subject>/,
      '<edXML:Subject>v&#7873; vi&#x1EC7;c &amp; A</edXML:Subject>',
    );
    expect(parseEnvelope(xml).subject).toBe('về việc & A');
  });

  it('may name no receiver (a file whose importer says which unit receives it)', () => {
    const xml = buildEnvelope({ ...base, to: [] });
    expect(parseEnvelope(xml).to).toEqual([]);
  });

  it('accepts a date written DD/MM/YYYY and any namespace prefix', () => {
    const xml = buildEnvelope(base)
      .replace('2026-11-20</edXML:PromulgationDate>', '20/11/2026</edXML:PromulgationDate>')
      .replaceAll('edXML:', 'ed:')
      .replace('xmlns:edXML', 'xmlns:ed');
    expect(parseEnvelope(xml).promulgationDate).toBe('2026-11-20');
  });

  it('knows the type from the notation or the name; symbols split and join', () => {
    expect(typeCodeOf({ codeNotation: 'CT/TU', typeName: '' }, DOCUMENT_TYPES)).toBe('CT');
    expect(typeCodeOf({ codeNotation: 'X/TU', typeName: 'Báo cáo' }, DOCUMENT_TYPES)).toBe('BC');
    expect(typeCodeOf({ codeNotation: 'X/TU', typeName: 'Lạ' }, DOCUMENT_TYPES)).toBeNull();
    expect(splitSymbol('13140-QĐ/TU')).toEqual({ codeNumber: '13140', codeNotation: 'QĐ/TU' });
    expect(symbolOf(splitSymbol('13140-QĐ/TU'))).toBe('13140-QĐ/TU');
  });
});

describe('status message', () => {
  it('reads back every status', () => {
    for (const status of STATUS_CODES) {
      const s = {
        from: { organId: '000.00.12.B02', organName: 'B' },
        to: { organId: '000.00.00.A01', organName: 'A' },
        documentId: base.documentId,
        code: '34-CV/TU',
        promulgationDate: '2026-11-20',
        status,
        description: 'Lý do & ghi chú',
        timestamp: '2026-11-21T01:00:00.000Z',
      };
      const xml = buildStatus(s);
      expect(packageKind(xml)).toBe('status');
      expect(parseStatus(xml)).toEqual(s);
    }
    expect(packageKind(buildEnvelope(base))).toBe('envelope');
    expect(packageKind('<x/>')).toBeNull();
  });
});

describe('retries', () => {
  it('double from the base, never over an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n))).toEqual([5, 10, 20, 40]);
    expect(retryDelaySeconds(50)).toBe(3600);
  });
});
