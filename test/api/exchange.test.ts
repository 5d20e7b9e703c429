// edXML export and import on one installation: the envelope of an issued document, an envelope
// registered as an incoming document (số đến, duplicate check, files and their text, the sender's
// symbol), bad packages refused in Vietnamese with nothing changed, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../domain/exchange/edxml.ts';
import { ROLES } from '../../domain/roles.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { outgoing } from '../helpers/docs.ts';
import { issued, PDF } from './exchange-fixtures.ts';

let t: TestApp;
let clerk: Client;
let ward: number;
let cell: number;
let wardClerk: Client;
let xml: string;
let sent: { id: number; symbol: string; issuedOn: string };

function importFile(c: Client, body: string | Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(
    'file',
    new Blob([typeof body === 'string' ? body : new Uint8Array(body)], { type: 'application/xml' }),
    'goi-tin.xml',
  );
  return c.request('POST', '/api/exchange/edxml', form);
}

async function documentCount(c: Client): Promise<number> {
  return (await c.get('/api/documents?direction=in&limit=100')).body.items.length as number;
}

beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.as('clerk', t.rootId, 0);
  expect((await t.admin.put(`/api/exchange/units/${t.rootId}/code`, { code: '000.00.00.T01' })).status).toBe(
    200,
  );
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Liên Thông', 'ĐU');
  expect((await t.admin.put(`/api/exchange/units/${ward}/code`, { code: '000.00.12.W05' })).status).toBe(200);
  wardClerk = await t.as('clerk', ward, 0);
  cell = await t.org(ward, 'grassroots', 'Đảng ủy Khối Cơ quan phường', 'ĐU');
  sent = await issued(clerk, t.rootId, { urgency: 1 }, { orgIds: [ward], external: ['Lưu VP'] });
  const res = await clerk.get(`/api/documents/${sent.id}/edxml`);
  expect(res.status).toBe(200);
  xml = res.body as string;
});
afterAll(async () => {
  await t?.close();
});

