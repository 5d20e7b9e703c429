// The demo's exchange between systems: the Thành ủy and two wards carry agency codes (mẫu, not real
// codes), so that an issued document can be downloaded as edXML and received back from a file. No
// peer is declared: a demo has no other installation to reach. Made through the public API by the
// demo's administrator.
import { demoSignIn } from './demo-client.ts';
import type { Deps } from './deps.ts';

const CODES: [string, string][] = [
  ['root', '000.00.00.H26'],
  ['badinh', '000.01.26.H26'],
  ['hoankiem', '000.02.26.H26'],
];

/** @param ids the demo's units by key */
export async function loadDemoExchange(
  deps: Deps,
  password: string,
  ids: Map<string, number>,
): Promise<void> {
  const admin = await demoSignIn(deps, password)('quantri');
  for (const [key, code] of CODES) {
    const id = ids.get(key);
    if (id) await admin.call('PUT', `/api/exchange/units/${id}/code`, { code });
  }
}
