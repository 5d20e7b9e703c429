// What an account may do with a document: the secrecy ceiling on creating and raising, and the `can`
// flags of the document's page, which follow the same rules as the services (each flag is checked
// against the answer of the action it stands for).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, outgoing } from '../helpers/docs.ts';

let t: TestApp;
let ward: number;
let clerk: Client;
let specialist: Client;
let leader: Client & { userId: number };
let member: Client;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Quyền Hạn');
  clerk = await t.as('clerk', ward, 1);
  specialist = await t.as('specialist', ward, 1);
  leader = await t.as('leader', ward, 1);
  member = await t.as('member', ward, 1);
});
afterAll(async () => {
  await t?.close();
});

const can = async (c: Client, id: number) => {
  const res = await c.get(`/api/documents/${id}`);
  expect(res.status).toBe(200);
  return res.body.can as Record<string, boolean>;
};
const NOTHING = {
  edit: false,
  submit: false,
  sign: false,
  issue: false,
  cancel: false,
  recipients: false,
  upload: false,
  uploadSignedOriginal: false,
  direct: false,
  handle: false,
};

describe('secrecy above the account’s clearance', () => {
  it('refuses creating a document above it (outgoing and incoming)', async () => {
    const out = await clerk.post('/api/documents', {
      direction: 'out',
      typeCode: 'CV',
      summary: 'Tối mật',
      orgId: ward,
      secrecy: 2,
    });
    expect(out.status).toBe(403);
    expect(out.body.error.code).toBe('secrecy_above_clearance');
    const inc = await clerk.post('/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: 'Tối mật đến',
      orgId: ward,
      secrecy: 3,
    });
    expect(inc.status).toBe(403);
    expect(inc.body.error.code).toBe('secrecy_above_clearance');
    expect((await outgoing(clerk, ward, { secrecy: 1 })).secrecy).toBe(1);
  });

  it('refuses raising a document above it', async () => {
    const doc = await outgoing(clerk, ward);
    const raise = await clerk.patch(`/api/documents/${doc.id}`, { secrecy: 2 });
    expect(raise.status).toBe(403);
    expect(raise.body.error.code).toBe('secrecy_above_clearance');
    expect((await clerk.get(`/api/documents/${doc.id}`)).body.secrecy).toBe(0);
    const within = await clerk.patch(`/api/documents/${doc.id}`, { secrecy: 1 });
    expect(within.status).toBe(200);
    expect(within.body.secrecy).toBe(1);
  });
});

describe('can flags', () => {
  it('a draft: the drafting roles edit and submit, the issuing roles issue, a member nothing', async () => {
    const doc = await outgoing(specialist, ward);
    expect(await can(clerk, doc.id)).toEqual({
      ...NOTHING,
      edit: true,
      submit: true,
      issue: true,
      cancel: true,
      recipients: true,
      upload: true,
    });
    expect(await can(specialist, doc.id)).toEqual({
      ...NOTHING,
      edit: true,
      submit: true,
      recipients: true,
      upload: true,
    });
    expect(await can(leader, doc.id)).toMatchObject({ issue: true, direct: true, sign: false });
    expect(await can(member, doc.id)).toEqual(NOTHING);
    // The flags agree with the answers.
    expect((await member.patch(`/api/documents/${doc.id}`, { summary: 'x' })).status).toBe(403);
    expect((await specialist.post(`/api/documents/${doc.id}/issue`)).status).toBe(403);
  });

  it('submitted: only the signer signs; nobody edits or issues until it is approved', async () => {
    const doc = await outgoing(specialist, ward);
    expect(
      (await specialist.post(`/api/documents/${doc.id}/submit`, { signerId: leader.userId })).status,
    ).toBe(200);
    expect(await can(leader, doc.id)).toMatchObject({ sign: true, edit: false, issue: false, submit: false });
    expect(await can(clerk, doc.id)).toMatchObject({ sign: false, edit: false, issue: false, cancel: true });
    expect((await clerk.post(`/api/documents/${doc.id}/issue`)).status).toBe(422);
    expect((await leader.post(`/api/documents/${doc.id}/approve`, {})).status).toBe(200);
    expect(await can(clerk, doc.id)).toMatchObject({ issue: true, edit: false, sign: false });
    expect((await clerk.post(`/api/documents/${doc.id}/issue`)).status).toBe(200);
    expect(await can(clerk, doc.id)).toEqual({
      ...NOTHING,
      cancel: true,
      uploadSignedOriginal: true,
    });
    expect(await can(specialist, doc.id)).toEqual(NOTHING);
    expect((await clerk.post(`/api/documents/${doc.id}/cancel`, { reason: 'Ban hành nhầm' })).status).toBe(
      200,
    );
    expect(await can(clerk, doc.id)).toEqual(NOTHING);
  });

  it('incoming: the register edits, the unit handles, a leader directs', async () => {
    const doc = await incoming(clerk, ward);
    expect(await can(clerk, doc.id)).toEqual({ ...NOTHING, edit: true, upload: true, handle: true });
    expect(await can(specialist, doc.id)).toEqual({ ...NOTHING, upload: true, handle: true });
    expect(await can(leader, doc.id)).toMatchObject({ direct: true, handle: true, edit: true });
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên Cạnh');
    const otherClerk = await t.as('clerk', other, 1);
    const direction = await leader.post(`/api/documents/${doc.id}/directions`, {
      text: 'Phối hợp',
      leadOrgId: other,
    });
    expect(direction.status).toBe(200);
    expect(await can(otherClerk, doc.id)).toMatchObject({ handle: true, direct: false });
    expect((await otherClerk.post(`/api/documents/${doc.id}/handling`, { status: 'done' })).status).toBe(200);
    expect((await clerk.post(`/api/documents/${doc.id}/handling`, { status: 'done' })).status).toBe(200);
    // Done: the fields no longer change.
    expect(await can(clerk, doc.id)).toMatchObject({ edit: false, handle: true });
  });
});
