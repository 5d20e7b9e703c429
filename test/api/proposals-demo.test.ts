// The demo's schemes, as its people see them: the office's portfolio (one in consultation with an
// open comment, one late thematic report, one issued with its measures as the wards' tasks), and a
// consulted ward that sees only what it was asked about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const PASSWORD = 'mat-khau-demo-de-an';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.rt, PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

describe('the demo’s schemes', () => {
  it('fills the office’s portfolio at three stages, with a late report and an open comment', async () => {
    const office = t.client();
    await office.login('chanhvp', PASSWORD);
    const res = await office.get('/api/proposals');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 3, late: 1, openComments: 1 });
    const count = (s: string) => res.body.byStage.find((b: { stage: string }) => b.stage === s).count;
    expect([count('outline'), count('consultation'), count('follow_up')]).toEqual([1, 1, 1]);
    const issued = res.body.items.find((p: { stage: string }) => p.stage === 'follow_up');
    const page = await office.get(`/api/proposals/${issued.id}`);
    expect(page.body.measures.every((m: { taskId: number | null }) => m.taskId !== null)).toBe(true);
    const digital = res.body.items.find((p: { stage: string }) => p.stage === 'consultation');
    const diff = await office.get(`/api/proposals/${digital.id}/diff?from=1&to=2`);
    expect(diff.body.stats.changed).toBeGreaterThanOrEqual(2);
  });

  it('shows a consulted ward the scheme it was asked about, and nothing else', async () => {
    const ward = t.client();
    await ward.login('vanthu.hoankiem', PASSWORD);
    const res = await ward.get('/api/proposals');
    expect(res.body.items.map((p: { stage: string }) => p.stage)).toEqual(['consultation']);
  });
});
