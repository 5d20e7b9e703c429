// The deterministic generator of a city like Hà Nội: the Thành ủy, its boards, ~130 committees that
// report to it (wards, communes, Đảng ủy khối), ~3,000 grassroots organisations and ~15,000 chi bộ,
// with the accounts, terms, documents, tasks and members of gen-*.ts. Rows come out in the columns of
// db/migrations (COPY text rows); the same seed and scale give the same rows on any machine.
import { fold } from '../domain/text.ts';
import { Rng } from './lib/prng.ts';
import { Lexicon, personName } from './lib/vocab.ts';
import * as W from './lib/words.ts';

export type Cell = string | number | boolean | null;
export type Row = Cell[];

/** The day the generated city is "today": data are dated up to here, whatever the real date. */
export const REF = '2026-11-01';
export const BENCH_PASSWORD = 'mat-khau-do-hieu-nang';

export interface Scale {
  name: string;
  fraction: number;
  direct: number;
  grassroots: number;
  cells: number;
  members: number;
  documents: number;
  tasks: number;
}

export function scaleOf(name: string): Scale {
  const named: Record<string, number> = { small: 0.01, medium: 0.1, large: 0.3, city: 1 };
  const f = named[name] ?? Number(name);
  if (!(f > 0 && f <= 1))
    throw new Error(`--scale: small | medium | large | city | a fraction in (0, 1], not "${name}"`);
  return {
    name: name in named ? name : `f${f}`,
    fraction: f,
    direct: Math.max(3, Math.round(130 * f)),
    grassroots: Math.max(12, Math.round(3000 * f)),
    cells: Math.max(60, Math.round(15000 * f)),
    members: Math.round(450_000 * f),
    documents: Math.round(1_000_000 * f),
    tasks: Math.round(300_000 * f),
  };
}

export type Kind = 'provincial' | 'board' | 'direct_committee' | 'grassroots' | 'cell';

export interface Org {
  id: number;
  name: string;
  shortCode: string;
  kind: Kind;
  parentId: number | null;
  path: string;
  /** Index of the direct committee (ward) this unit belongs to; -1 for the Thành ủy and its boards. */
  ward: number;
  /** The place its texts mention ("phường Ô Chợ Dừa"). */
  place: string | null;
  /** Id of its first term row (three terms: 2015–2020, 2020–2025, 2025–2030). */
  termBase: number;
}

export interface Account {
  id: number;
  username: string;
  fullName: string;
  orgId: number;
  role: 'admin' | 'leader' | 'clerk' | 'specialist';
  clearance: number;
}

export const TERMS = [
  { name: 'Nhiệm kỳ 2015–2020', startsOn: '2015-10-01', endsOn: '2020-09-30' },
  { name: 'Nhiệm kỳ 2020–2025', startsOn: '2020-10-01', endsOn: '2025-09-30' },
  { name: 'Nhiệm kỳ 2025–2030', startsOn: '2025-10-01', endsOn: null },
];

export function termIndex(date: string): number {
  return date >= '2025-10-01' ? 2 : date >= '2020-10-01' ? 1 : 0;
}

const BOARDS = [
  { name: 'Văn phòng Thành ủy', code: 'VPTU' },
  { name: 'Ban Tổ chức Thành ủy', code: 'BTCTU' },
  { name: 'Ủy ban Kiểm tra Thành ủy', code: 'UBKTTU' },
  { name: 'Ban Tuyên giáo và Dân vận Thành ủy', code: 'BTGDVTU' },
];

/** The city: the tree of units and the accounts, small enough to keep in memory (18,000 units). */
export class City {
  readonly lexicon = new Lexicon();
  readonly orgs: Org[] = [];
  readonly boards: Org[] = [];
  readonly direct: Org[] = [];
  readonly grassroots: Org[] = [];
  readonly cells: Org[] = [];
  readonly accounts: Account[] = [];
  readonly root: Org;

