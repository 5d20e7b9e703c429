// Documents of the generated city: 1,000,000 at city scale over ten years, ids in date order (the
// search ranks the newest matches), incoming ones with their số đến, outgoing ones numbered per
// issuing body, type and term, symbols `<n>-<TYPE>/<BODY>`, secrecy mostly 0. Each ward received
// Chỉ thị 34-CT/TU and Quyết định 13140-QĐ/TU, the directives against buck-passing (docs/domain.md).
import { type City, dayOf, iso, type Org, REF, type Row } from './generate.ts';
import { Rng, Weighted } from './lib/prng.ts';
import { content, summary } from './lib/vocab.ts';

export const DOC_COLUMNS = [
  'id',
  'direction',
  'type_code',
  'owner_org_id',
  'issuer_org_id',
  'issuer_name',
  'symbol',
  'number',
  'term_id',
  'summary',
  'content',
  'secrecy',
  'urgency',
  'issued_on',
  'received_on',
  'incoming_year',
  'incoming_number',
  'pages',
  'deadline',
  'status',
  'place',
  'sign_authority',
  'signer_title',
  'signer_name',
  'created_at',
  'updated_at',
];

const TYPES = new Weighted({
  CV: 28,
  BC: 15,
  TB: 10,
  KH: 10,
  QĐ: 11,
  NQ: 4,
  CT: 2,
  KL: 3,
  HD: 5,
  TTr: 3,
  CTr: 3,
  BB: 4,
  ĐA: 1,
  QC: 1,
});
const DIRECTION = new Weighted({ in: 50, out: 40, internal: 10 });
const SECRECY = new Weighted({ '0': 950, '1': 40, '2': 9, '3': 1 });
const URGENCY = new Weighted({ '0': 85, '1': 10, '2': 4, '3': 1 });

/** Senders of incoming documents: Party bodies (Party symbols) and state bodies (their own format). */
const SENDERS = [
  { name: 'Thành ủy Hà Nội', code: 'TU', w: 30 },
  { name: 'Văn phòng Thành ủy', code: 'VPTU', w: 15 },
  { name: 'Ban Tổ chức Thành ủy', code: 'BTCTU', w: 8 },
  { name: 'Ủy ban Kiểm tra Thành ủy', code: 'UBKTTU', w: 5 },
  { name: 'Ban Chấp hành Trung ương', code: 'TW', w: 4 },
  { name: 'Văn phòng Trung ương Đảng', code: 'VPTW', w: 3 },
  { name: 'Ủy ban nhân dân Thành phố', code: 'UBND', w: 20 },
  { name: 'Hội đồng nhân dân Thành phố', code: 'HĐND', w: 5 },
];
const SENDER = new Weighted(Object.fromEntries(SENDERS.map((s, i) => [String(i), s.w])));
/** Largest number a sender reaches for a type within a term (the Thành ủy's QĐ go past 13,000). */
const MAX_NUMBER: Record<string, number> = {
  QĐ: 16_000,
  CV: 6_000,
  TB: 3_000,
  BC: 900,
  KH: 400,
  HD: 120,
  NQ: 40,
  CT: 60,
};

const START = dayOf(REF) - 3652;
const SPAN = 3652 - 1;

export interface DocsState {
  /** Next number per issuer|term|type, and the next số đến per unit|year. */
  numbers: Map<string, number>;
  incoming: Map<string, number>;
}

/** The owner of document i: 10% the Thành ủy, 5% its boards, 55% committees, 25% grassroots, 5% chi bộ. */
function ownerOf(city: City, rng: Rng): Org {
  const r = rng.next();
  if (r < 0.1) return city.root;
  if (r < 0.15) return rng.pick(city.boards);
  if (r < 0.7) return rng.pick(city.direct);
  if (r < 0.95) return rng.pick(city.grassroots);
  return rng.pick(city.cells);
}

