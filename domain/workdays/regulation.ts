// A working regulation (quy chế làm việc) as data: per document type, who signs (T/M for the
// collective or K/T for a deputy on the head's behalf, and which roles) and whether the draft goes
// through the office; who must be consulted and in how many working days; the quorum and majority of
// a body's meetings. Each rule cites its article. A regulation is versioned by its effective date
// (server/modules/rules/regulations); an item keeps the version in force when it started. Pure.
import { DOCUMENT_TYPES } from '../documents.ts';
import { ROLES, type Role } from '../roles.ts';
import { text, z } from '../validation.ts';

const docType = z
  .string()
  .refine((c) => DOCUMENT_TYPES.some((t) => t.code === c), {
    message: 'loại văn bản không có trong danh mục',
  })
  .nullable();
const days = z.number().int().min(0).max(60);

export const SIGN_MODES = ['TM', 'KT'] as const;
export type SignMode = (typeof SIGN_MODES)[number];
export const SIGN_MODE_LABELS: Record<SignMode, string> = { TM: 'T/M (thay mặt)', KT: 'K/T (ký thay)' };

export const signingItem = z.strictObject({
  kind: z.literal('signing'),
  article: text(100),
  /** A document type's code; null: every type the regulation does not name. */
  docType,
  mode: z.enum(SIGN_MODES),
  signerRoles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  viaOffice: z.boolean(),
  /** Working days the signer has from the submission. */
  days,
});
export const consultationItem = z.strictObject({
  kind: z.literal('consultation'),
  article: text(100),
  docType,
  /** Who must be consulted (a committee, a department). */
  consultee: text(200),
  /** Working days to answer from the request. */
  days: days.min(1),
});
export const handlingItem = z.strictObject({
  kind: z.literal('handling'),
  article: text(100),
  /** The type of the document directed for handling; null: every type the regulation does not name. */
  docType,
  /** Working days the lead unit has to handle it from the leader's direction. */
  days: days.min(1),
});
const share = z.strictObject({ num: z.number().int().min(1).max(99), den: z.number().int().min(1).max(100) });
export const quorumItem = z.strictObject({
  kind: z.literal('quorum'),
  article: text(100),
  /** The body whose meetings it governs (Ban Thường vụ, Ban Chấp hành, chi bộ). */
  body: text(200),
  /** Members present for a valid meeting, as a share of those called. */
  quorum: share,
  /** Votes for a decision, as a share of the members called (more than the share when strict). */
  majority: share,
  majorityStrict: z.boolean(),
});

export const regulationItem = z.discriminatedUnion('kind', [
  signingItem,
  consultationItem,
  handlingItem,
  quorumItem,
]);
export type RegulationItem = z.infer<typeof regulationItem>;
export type SigningItem = z.infer<typeof signingItem>;
export type ConsultationItem = z.infer<typeof consultationItem>;
export type HandlingItem = z.infer<typeof handlingItem>;
export type QuorumItem = z.infer<typeof quorumItem>;

export const regulationItems = z
  .array(regulationItem)
  .min(1)
  .max(100)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (it.kind === 'quorum') {
        if (it.quorum.num > it.quorum.den || it.majority.num > it.majority.den)
          ctx.addIssue({ code: 'custom', path: [i], message: 'tỷ lệ lớn hơn 1' });
        return;
      }
      const key = `${it.kind}:${it.docType ?? '*'}${it.kind === 'consultation' ? `:${it.consultee}` : ''}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [i], message: 'trùng quy định cho cùng loại văn bản' });
      seen.add(key);
    });
  });

/** The signing rule for a document type: the one naming the type, else the general one. */
export function signingRuleFor(items: readonly RegulationItem[], type: string): SigningItem | null {
  const signing = items.filter((i): i is SigningItem => i.kind === 'signing');
  return signing.find((i) => i.docType === type) ?? signing.find((i) => i.docType === null) ?? null;
}

/** The consultations a document type needs: those naming it, else the general ones. */
export function consultationsFor(items: readonly RegulationItem[], type: string): ConsultationItem[] {
  const all = items.filter((i): i is ConsultationItem => i.kind === 'consultation');
  const named = all.filter((i) => i.docType === type);
  return named.length > 0 ? named : all.filter((i) => i.docType === null);
}

/** The time to handle a directed document of a type: the rule naming the type, else the general one. */
export function handlingRuleFor(items: readonly RegulationItem[], type: string): HandlingItem | null {
  const all = items.filter((i): i is HandlingItem => i.kind === 'handling');
  return all.find((i) => i.docType === type) ?? all.find((i) => i.docType === null) ?? null;
}

/** Why a signer may not sign under the rule (with the article), or null when allowed. */
export function signerRefusal(rule: SigningItem, signerRole: Role, regulationTitle: string): string | null {
  if (rule.signerRoles.includes(signerRole)) return null;
  return `Người ký không đúng quy chế: ${rule.article} ${regulationTitle} quy định văn bản này ký ${SIGN_MODE_LABELS[rule.mode]} do người có vai trò được phép ký.`;
}

/** The signing mode a document's thẩm quyền ký line states (its leading T/M or K/T), if any. */
export function signModeOf(authority: string | null | undefined): SignMode | null {
  const head = (authority ?? '').normalize('NFC').trim().toUpperCase().replace(/\s+/g, '');
  if (head.startsWith('T/M') || head.startsWith('TM.')) return 'TM';
  if (head.startsWith('K/T') || head.startsWith('KT.')) return 'KT';
  return null;
}

/**
 * Whoever submits is the office when the regulation routes drafts through it: the registry clerk
 * (văn thư) or an account of a unit named «Văn phòng …» (the committee's office).
 */
export function isOffice(submitter: { role: Role; orgName: string }): boolean {
  return submitter.role === 'clerk' || /^văn phòng\b/iu.test(submitter.orgName.normalize('NFC').trim());
}

/**
 * Why a submission for signature breaks the signing rule, naming the article, or null when it keeps
 * it: the signer's role, the T/M or K/T the draft states, and whether it came through the office.
 */
export function submissionRefusal(
  rule: SigningItem,
  regulationTitle: string,
  s: { signerRole: Role; signAuthority: string | null; submitter: { role: Role; orgName: string } },
): string | null {
  const role = signerRefusal(rule, s.signerRole, regulationTitle);
  if (role) return role;
  const cited = `${rule.article} ${regulationTitle}`;
  const mode = signModeOf(s.signAuthority);
  if (mode && mode !== rule.mode)
    return `Thẩm quyền ký không đúng quy chế: ${cited} quy định văn bản này ký ${SIGN_MODE_LABELS[rule.mode]}, dự thảo ghi ${SIGN_MODE_LABELS[mode]}.`;
  if (rule.viaOffice && !isOffice(s.submitter))
    return `Trình ký không đúng quy chế: ${cited} quy định văn bản này phải trình qua Văn phòng.`;
  return null;
}

/** Whether a meeting of `called` members with `present` of them is valid under the rule. */
export function quorumMet(rule: QuorumItem, present: number, called: number): boolean {
  return called > 0 && present * rule.quorum.den >= rule.quorum.num * called;
}

/** Whether `yes` votes out of `called` members carry a decision under the rule. */
export function majorityReached(rule: QuorumItem, yes: number, called: number): boolean {
  const lhs = yes * rule.majority.den;
  const rhs = rule.majority.num * called;
  return called > 0 && (rule.majorityStrict ? lhs > rhs : lhs >= rhs);
}