  constructor(
    readonly scale: Scale,
    readonly seed: number,
    root: { id: number; path: string; name: string },
    firstOrgId: number,
    firstUserId: number,
    firstTermId: number,
  ) {
    const rng = new Rng(seed).fork('orgs');
    let nextId = firstOrgId;
    let nextTerm = firstTermId;
    const add = (o: Omit<Org, 'id' | 'path' | 'termBase'>, parent: Org | null): Org => {
      const id = nextId++;
      const org: Org = { ...o, id, path: parent ? `${parent.path}.o${id}` : `o${id}`, termBase: nextTerm };
      nextTerm += TERMS.length;
      this.orgs.push(org);
      return org;
    };
    this.root = {
      id: root.id,
      name: root.name,
      shortCode: 'TU',
      kind: 'provincial',
      parentId: null,
      path: root.path,
      ward: -1,
      place: 'Thành phố',
      termBase: nextTerm,
    };
    nextTerm += TERMS.length;
    for (const b of BOARDS)
      this.boards.push(
        add(
          { name: b.name, shortCode: b.code, kind: 'board', parentId: root.id, ward: -1, place: null },
          this.root,
        ),
      );
    const names = wardNames(scale.direct);
    for (let w = 0; w < scale.direct; w++) {
      const n = names[w] as { name: string; place: string | null };
      this.direct.push(
        add(
          {
            name: n.name,
            shortCode: 'ĐU',
            kind: 'direct_committee',
            parentId: root.id,
            ward: w,
            place: n.place,
          },
          this.root,
        ),
      );
    }
    const GR = [
      'Chi bộ Khu dân cư số',
      'Đảng bộ Trường Trung học cơ sở số',
      'Chi bộ Trạm Y tế số',
      'Đảng bộ Công ty số',
      'Đảng bộ cơ quan số',
    ];
    for (let g = 0; g < scale.grassroots; g++) {
      // Each committee gets at least one grassroots organisation, the rest at random.
      const parent = this.direct[g < scale.direct ? g : rng.int(0, scale.direct - 1)] as Org;
      const pattern = GR[g % GR.length] as string;
      this.grassroots.push(
        add(
          {
            name: `${pattern} ${g + 1}`,
            shortCode: pattern.startsWith('Chi bộ') ? 'CB' : 'ĐU',
            kind: 'grassroots',
            parentId: parent.id,
            ward: parent.ward,
            place: parent.place,
          },
          parent,
        ),
      );
    }
    for (let c = 0; c < scale.cells; c++) {
      const parent = this.grassroots[c < scale.grassroots ? c : rng.int(0, scale.grassroots - 1)] as Org;
      this.cells.push(
        add(
          {
            name: `Chi bộ Tổ dân phố số ${c + 1}`,
            shortCode: 'CB',
            kind: 'cell',
            parentId: parent.id,
            ward: parent.ward,
            place: parent.place,
          },
          parent,
        ),
      );
    }
    // Accounts: the city's admin, clerk (văn thư) and leader, then a leader, a clerk and a specialist
    // in each committee. One password for all; its argon2 hash is computed once by the loader.
    const arng = new Rng(seed).fork('accounts');
    let uid = firstUserId;
    const account = (username: string, org: Org, role: Account['role'], clearance: number) =>
      this.accounts.push({
        id: uid++,
        username,
        fullName: personName(arng).fullName,
        orgId: org.id,
        role,
        clearance,
      });
    account('bench.admin', this.root, 'admin', 3);
    account('vanthu.tu', this.root, 'clerk', 1);
    account('lanhdao.tu', this.root, 'leader', 3);
    this.direct.forEach((d, i) => {
      account(`lanhdao.dv${i + 1}`, d, 'leader', 2);
      account(`vanthu.dv${i + 1}`, d, 'clerk', 1);
      account(`chuyenvien.dv${i + 1}`, d, 'specialist', 0);
    });
  }

  /** The ward whose leader the benchmark searches as (the first: phường Ô Chợ Dừa). */
  get ward(): Org {
    return this.direct[0] as Org;
  }

  orgById(id: number): Org | undefined {
    return this.orgs[id - (this.orgs[0]?.id ?? 0)] ?? (id === this.root.id ? this.root : undefined);
  }

  parentOf(o: Org): Org {
    return (o.parentId === null ? this.root : this.orgById(o.parentId)) ?? this.root;
  }

  *orgRows(): Generator<Row> {
    for (const o of this.orgs)
      yield [o.id, o.name, o.shortCode, o.kind, o.parentId, o.path, true, '2015-10-01'];
  }

  *orgVersionRows(): Generator<Row> {
    for (const o of this.orgs) yield [o.id, '2015-10-01', o.name, o.shortCode, o.kind, o.parentId];
  }

  *termRows(): Generator<Row> {
    // Boards number within their committee's term (termId below): they have no terms of their own.
    for (const o of [this.root, ...this.orgs]) {
      if (o.kind === 'board') continue;
      for (const [i, t] of TERMS.entries()) yield [o.termBase + i, o.id, t.name, t.startsOn, t.endsOn];
    }
  }

  *userRows(passwordHash: string): Generator<Row> {
    for (const a of this.accounts)
      yield [a.id, a.username, passwordHash, a.fullName, a.orgId, a.role, a.clearance];
  }

  /** Term id of an issuing unit for a date: boards number within their committee's term. */
  termId(o: Org, date: string): number {
    return (o.kind === 'board' ? this.root.termBase : o.termBase) + termIndex(date);
  }
}

function wardNames(n: number): { name: string; place: string | null }[] {
  const out: { name: string; place: string | null }[] = [];
  const seen = new Set<string>();
  const push = (name: string, place: string | null) => {
    if (seen.has(fold(name))) return;
    seen.add(fold(name));
    out.push({ name, place });
  };
  // Ô Chợ Dừa first: the ward the benchmark searches as, at every scale.
  const wards = ['Ô Chợ Dừa', ...W.WARDS.filter((w) => w !== 'Ô Chợ Dừa')];
  const blocksAt = new Set([5, 17, 33, 51, 77, 101]);
  let b = 0;
  for (let i = 0; out.length < n && i < 10_000; i++) {
    if (blocksAt.has(out.length) && b < W.BLOCKS.length) {
      push(W.BLOCKS[b++] as string, null);
      continue;
    }
    const real = wards[i];
    const S = W.PLACE_SYLLABLES;
    const place = real ?? `${S[(i * 7) % S.length]} ${S[(i * 13 + 5) % S.length]}`;
    const level = i % 3 === 2 ? 'xã' : 'phường';
    push(`Đảng ủy ${level} ${place}`, `${level} ${place}`);
  }
  return out;
}

export function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