export function* documentRows(
  city: City,
  state: DocsState,
): Generator<{ row: Row; text: string; ward: number; year: number }> {
  const n = city.scale.documents;
  const lex = city.lexicon;
  // Where the copies of the two directives sit in the date order (2025 and 2024).
  const at34 = Math.floor(n * 0.86);
  const at13140 = Math.floor(n * 0.78);
  for (let i = 0; i < n; i++) {
    const id = i + 1;
    const rng = new Rng(city.seed ^ Math.imul(id, 2654435761));
    let owner = ownerOf(city, rng);
    const day = START + Math.floor((i / n) * SPAN);
    const issued = iso(day - rng.int(0, 3));
    const year = Number(issued.slice(0, 4));
    let direction = DIRECTION.draw(rng) as string;
    let type = TYPES.draw(rng) as string;
    let symbol: string | null = null;
    let number: number | null = null;
    let termId: number | null = null;
    let issuerOrgId: number | null = null;
    let issuerName: string | null = null;
    let status: string;
    let receivedOn: string | null = null;
    let incomingYear: number | null = null;
    let incomingNumber: number | null = null;
    let sum: string | null = null;
    // Chỉ thị 34-CT/TU and Quyết định 13140-QĐ/TU as received by the Thành ủy's offices and every ward.
    const w34 = i - at34;
    const w13140 = i - at13140;
    if ((w34 >= 0 && w34 <= city.direct.length) || (w13140 >= 0 && w13140 <= city.direct.length)) {
      const k = w34 >= 0 && w34 <= city.direct.length ? w34 : w13140;
      owner = k === 0 ? city.root : (city.direct[k - 1] as Org);
      direction = 'in';
      type = w34 === k ? 'CT' : 'QĐ';
      symbol = w34 === k ? '34-CT/TU' : '13140-QĐ/TU';
      issuerName = 'Thành ủy Hà Nội';
      sum =
        w34 === k
          ? 'Chỉ thị về tăng cường kỷ luật, kỷ cương, khắc phục tình trạng né tránh, đùn đẩy, sợ trách nhiệm trong thực thi công vụ'
          : 'Quyết định ban hành Quy định về xử lý tình trạng né tránh, đùn đẩy, không giải quyết công việc thuộc thẩm quyền';
    }
    if (direction === 'in') {
      if (!symbol) {
        const s = SENDERS[Number(SENDER.draw(rng))] as (typeof SENDERS)[number];
        const num = rng.int(1, MAX_NUMBER[type] ?? 300);
        symbol =
          s.code === 'UBND' || s.code === 'HĐND'
            ? `${num}/${s.code}-${rng.pick(['KT', 'NC', 'TH', 'VX', 'ĐT'])}`
            : `${num}-${type}/${s.code}`;
        issuerName = s.name;
      }
      receivedOn = iso(dayOf(issued) + rng.int(0, 6));
      // Most incoming documents carry the register's số đến; some were filed without (scans of old paper).
      if (rng.chance(0.9)) {
        incomingYear = Number(receivedOn.slice(0, 4));
        const key = `${owner.id}|${incomingYear}`;
        incomingNumber = (state.incoming.get(key) ?? 0) + 1;
        state.incoming.set(key, incomingNumber);
      }
      status =
        day > START + SPAN - 20 ? rng.pick(['new', 'in_progress']) : rng.chance(0.9) ? 'done' : 'in_progress';
    } else {
      const draft = rng.chance(direction === 'out' ? 0.04 : 0.4);
      status = draft ? 'draft' : rng.chance(0.01) ? 'cancelled' : 'issued';
      issuerOrgId = owner.id;
      issuerName = owner.name;
      if (!draft) {
        termId = city.termId(owner, issued);
        const key = `${owner.kind === 'board' ? owner.id : owner.id}|${termId}|${type}`;
        number = (state.numbers.get(key) ?? 0) + 1;
        state.numbers.set(key, number);
        symbol = `${number}-${type}/${owner.shortCode}`;
      }
    }
    const place = owner.place;
    sum ??= summary(lex, rng, type, year, place);
    const body = direction === 'in' && rng.chance(0.4) ? null : content(lex, rng, place);
    const secrecy = Number(SECRECY.draw(rng));
    const urgency = Number(URGENCY.draw(rng));
    const signed = direction !== 'in' && status !== 'draft';
    const row: Row = [
      id,
      direction,
      type,
      owner.id,
      issuerOrgId,
      issuerName,
      symbol,
      number,
      termId,
      sum,
      body,
      secrecy,
      urgency,
      issued,
      receivedOn,
      incomingYear,
      incomingNumber,
      rng.int(1, 20),
      direction === 'in' && rng.chance(0.2) ? iso(dayOf(receivedOn ?? issued) + rng.int(5, 30)) : null,
      status,
      'Hà Nội',
      signed ? 'T/M BAN THƯỜNG VỤ' : null,
      signed ? 'BÍ THƯ' : null,
      null,
      `${issued} 08:00:00+07`,
      `${issued} 08:00:00+07`,
    ];
    const text = `Số ${symbol ?? '(chưa cấp số)'}\n${issuerName ?? ''}\n${sum}\n\n${body ?? ''}\n`;
    yield { row, text, ward: owner.ward, year };
  }
}

/** Counters for the app to continue numbering after the generated documents (gap-free). */
export function* sequenceRows(
  state: DocsState,
): Generator<{ table: 'doc_sequences' | 'incoming_sequences'; row: Row }> {
  for (const [k, last] of state.numbers) {
    const [issuer, term, type] = k.split('|');
    yield { table: 'doc_sequences', row: [Number(issuer), type as string, Number(term), last] };
  }
  for (const [k, last] of state.incoming) {
    const [org, year] = k.split('|');
    yield { table: 'incoming_sequences', row: [Number(org), Number(year), last] };
  }
}

/** Grants: 4% of documents were also sent to a unit below (a direction, a delivery). */
export function* documentGrantRows(city: City): Generator<Row> {
  const rng = new Rng(city.seed).fork('doc-grants');
  const n = city.scale.documents;
  for (let id = 1; id <= n; id++) {
    if (!rng.chance(0.04)) continue;
    const to = rng.pick(city.grassroots);
    yield ['document', id, to.id, null, 'direction'];
  }
}
