// `vanphong demo`: a realistic installation to look around in — a Thành ủy with its boards, three
// ward/commune committees (one formed by merging three communes on 1/7/2025), grassroots
// organisations and chi bộ, and a dozen accounts with every role. Built through the services, so
// the demo obeys the same rules and leaves the same audit trail as real use.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OrgKind } from '../domain/orgs.ts';
import type { Role } from '../domain/roles.ts';
import { type RequestCtx, systemCtx } from './auth/actor.ts';
import { generatePassword } from './auth/passwords.ts';
import { bootstrap } from './bootstrap.ts';
import { loadDemoCongresses } from './demo-congresses.ts';
import { loadDemoContent } from './demo-content.ts';
import { loadDemoExchange } from './demo-exchange.ts';
import { loadDemoFinance } from './demo-finance.ts';
import { loadDemoInspections } from './demo-inspections.ts';
import { loadDemoIntel } from './demo-intel.ts';
import { loadDemoMeetings } from './demo-meetings.ts';
import { loadDemoProposals } from './demo-proposals.ts';
import { loadDemoRules } from './demo-rules.ts';
import { loadDemoStudies } from './demo-studies.ts';
import type { Deps } from './deps.ts';
import { merge } from './modules/orgs/reorganise/service.ts';
import * as orgs from './modules/orgs/service.ts';
import * as users from './modules/users/service.ts';

export const DEMO_FILE = 'demo-accounts.txt';
/** Units of the demo exist from the opening of the 2020–2025 term, so dated views show them. */
const TERM_START = '2020-10-15';

interface OrgSpec {
  key: string;
  name: string;
  shortCode: string;
  kind: OrgKind;
  parent: string;
  from?: string;
}

const ORGS: OrgSpec[] = [
  { key: 'vptu', name: 'Văn phòng Thành ủy', shortCode: 'VPTU', kind: 'board', parent: 'root' },
  { key: 'btctu', name: 'Ban Tổ chức Thành ủy', shortCode: 'BTCTU', kind: 'board', parent: 'root' },
  { key: 'ubkttu', name: 'Ủy ban Kiểm tra Thành ủy', shortCode: 'UBKTTU', kind: 'board', parent: 'root' },
  {
    key: 'btgdv',
    name: 'Ban Tuyên giáo và Dân vận Thành ủy',
    shortCode: 'BTGDVTU',
    kind: 'board',
    parent: 'root',
  },
  {
    key: 'badinh',
    name: 'Đảng ủy phường Ba Đình',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parent: 'root',
  },
  {
    key: 'vp-badinh',
    name: 'Văn phòng Đảng ủy phường Ba Đình',
    shortCode: 'VPĐU',
    kind: 'board',
    parent: 'badinh',
  },
  { key: 'cb-tdp1', name: 'Chi bộ Tổ dân phố số 1', shortCode: 'CB', kind: 'cell', parent: 'badinh' },
  { key: 'cb-tdp2', name: 'Chi bộ Tổ dân phố số 2', shortCode: 'CB', kind: 'cell', parent: 'badinh' },
  {
    key: 'db-thpt',
    name: 'Đảng bộ Trường THPT Phan Đình Phùng',
    shortCode: 'ĐB',
    kind: 'grassroots',
    parent: 'badinh',
  },
  { key: 'cb-gv', name: 'Chi bộ Giáo viên', shortCode: 'CB', kind: 'cell', parent: 'db-thpt' },
  { key: 'cb-hc', name: 'Chi bộ Hành chính', shortCode: 'CB', kind: 'cell', parent: 'db-thpt' },
  {
    key: 'hoankiem',
    name: 'Đảng ủy phường Hoàn Kiếm',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parent: 'root',
  },
  {
    key: 'cb-hangbac',
    name: 'Chi bộ Khu dân cư Hàng Bạc',
    shortCode: 'CB',
    kind: 'cell',
    parent: 'hoankiem',
  },
  {
    key: 'cb-hangdao',
    name: 'Chi bộ Khu dân cư Hàng Đào',
    shortCode: 'CB',
    kind: 'cell',
    parent: 'hoankiem',
  },
  {
    key: 'db-cty',
    name: 'Đảng bộ Công ty Thương mại Hoàn Kiếm',
    shortCode: 'ĐB',
    kind: 'grassroots',
    parent: 'hoankiem',
  },
  // Three communes that became xã Đoài Phương on 1/7/2025; their records stay with the new commune.
  {
    key: 'kimson',
    name: 'Đảng ủy xã Kim Sơn',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parent: 'root',
    from: '2020-10-15',
  },
  {
    key: 'sondong',
    name: 'Đảng ủy xã Sơn Đông',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parent: 'root',
    from: '2020-10-15',
  },
  {
    key: 'codong',
    name: 'Đảng ủy xã Cổ Đông',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parent: 'root',
    from: '2020-10-15',
  },
  {
    key: 'cb-kimson1',
    name: 'Chi bộ thôn Kim Sơn 1',
    shortCode: 'CB',
    kind: 'cell',
    parent: 'kimson',
    from: '2020-10-15',
  },
  {
    key: 'cb-sondong',
    name: 'Chi bộ thôn Đông Hải',
    shortCode: 'CB',
    kind: 'cell',
    parent: 'sondong',
    from: '2020-10-15',
  },
  {
    key: 'cb-codong',
    name: 'Chi bộ thôn Cổ Đông',
    shortCode: 'CB',
    kind: 'cell',
    parent: 'codong',
    from: '2020-10-15',
  },
];