describe('export: GET /api/documents/{id}/edxml', () => {
  it('is an edXML envelope of the issued document with its file', async () => {
    const res = await clerk.get(`/api/documents/${sent.id}/edxml`);
    expect(res.headers.get('content-type')).toContain('application/xml');
    expect(xml).toContain('<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    const env = parseEnvelope(xml);
    const [number, notation] = [sent.symbol.split('-')[0], sent.symbol.slice(sent.symbol.indexOf('-') + 1)];
    expect(env).toMatchObject({
      from: { organId: '000.00.00.T01' },
      to: [{ organId: '000.00.12.W05', organName: 'Đảng ủy phường Liên Thông' }],
      codeNumber: number,
      codeNotation: notation,
      place: 'Hà Nội',
      promulgationDate: sent.issuedOn,
      typeName: 'Công văn',
      subject: 'về việc triển khai liên thông văn bản điện tử',
      signer: { competence: 'T/M', position: 'Bí thư' },
      dueDate: '2026-12-31',
      priority: 1,
      pageAmount: 2,
      steeringType: 1,
      kind: 'new',
      documentId: `000.00.00.T01,${sent.issuedOn},${sent.symbol}`,
    });
    expect(env.toPlaces).toEqual(['Đảng ủy phường Liên Thông', 'Lưu VP']);
    expect(env.trace[0]?.organId).toBe('000.00.00.T01');
    expect(env.attachments).toHaveLength(1);
    expect(Buffer.from(env.attachments[0]?.base64 ?? '', 'base64').equals(PDF)).toBe(true);
  });

  it('refuses a draft (422), a secret document (422), a document the reader cannot see (404)', async () => {
    const draft = await outgoing(clerk, t.rootId);
    const d = await clerk.get(`/api/documents/${draft.id}/edxml`);
    expect(d.status).toBe(422);
    expect(d.body.error).toMatchObject({ code: 'not_issued' });
    expect(d.body.error.message).toMatch(/ban hành/);
    const secretClerk = await t.as('clerk', t.rootId, 1);
    const secret = await issued(secretClerk, t.rootId, { secrecy: 1 });
    const s = await secretClerk.get(`/api/documents/${secret.id}/edxml`);
    expect(s.status).toBe(422);
    expect(s.body.error.code).toBe('secret_not_exchanged');
    expect((await wardClerk.get(`/api/documents/${sent.id}/edxml`)).status).toBe(404);
    expect((await clerk.get('/api/documents/999999/edxml')).status).toBe(404);
  });
});

describe('import: POST /api/exchange/edxml', () => {
  let importedId: number;

  it('the register’s duplicate check sees the copy the unit already got inside the system', async () => {
    const res = await importFile(wardClerk, xml);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('duplicate_document');
  });

  it('registers the envelope in the receiving unit with its số đến, the sender symbol and its file', async () => {
    const res = await importFile(wardClerk, xml, { orgId: String(cell) });
    expect(res.status).toBe(201);
    importedId = res.body.id;
    const doc = await wardClerk.get(`/api/documents/${importedId}`);
    expect(doc.body).toMatchObject({
      direction: 'in',
      orgId: cell,
      symbol: sent.symbol,
      issuer: expect.any(String),
      issuedOn: sent.issuedOn,
      summary: 'về việc triển khai liên thông văn bản điện tử',
      deadline: '2026-12-31',
      urgency: 1,
      pages: 2,
      signAuthority: 'T/M',
      signerTitle: 'Bí thư',
      status: 'new',
    });
    expect(doc.body.incomingNumber).toBe(1);
    expect(doc.body.files).toHaveLength(1);
    expect(doc.body.files[0]).toMatchObject({
      name: 'cong-van.pdf',
      mime: 'application/pdf',
      extraction: 'done',
    });
    expect(doc.body.files[0].textChars).toBeGreaterThan(50);
    expect(doc.body.events.map((e: { kind: string }) => e.kind)).toContain('registered');
    const panel = await wardClerk.get(`/api/documents/${importedId}/exchange`);
    expect(panel.status).toBe(200);
    expect(panel.body.items[0]).toMatchObject({
      direction: 'in',
      kind: 'new',
      fromCode: '000.00.00.T01',
      toCode: `VP-${cell}`,
    });
  });

  it('an envelope that names no receiver lands in the importing account’s own unit', async () => {
    const plain = await issued(clerk, t.rootId, { summary: 'Thông báo không ghi nơi nhận' });
    const x = (await clerk.get(`/api/documents/${plain.id}/edxml`)).body as string;
    expect(parseEnvelope(x).to).toEqual([]);
    const res = await importFile(wardClerk, x);
    expect(res.status).toBe(201);
    const doc = (await wardClerk.get(`/api/documents/${res.body.id}`)).body;
    expect(doc).toMatchObject({ orgId: ward, symbol: plain.symbol, direction: 'in' });
  });

  it('the same file twice is refused (409), and the same document in another package is a duplicate (409) unless confirmed', async () => {
    const before = await documentCount(wardClerk);
    const again = await importFile(wardClerk, xml);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_received');
    const other = xml.replace(
      /<edXML:Timestamp>[^<]*<\/edXML:Timestamp>/,
      '<edXML:Timestamp>2026-01-01T00:00:00Z</edXML:Timestamp>',
    );
    const dup = await importFile(wardClerk, other, { orgId: String(cell) });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('duplicate_document');
    expect(dup.body.error.message).toMatch(/đã vào sổ/);
    expect(await documentCount(wardClerk)).toBe(before);
    const confirmed = await importFile(wardClerk, other, { orgId: String(cell), confirmDuplicate: 'true' });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.id).not.toBe(importedId);
    expect(await documentCount(wardClerk)).toBe(before + 1);
  });

  it('bad packages are refused with a Vietnamese 422 and nothing registered', async () => {
    const before = await documentCount(wardClerk);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><edXML:edXMLEnvelope xmlns:edXML="x">&lol2;</edXML:edXMLEnvelope>`;
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['not xml', 'đây không phải XML <<<', /XML/],
      ['a PDF', PDF, /XML|edXML/],
      ['entities', bomb, /DOCTYPE/],
      ['another root', '<?xml version="1.0"?><root/>', /edXMLEnvelope/],
      ['no code', xml.replace(/<edXML:Code>.*?<\/edXML:Code>/, ''), /CodeNumber/],
      [
        'no subject',
        xml.replace(/<edXML:Subject>.*?<\/edXML:Subject>/, '<edXML:Subject></edXML:Subject>'),
        /trích yếu/,
      ],
      [
        'bad date',
        xml.replace(/<edXML:PromulgationDate>[^<]*</, '<edXML:PromulgationDate>31/02/2026<'),
        /ngày/,
      ],
      [
        'bad sender code',
        xml.replace('<edXML:OrganId>000.00.00.T01</edXML:OrganId>', '<edXML:OrganId>x y</edXML:OrganId>'),
        /OrganId/,
      ],
      [
        'bad base64',
        xml.replace(/<edXML:ContentTransferEncoded>[^<]{10}/, '<edXML:ContentTransferEncoded>!!!*'),
        /base64/,
      ],
      [
        'business kind',
        xml.replace(/<edXML:BussinessDocType>0</, '<edXML:BussinessDocType>7<'),
        /BussinessDocType/,
      ],
      [
        'a file type not kept',
        xml.replace(
          /<edXML:ContentTransferEncoded>[^<]*</,
          `<edXML:ContentTransferEncoded>${Buffer.from('chỉ là chữ').toString('base64')}<`,
        ),
        /PDF/,
      ],
    ];
    for (const [label, body, message] of cases) {
      const res = await importFile(wardClerk, body, { orgId: String(cell) });
      expect(res.status, label).toBe(422);
      expect(res.body.error.message, label).toMatch(message);
    }
    const revocation = await importFile(
      wardClerk,
      xml.replace(/<edXML:BussinessDocType>0</, '<edXML:BussinessDocType>1<'),
    );
    expect(revocation.status).toBe(422);
    expect(revocation.body.error.code).toBe('kind_not_importable');
    const noFile = await wardClerk.request('POST', '/api/exchange/edxml', JSON.stringify({ file: xml }), {
      'content-type': 'application/json',
    });
    expect(noFile.status).toBe(400);
    const badOrg = await importFile(wardClerk, xml, { orgId: 'abc' });
    expect(badOrg.status).toBe(400);
    expect(await documentCount(wardClerk)).toBe(before);
  });

  it('a unit outside the account’s scope is refused', async () => {
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên Cạnh');
    const res = await importFile(wardClerk, xml, { orgId: String(other), confirmDuplicate: 'true' });
    expect([403, 404]).toContain(res.status);
  });
});

describe('set-up', () => {
  it('peers need a real Ed25519 key and a code no other peer serves; unit codes are unique', async () => {
    const key = (await t.admin.get('/api/exchange/identity')).body.publicKey as string;
    expect(key.length).toBeGreaterThan(40);
    const bad = await t.admin.post('/api/exchange/peers', {
      name: 'Hệ thống X',
      url: 'http://127.0.0.1:9',
      codes: ['000.00.00.X01'],
      publicKey: 'A'.repeat(60),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Ed25519/);
    const ok = await t.admin.post('/api/exchange/peers', {
      name: 'Hệ thống X',
      url: 'http://127.0.0.1:9/',
      codes: ['000.00.00.X01'],
      publicKey: key,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.url).toBe('http://127.0.0.1:9');
    const clash = await t.admin.post('/api/exchange/peers', {
      name: 'Hệ thống Y',
      url: 'http://127.0.0.1:10',
      codes: ['000.00.00.X01'],
      publicKey: key,
    });
    expect(clash.status).toBe(409);
    const badUrl = await t.admin.post('/api/exchange/peers', {
      name: 'Z',
      url: 'ftp://x',
      codes: ['A1'],
      publicKey: key,
    });
    expect(badUrl.status).toBe(400);
    const taken = await t.admin.put(`/api/exchange/units/${ward}/code`, { code: '000.00.00.T01' });
    expect(taken.status).toBe(409);
    const badCode = await t.admin.put(`/api/exchange/units/${ward}/code`, { code: 'có dấu' });
    expect(badCode.status).toBe(400);
    expect((await t.admin.delete(`/api/exchange/peers/${ok.body.id}`)).status).toBe(204);
    expect((await t.admin.delete(`/api/exchange/peers/${ok.body.id}`)).status).toBe(404);
  });
});

describe('permission matrix', () => {
  it('export and import: admin, leader, clerk; set-up: admin only', async () => {
    const expected: Record<string, { send: boolean; receive: boolean; manage: boolean }> = {
      admin: { send: true, receive: true, manage: true },
      leader: { send: true, receive: true, manage: false },
      clerk: { send: true, receive: true, manage: false },
      specialist: { send: false, receive: false, manage: false },
      member: { send: false, receive: false, manage: false },
    };
    for (const role of ROLES) {
      const c = role === 'admin' ? t.admin : await t.as(role, t.rootId, 0);
      const exp = expected[role] as { send: boolean; receive: boolean; manage: boolean };
      const out = await c.get(`/api/documents/${sent.id}/edxml`);
      expect(out.status, `${role} export`).toBe(exp.send ? 200 : 403);
      const own = xml.replace(/<edXML:Timestamp>[^<]*</, `<edXML:Timestamp>${role}<`);
      const inn = await importFile(c, own, { orgId: String(t.rootId), confirmDuplicate: 'true' });
      expect(inn.status, `${role} import`).toBe(exp.receive ? 201 : 403);
      expect((await c.get('/api/exchange/peers')).status, `${role} peers`).toBe(exp.manage ? 200 : 403);
      expect((await c.get('/api/exchange/journal')).status, `${role} journal`).toBe(exp.manage ? 200 : 403);
      const code = await c.put(`/api/exchange/units/${ward}/code`, { code: '000.00.12.W05' });
      expect(code.status, `${role} unit code`).toBe(exp.manage ? 200 : 403);
      const send = await c.post(`/api/documents/${sent.id}/exchange`, { to: ['000.00.00.Q01'] });
      expect(send.status, `${role} send`).toBe(exp.send ? 422 : 403);
    }
    expect((await t.client().get(`/api/documents/${sent.id}/edxml`)).status).toBe(401);
    expect((await importFile(t.client(), xml)).status).toBe(401);
  });
});
