// The members area's API: its query keys, queries and changes on the typed client (`http`), the
// downloads (Excel, Word) with the server's Vietnamese error, and the import upload with two progress
// bars — the upload itself (XHR) and the server's reading and saving, which it streams as NDJSON lines
// until the result. The answers' shapes are the server presenters' schemas.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type { awardBody } from '../../../../domain/members/schemas.ts';
import { ApiError, getCsrfToken, withQuery } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type MemberItem = Schema<'MemberListItem'>;
export type MemberRecord = Schema<'MemberRecord'>;
export type MemberDetail = Schema<'MemberDetail'>;
export type MemberHistoryEntry = Schema<'MemberHistoryEntry'>;
export type MemberTransfer = Schema<'MemberTransfer'>;
export type MemberRating = Schema<'MemberRating'>;
export type RatingAttendance = Schema<'RatingAttendance'>;
export type MemberAdmission = Schema<'MemberAdmission'>;
export type BadgeDueItem = Schema<'BadgeDueItem'>;
export type FeeRow = Schema<'FeeRow'>;
export type RatingSheetRow = Schema<'RatingSheet'>['items'][number];
export type ImportProgress = Schema<'MemberImportProgress'>;
export type ImportResult = Schema<'MemberImportResult'>;

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
type Body<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The list's filters (also those of the Excel export). */
export type MemberFilters = Omit<Query<'/api/members'>, 'limit' | 'cursor'>;
export type TransferFilters = Query<'/api/members/transfers'>;

export const memberKeys = {
  all: ['members'] as const,
  list: (filters: MemberFilters) => [...memberKeys.all, 'list', filters] as const,
  own: () => [...memberKeys.all, 'own'] as const,
  pick: (q: string) => [...memberKeys.all, 'pick', q] as const,
  detail: (id: number) => [...memberKeys.all, 'detail', id] as const,
  history: (id: number) => [...memberKeys.detail(id), 'history'] as const,
  moves: (id: number) => [...memberKeys.detail(id), 'transfers'] as const,
  ratings: (id: number) => [...memberKeys.detail(id), 'ratings'] as const,
  admissionBoards: () => [...memberKeys.all, 'admissions'] as const,
  admissions: (orgId: number | undefined) => [...memberKeys.admissionBoards(), orgId ?? null] as const,
  transfers: (filters: TransferFilters) => [...memberKeys.all, 'transfers', filters] as const,
  badges: (on: string, orgId: number) => [...memberKeys.all, 'badges', on, orgId] as const,
  baseSalaries: () => [...memberKeys.all, 'base-salaries'] as const,
  fees: (orgId: number, month: string) => [...memberKeys.all, 'fees', orgId, month] as const,
  arrears: (orgId: number) => [...memberKeys.all, 'arrears', orgId] as const,
  ratingSheet: (orgId: number, year: number) => [...memberKeys.all, 'ratings', orgId, year] as const,
};

const path = (id: number) => ({ params: { path: { id } } });

/** After any change of a record, transfer, badge, fee or rating: everything of the area is asked again. */
function useChange<V, R>(mutationFn: (v: V) => Promise<R>, queryKey: readonly unknown[] = memberKeys.all) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void qc.invalidateQueries({ queryKey }) });
}

// ---- The list and the records ----