interface UserSpec {
  username: string;
  fullName: string;
  org: string;
  role: Role;
  clearance: number;
  note: string;
}

// The office keeps the Thành ủy's registers and programmes: its admin, chief and clerk work at the
// committee itself (their scope is the whole city); the specialist at the office.
const USERS: UserSpec[] = [
  {
    username: 'quantri',
    fullName: 'Nguyễn Văn Hùng',
    org: 'root',
    role: 'admin',
    clearance: 3,
    note: 'Quản trị hệ thống',
  },
  {
    username: 'bithu',
    fullName: 'Trần Thị Thanh Hà',
    org: 'root',
    role: 'leader',
    clearance: 3,
    note: 'Bí thư Thành ủy',
  },
  {
    username: 'chanhvp',
    fullName: 'Lê Minh Tuấn',
    org: 'root',
    role: 'leader',
    clearance: 2,
    note: 'Chánh Văn phòng Thành ủy',
  },
  {
    username: 'vanthu.tu',
    fullName: 'Phạm Thị Lan',
    org: 'root',
    role: 'clerk',
    clearance: 2,
    note: 'Văn thư Văn phòng Thành ủy',
  },
  {
    username: 'chuyenvien.tu',
    fullName: 'Hoàng Đức Anh',
    org: 'vptu',
    role: 'specialist',
    clearance: 1,
    note: 'Chuyên viên tổng hợp',
  },
  {
    username: 'tochuc.tu',
    fullName: 'Võ Thị Kim Oanh',
    org: 'btctu',
    role: 'specialist',
    clearance: 2,
    note: 'Chuyên viên Ban Tổ chức',
  },
  {
    username: 'bithu.badinh',
    fullName: 'Đỗ Quang Minh',
    org: 'badinh',
    role: 'leader',
    clearance: 2,
    note: 'Bí thư Đảng ủy phường Ba Đình',
  },
  {
    username: 'quantri.badinh',
    fullName: 'Phan Thị Ngọc',
    org: 'badinh',
    role: 'admin',
    clearance: 1,
    note: 'Quản trị phường Ba Đình',
  },
  {
    username: 'vanthu.badinh',
    fullName: 'Vũ Thị Hồng',
    org: 'vp-badinh',
    role: 'clerk',
    clearance: 1,
    note: 'Văn thư phường Ba Đình',
  },
  {
    username: 'chuyenvien.badinh',
    fullName: 'Bùi Văn Nam',
    org: 'vp-badinh',
    role: 'specialist',
    clearance: 0,
    note: 'Chuyên viên phường Ba Đình',
  },
  {
    username: 'vanthu.hoankiem',
    fullName: 'Đặng Thị Mai',
    org: 'hoankiem',
    role: 'clerk',
    clearance: 1,
    note: 'Văn thư phường Hoàn Kiếm',
  },
  {
    username: 'bithu.doaiphuong',
    fullName: 'Ngô Văn Bình',
    org: 'doaiphuong',
    role: 'leader',
    clearance: 1,
    note: 'Bí thư Đảng ủy xã Đoài Phương',
  },
  {
    username: 'vanthu.doaiphuong',
    fullName: 'Lý Thị Thu',
    org: 'doaiphuong',
    role: 'clerk',
    clearance: 0,
    note: 'Văn thư xã Đoài Phương',
  },
  {
    username: 'dangvien.tdp1',
    fullName: 'Trịnh Văn Khoa',
    org: 'cb-tdp1',
    role: 'member',
    clearance: 0,
    note: 'Đảng viên Chi bộ TDP số 1',
  },
];

export interface DemoResult {
  loaded: boolean;
  password: string;
  accounts: UserSpec[];
  file: string;
}

export async function loadDemo(
  deps: Deps,
  password = process.env.VANPHONG_DEMO_PASSWORD || generatePassword(),
): Promise<DemoResult> {
  const file = path.join(deps.config.dataDir, DEMO_FILE);
  await bootstrap(deps);
  const db = deps.database.db;
  const system = systemCtx('demo');
  const root = await orgs.rootUnit(db, system);
  if (!root) throw new Error('no root organisation');
  if (await users.usernameExists(db, system, 'quantri')) {
    const saved = existsSync(file) ? /Mật khẩu: (\S+)/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
    return { loaded: false, password: saved ?? '(xem tệp demo-accounts.txt)', accounts: USERS, file };
  }
  // The demo is built by the first admin, through the same services as a request of theirs.
  const actor = await users.actingAs(db, system, 'admin');
  if (!actor) throw new Error('no admin account');
  const ctx: RequestCtx = { actor, ip: null, requestId: 'demo' };
  // The root's place name is printed before the date of every document ("Hà Nội, ngày …").
  await orgs.rename(deps, ctx, root.id, {
    ...(root.name === 'Thành ủy' ? { name: 'Thành ủy Hà Nội', on: root.validFrom } : {}),
    place: 'Hà Nội',
  });

  const ids = new Map<string, number>([['root', root.id]]);
  for (const o of ORGS) {
    const created = await orgs.create(deps, ctx, {
      name: o.name,
      shortCode: o.shortCode,
      kind: o.kind,
      parentId: ids.get(o.parent) as number,
      on: o.from ?? TERM_START,
    });
    ids.set(o.key, created.id);
  }
  const merged = await merge(deps, ctx, {
    predecessorIds: [ids.get('kimson'), ids.get('sondong'), ids.get('codong')] as number[],
    into: { name: 'Đảng ủy xã Đoài Phương', shortCode: 'ĐU', kind: 'direct_committee', parentId: root.id },
    on: '2025-07-01',
  });
  ids.set('doaiphuong', merged.successor.id);

  const accounts = new Map<string, number>();
  for (const u of USERS) {
    const created = await users.create(deps, ctx, {
      username: u.username,
      password,
      fullName: u.fullName,
      orgId: ids.get(u.org) as number,
      role: u.role,
      clearance: u.clearance,
    });
    accounts.set(u.username, created.id);
  }
  await loadDemoContent(deps, password, ids, accounts);
  await loadDemoProposals(deps, password, ids, accounts);
  await loadDemoStudies(deps, password, ids, accounts);
  await loadDemoMeetings(deps, password, ids, accounts);
  await loadDemoIntel(deps, password, ids, accounts);
  await loadDemoExchange(deps, password, ids);
  await loadDemoInspections(deps, password, ids, accounts);
  await loadDemoFinance(deps, password, ids);
  await loadDemoCongresses(deps, password, ids);
  // Last: the regulation it enters would otherwise give the areas above their due dates.
  await loadDemoRules(deps, password, ids, accounts);
  const lines = [
    'vanphong — tài khoản dữ liệu mẫu (demo)',
    `Mật khẩu: ${password}`,
    '',
    ...USERS.map((u) => `${u.username.padEnd(20)} ${u.role.padEnd(11)} ${u.note}`),
    '',
  ];
  writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  return { loaded: true, password, accounts: USERS, file };
}