/** The list, the server's order, page by page (50 a page). */
export function useMemberList(filters: MemberFilters) {
  return useInfiniteQuery({
    queryKey: memberKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(http.GET('/api/members', { params: { query: { ...filters, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}

/** A member account's own record (the only one its scope holds), if one is linked. */
export function useOwnMember() {
  return useQuery({
    queryKey: memberKeys.own(),
    queryFn: () => unwrap(http.GET('/api/members', { params: { query: { status: 'all', limit: 1 } } })),
  });
}

/** Full members whose name matches (from 2 characters), for choosing introducers. */
export function useFullMemberSearch(q: string) {
  return useQuery({
    queryKey: memberKeys.pick(q),
    queryFn: () =>
      unwrap(http.GET('/api/members', { params: { query: { q, status: 'chinh_thuc', limit: 20 } } })),
    enabled: q.length >= 2,
  });
}

export function useMember(id: number) {
  return useQuery({
    queryKey: memberKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/members/{id}', path(id))),
    staleTime: 0,
  });
}

export function useMemberHistory(id: number) {
  return useQuery({
    queryKey: memberKeys.history(id),
    queryFn: () => unwrap(http.GET('/api/members/{id}/history', path(id))),
  });
}

export function useCreateMember() {
  return useChange((body: Body<'/api/members', 'post'>) => unwrap(http.POST('/api/members', { body })));
}

export function useUpdateMember(id: number) {
  return useChange((body: Body<'/api/members/{id}', 'patch'>) =>
    unwrap(http.PATCH('/api/members/{id}', { ...path(id), body })),
  );
}

export function useRecognizeMember(id: number) {
  return useChange((body: Body<'/api/members/{id}/recognize', 'post'>) =>
    unwrap(http.POST('/api/members/{id}/recognize', { ...path(id), body })),
  );
}

export function useSetMemberStatus(id: number) {
  return useChange((body: Body<'/api/members/{id}/status', 'post'>) =>
    unwrap(http.POST('/api/members/{id}/status', { ...path(id), body })),
  );
}

export function downloadMemberExport(filters: MemberFilters) {
  return downloadFile(withQuery('/api/members/export', filters), 'danh-sach-dang-vien.xlsx');
}

// ---- Transfers and residence ----

export function useMemberMoves(id: number) {
  return useQuery({
    queryKey: memberKeys.moves(id),
    queryFn: () => unwrap(http.GET('/api/members/{id}/transfers', path(id))),
  });
}

export function useTransfers(filters: TransferFilters) {
  return useQuery({
    queryKey: memberKeys.transfers(filters),
    queryFn: () => unwrap(http.GET('/api/members/transfers', { params: { query: filters } })),
  });
}

export function useTransferOut(memberId: number) {
  return useChange((body: Body<'/api/members/{id}/transfers', 'post'>) =>
    unwrap(http.POST('/api/members/{id}/transfers', { ...path(memberId), body })),
  );
}

export function useReceiveTransfer(id: number) {
  return useChange((body: Body<'/api/members/transfers/{id}/receive', 'post'>) =>
    unwrap(http.POST('/api/members/transfers/{id}/receive', { ...path(id), body })),
  );
}

/** Cancels a transfer not yet received, or ends a temporary stay. */
export function useCloseTransfer() {
  return useChange(({ id, action }: { id: number; action: 'cancel' | 'end' }) =>
    unwrap(
      action === 'cancel'
        ? http.POST('/api/members/transfers/{id}/cancel', path(id))
        : http.POST('/api/members/transfers/{id}/end', path(id)),
    ),
  );
}

/** A member arriving from outside the system: the record and the transfer in one. */
export function useTransferIn() {
  return useChange((body: Body<'/api/members/transfer-in', 'post'>) =>
    unwrap(http.POST('/api/members/transfer-in', { body })),
  );
}

export function useAddResidence(memberId: number) {
  return useChange(
    (body: Body<'/api/members/{id}/residences', 'post'>) =>
      unwrap(http.POST('/api/members/{id}/residences', { ...path(memberId), body })),
    memberKeys.detail(memberId),
  );
}

export function useAddResidenceComment(memberId: number) {
  return useChange(
    (body: Body<'/api/members/{id}/residence-comments', 'post'>) =>
      unwrap(http.POST('/api/members/{id}/residence-comments', { ...path(memberId), body })),
    memberKeys.detail(memberId),
  );
}

// ---- Admission ----

export function useAdmissions(orgId: number | undefined) {
  return useQuery({
    queryKey: memberKeys.admissions(orgId),
    queryFn: () => unwrap(http.GET('/api/members/admissions', { params: { query: { orgId } } })),
  });
}

export function useCreateAdmission() {
  return useChange(
    (body: Body<'/api/members/admissions', 'post'>) => unwrap(http.POST('/api/members/admissions', { body })),
    memberKeys.admissionBoards(),
  );
}

/** Records the next stage; the decision creates the probationary member, hence everything again. */
export function useAdvanceAdmission(id: number) {
  return useChange((body: Body<'/api/members/admissions/{id}/stages', 'post'>) =>
    unwrap(http.POST('/api/members/admissions/{id}/stages', { ...path(id), body })),
  );
}

export function downloadAdmissionForm(id: number, form: string) {
  return downloadFile(`/api/members/admissions/${id}/forms/${encodeURIComponent(form)}`, `${form}.docx`);
}

// ---- Badges and the base salary ----

/** One page (50 names) of the due list; `cursor` from the previous page, '' for the first. */
export function useBadgesDue(on: string, orgId: number, cursor: string) {
  return useQuery({
    queryKey: [...memberKeys.badges(on, orgId), 'page', cursor],
    queryFn: () =>
      unwrap(
        http.GET('/api/members/badges', {
          params: { query: { on, orgId, limit: BADGE_PAGE, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
export const BADGE_PAGE = 50;

/** How many are due per milestone and the total cash gift, over every page. */
export function useBadgesSummary(on: string, orgId: number) {
  return useQuery({
    queryKey: [...memberKeys.badges(on, orgId), 'summary'],
    queryFn: () => unwrap(http.GET('/api/members/badges/summary', { params: { query: { on, orgId } } })),
  });
}

type BadgeYears = Body<'/api/members/{id}/badges', 'post'>['years'];

/** Records a badge already awarded (the years are one of the milestones; the server checks which). */
export function useAwardBadge() {
  return useChange(({ memberId, body }: { memberId: number; body: z.output<typeof awardBody> }) =>
    unwrap(
      http.POST('/api/members/{id}/badges', {
        ...path(memberId),
        body: { ...body, years: body.years as BadgeYears },
      }),
    ),
  );
}

export function downloadBadgeProposal(on: string, orgId: number, ext: 'xlsx' | 'docx') {
  return downloadFile(
    withQuery(`/api/members/badges/proposal.${ext}`, { on, orgId }),
    `de-nghi-huy-hieu.${ext}`,
  );
}

export function useBaseSalaries() {
  return useQuery({
    queryKey: memberKeys.baseSalaries(),
    queryFn: () => unwrap(http.GET('/api/members/base-salaries')),
  });
}

export function useAddBaseSalary() {
  return useChange((body: Body<'/api/members/base-salaries', 'post'>) =>
    unwrap(http.POST('/api/members/base-salaries', { body })),
  );
}

// ---- Fees ----

export function useFeeSheet(orgId: number, month: string) {
  return useQuery({
    queryKey: memberKeys.fees(orgId, month),
    queryFn: () => unwrap(http.GET('/api/members/fees', { params: { query: { orgId, month } } })),
  });
}

export function useFeeArrears(orgId: number) {
  return useQuery({
    queryKey: memberKeys.arrears(orgId),
    queryFn: () => unwrap(http.GET('/api/members/fees/arrears', { params: { query: { orgId } } })),
  });
}

export function useRecordFees() {
  return useChange((body: Body<'/api/members/fees/payments', 'post'>) =>
    unwrap(http.POST('/api/members/fees/payments', { body })),
  );
}

export function downloadFeeBook(orgId: number, year: number) {
  return downloadFile(withQuery('/api/members/fees/book.xlsx', { orgId, year }), `so-dang-phi-${year}.xlsx`);
}

// ---- Ratings ----

export function useRatingSheet(orgId: number, year: number) {
  return useQuery({
    queryKey: memberKeys.ratingSheet(orgId, year),
    queryFn: () => unwrap(http.GET('/api/members/ratings', { params: { query: { orgId, year } } })),
  });
}

export function useMemberRatings(id: number) {
  return useQuery({
    queryKey: memberKeys.ratings(id),
    queryFn: () => unwrap(http.GET('/api/members/{id}/ratings', path(id))),
  });
}

/** The scores of a year, then the chi bộ's or the committee's decision when one is given. */
export function useRateMember() {
  return useChange(
    async ({
      memberId,
      scores,
      decision,
    }: {
      memberId: number;
      scores: Body<'/api/members/{id}/ratings', 'put'>;
      decision?: Body<'/api/members/{id}/ratings/decision', 'post'> | undefined;
    }) => {
      const rating = await unwrap(http.PUT('/api/members/{id}/ratings', { ...path(memberId), body: scores }));
      if (!decision) return rating;
      return unwrap(http.POST('/api/members/{id}/ratings/decision', { ...path(memberId), body: decision }));
    },
  );
}

export function useSaveSelfReview(memberId: number) {
  return useChange(
    (body: Body<'/api/members/{id}/self-review', 'put'>) =>
      unwrap(http.PUT('/api/members/{id}/self-review', { ...path(memberId), body })),
    memberKeys.detail(memberId),
  );
}

// ---- Import from Excel ----

export function downloadImportTemplate() {
  return downloadFile('/api/members/import-template', 'mau-nhap-dang-vien.xlsx');
}

/** `importMembers`, after which the area's lists are asked again. */
export function useImportMembers() {
  const qc = useQueryClient();
  return async (...args: Parameters<typeof importMembers>) => {
    const result = await importMembers(...args);
    void qc.invalidateQueries({ queryKey: memberKeys.all });
    return result;
  };
}

/**
 * Uploads the workbook and follows the import: `onUpload` gets the share sent (0–1), `onProgress`
 * the server's progress lines; resolves with the result once the server has committed.
 */
function importMembers(
  file: File,
  orgId: number,
  onUpload: (fraction: number) => void,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/members/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    let seen = 0;
    let result: ImportResult | null = null;
    let failure: ApiError | null = null;
    const consume = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of text.slice(seen, end).split('\n')) {
        if (!line.trim()) continue;
        try {
          const msg = JSON.parse(line) as Schema<'MemberImportLine'>;
          if (msg.progress) onProgress(msg.progress);
          if (msg.result) result = msg.result;
          if (msg.error) failure = new ApiError(msg.status ?? 500, msg.error.code, msg.error.message);
        } catch {
          // A partial line: read again with the next chunk.
        }
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onUpload(e.loaded / e.total);
    };
    xhr.upload.onload = () => onUpload(1);
    xhr.onprogress = consume;
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        let err: { code?: string; message?: string } | undefined;
        try {
          err = (JSON.parse(xhr.responseText) as { error?: { code?: string; message?: string } }).error;
        } catch {
          err = undefined;
        }
        const fallback =
          xhr.status === 413 ? 'Tệp quá lớn so với giới hạn của máy chủ.' : `Lỗi máy chủ (${xhr.status}).`;
        reject(new ApiError(xhr.status, err?.code ?? 'http_error', err?.message ?? fallback));
        return;
      }
      consume();
      if (failure) reject(failure);
      else if (result) resolve(result);
      else
        reject(new Error('Máy chủ không trả lời đủ kết quả nhập. Hãy xem lại danh sách trước khi nhập lại.'));
    };
    xhr.onerror = () => reject(new Error('Mất kết nối tới máy chủ khi nhập danh sách.'));
    const body = new FormData();
    body.append('orgId', String(orgId));
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

export const money = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : `${n.toLocaleString('vi-VN')} đ`;
