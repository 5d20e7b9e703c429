// The documents area's calls: registers and search (cursor pages), the inbox, one document with what
// the user may do with it (`can`, decided by the server), the workflow actions, uploads with progress
// (XHR) and downloads with the server's Vietnamese error when they fail.
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { roleCan } from '../../../../domain/roles.ts';
import { ApiError } from '../../api/client.ts';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';
import { useMe } from '../auth/session.tsx';
import { isoOf } from '../forms.ts';
import { useUsers } from '../users/api.ts';

export type Document = Schema<'Document'>;
export type DocumentDetail = Schema<'DocumentDetail'>;
export type DocumentCan = Schema<'DocumentCan'>;
export type DocumentFile = Schema<'DocumentFile'>;
export type DocumentEvent = Schema<'DocumentEvent'>;
export type DocumentHandling = Schema<'DocumentHandling'>;
export type DocumentListItem = Schema<'DocumentListItem'>;
export type DocumentInbox = Schema<'DocumentInbox'>;
export type DocumentInboxItem = Schema<'DocumentInboxItem'>;
export type DocumentIssued = Schema<'DocumentIssued'>;
export type DocumentDirected = Schema<'DocumentDirected'>;
export type DocumentDuplicate = Schema<'DocumentDuplicates'>['items'][number];
export type DocumentType = Schema<'DocumentTypeList'>['items'][number];
export type FileKind = DocumentFile['kind'];

/** The filters of a register or of the search (GET /api/documents). */
export interface RegisterFilters {
  q?: string | undefined;
  direction?: 'in' | 'out' | undefined;
  typeCode?: string | undefined;
  status?: string | undefined;
  orgId?: number | undefined;
  secrecy?: number | undefined;
  /** Drafts submitted to this signer (the home's «Văn bản trình tôi ký» links here). */
  signerId?: number | undefined;
  from?: Dayjs | null | undefined;
  to?: Dayjs | null | undefined;
}

type RegisterQuery = NonNullable<paths['/api/documents']['get']['parameters']['query']>;
export type InboxScope = 'unit' | 'me';
export type InboxStatus = 'open' | 'new' | 'in_progress' | 'done';

export const documentKeys = {
  all: ['documents'] as const,
  lists: () => [...documentKeys.all, 'list'] as const,
  list: (q: RegisterQuery) => [...documentKeys.lists(), q] as const,
  inbox: (scope: InboxScope, status: InboxStatus, page: number) =>
    [...documentKeys.all, 'inbox', scope, status, page] as const,
  detail: (id: number) => [...documentKeys.all, 'detail', id] as const,
  signers: (id: number) => [...documentKeys.all, 'signers', id] as const,
  /** Not under `all`: the types do not change when a document does. */
  types: ['document-types'] as const,
  /**
   * A file's bytes for the viewer. Not under `all`: invalidating a document must not fetch (and
   * reload) its files again.
   */
  file: (documentId: number, fileId: number) => ['document-file', documentId, fileId] as const,
};

/** After any change to a document: its page, the registers, the inbox. */
function changed(qc: QueryClient) {
  return qc.invalidateQueries({ queryKey: documentKeys.all });
}

const byId = (id: number) => ({ params: { path: { id } } });

// ---- Types of document ----

export function useDocTypes() {
  return useQuery({
    queryKey: documentKeys.types,
    queryFn: () => unwrap(http.GET('/api/document-types')),
    staleTime: 10 * 60_000,
  });
}

export function typeOptions(types: readonly DocumentType[] | undefined) {
  return (types ?? []).map((t) => ({ value: t.code, label: `${t.name} (${t.code})` }));
}

/** Type name by code, for tables. */
export function useTypeName(): (code: string) => string {
  const types = useDocTypes();
  const names = new Map((types.data?.items ?? []).map((t) => [t.code, t.name]));
  return (code) => names.get(code) ?? code;
}

// ---- Registers, search, inbox ----

export const PAGE_SIZE = 30;

/** A register (or the search) loaded page by page with its cursor. */
export function useRegister(f: RegisterFilters) {
  const query: RegisterQuery = {
    q: f.q || undefined,
    direction: f.direction,
    typeCode: f.typeCode,
    status: f.status,
    orgId: f.orgId,
    secrecy: f.secrecy,
    signerId: f.signerId,
    from: isoOf(f.from),
    to: isoOf(f.to),
  };
  const pages = useInfiniteQuery({
    queryKey: documentKeys.list(query),
    queryFn: async ({ pageParam }) =>
      // openapi-fetch's answer type turns tuples into arrays (Readable<>): `highlights` is the
      // schema's [start, end][] again.
      (await unwrap(
        http.GET('/api/documents', {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam ?? undefined } },
        }),
      )) as Schema<'DocumentList'>,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (prev) => prev,
  });
  const first = pages.data?.pages[0];
  return {
    ...pages,
    items: pages.data?.pages.flatMap((p) => p.items) ?? [],
    /** A word search's count: exact, or a floor («hơn 1.000») when the search stopped counting. */
    total: first && first.total !== null ? { n: first.total, exact: first.totalExact } : null,
  };
}

/** «12 kết quả», or «hơn 1.000 kết quả» when the search stopped counting at 1,000. */
export function totalText(t: { n: number; exact: boolean }): string {
  const n = t.n.toLocaleString('vi-VN');
  return t.exact ? `${n} kết quả` : `Hơn ${n} kết quả — thu hẹp bằng bộ lọc để xem kết quả cũ hơn`;
}

export const INBOX_PAGE_SIZE = 50;

/** What waits on the user's unit (or the user), overdue and urgent first; `page` from 1. */
export function useInbox(scope: InboxScope, status: InboxStatus, page: number) {
  return useQuery({
    queryKey: documentKeys.inbox(scope, status, page),
    queryFn: () =>
      unwrap(
        http.GET('/api/documents/inbox', {
          params: {
            query: { scope, status, limit: INBOX_PAGE_SIZE, offset: (page - 1) * INBOX_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: (prev) => prev,
  });
}

// ---- One document ----

const WORKING = new Set<DocumentFile['extraction']>(['pending', 'ocr_pending']);

/** One document; polled every 3 s while a file is still being read (text extraction, OCR). */
export function useDocument(id: number) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/documents/{id}', byId(id))),
    // Others act on the same document (sign, direct, handle): opening it always asks again.
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.files.some((f) => WORKING.has(f.extraction)) ? 3000 : false),
  });
}

/** Accounts in the user's scope (the server's order), optionally of one role; needs user.read. */
export function usePeople(role?: 'leader') {
  const me = useMe();
  const allowed = roleCan(me.user.role, 'user.read');
  const query = useUsers({ role }, { enabled: allowed });
  return { ...query, allowed };
}

/** The leaders who may sign this document (the server asks the access rule of each of them). */
export function useSigners(id: number, { enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: documentKeys.signers(id),
    queryFn: () => unwrap(http.GET('/api/documents/{id}/signers', byId(id))),
    enabled,
  });
}

/** Registered documents of the same issuer, symbol and date: the check before registering one. */
export function findDuplicates(
  query: paths['/api/documents/duplicates']['get']['parameters']['query'],
): Promise<DocumentDuplicate[]> {
  return unwrap(http.GET('/api/documents/duplicates', { params: { query } })).then((r) => r.items);
}

type CreateBody = paths['/api/documents']['post']['requestBody']['content']['application/json'];
type UpdateBody = paths['/api/documents/{id}']['patch']['requestBody']['content']['application/json'];

/** A new incoming document or outgoing draft; a possible duplicate answers 409 duplicate_document. */
export function createDocument(body: CreateBody): Promise<Document> {
  return unwrap(http.POST('/api/documents', { body }));
}

export function useCreateDocument() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createDocument, onSuccess: () => changed(qc) });
}

export function isDuplicateError(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'duplicate_document';
}

export function useUpdateDocument(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBody) => unwrap(http.PATCH('/api/documents/{id}', { ...byId(id), body })),
    onSuccess: () => changed(qc),
  });
}

// ---- Outgoing workflow ----

export function useSubmitDocument(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { signerId: number; note?: string | undefined }) =>
      unwrap(http.POST('/api/documents/{id}/submit', { ...byId(id), body })),
    onSuccess: () => changed(qc),
  });
}

/** The signer's approval or return (with a note), or the cancellation (with a reason). */
export type DocumentDecision = 'approve' | 'return' | 'cancel';

function decide(id: number, action: DocumentDecision, text: string | undefined): Promise<Document> {
  if (action === 'cancel') {
    return unwrap(http.POST('/api/documents/{id}/cancel', { ...byId(id), body: { reason: text ?? '' } }));
  }
  if (action === 'return') {
    return unwrap(http.POST('/api/documents/{id}/return', { ...byId(id), body: { note: text ?? '' } }));
  }
  return unwrap(http.POST('/api/documents/{id}/approve', { ...byId(id), body: { note: text } }));
}

export function useDecideDocument(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, text }: { action: DocumentDecision; text: string | undefined }) =>
      decide(id, action, text),
    onSuccess: () => changed(qc),
  });
}

export function useIssueDocument(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.POST('/api/documents/{id}/issue', { ...byId(id), body: {} })),
    onSuccess: () => changed(qc),
  });
}

export function useSetRecipients(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { orgIds: number[]; external: string[] }) =>
      unwrap(http.POST('/api/documents/{id}/recipients', { ...byId(id), body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: documentKeys.detail(id) }),
  });
}

// ---- Incoming: directions and handling ----

type DirectionBody =
  paths['/api/documents/{id}/directions']['post']['requestBody']['content']['application/json'];

export function useAddDirection(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DirectionBody) =>
      unwrap(http.POST('/api/documents/{id}/directions', { ...byId(id), body })),
    onSuccess: () => changed(qc),
  });
}

export function useSetHandling(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (status: 'in_progress' | 'done') =>
      unwrap(http.POST('/api/documents/{id}/handling', { ...byId(id), body: { status } })),
    onSuccess: () => changed(qc),
  });
}

// ---- Files ----

export const ACCEPT_FILES = '.pdf,.docx,.jpg,.jpeg,.png,.tif,.tiff';

/**
 * POST multipart `file` with upload progress. `signed_original`: the issued document as signed
 * (only on an issued outgoing document, by those who may issue).
 */
export function uploadFile(
  documentId: number,
  file: File,
  onProgress: (percent: number) => void,
  kind: FileKind = 'attachment',
): Promise<DocumentFile> {
  const body = new FormData();
  // Before the file, so that the server knows the kind when the file arrives.
  if (kind !== 'attachment') body.append('kind', kind);
  body.append('file', file, file.name);
  return uploadForm<DocumentFile>(`/api/documents/${documentId}/files`, body, onProgress);
}

/** After an upload: the document's page and the registers (their search text changed). */
export function useFileAdded(documentId: number) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    void qc.invalidateQueries({ queryKey: documentKeys.lists() });
  };
}

export function fileUrl(documentId: number, fileId: number): string {
  return `/api/documents/${documentId}/files/${fileId}`;
}

/** A file's bytes, for showing it inside the page (as a blob: URL). */
export function useFileBlob(documentId: number, fileId: number) {
  return useQuery({
    queryKey: documentKeys.file(documentId, fileId),
    queryFn: (): Promise<Blob> =>
      unwrap(
        http.GET('/api/documents/{id}/files/{fileId}', {
          params: { path: { id: documentId, fileId }, query: { inline: '1' } },
          parseAs: 'blob',
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
  });
}

export function downloadDocx(documentId: number): Promise<void> {
  return downloadFile(`/api/documents/${documentId}/docx`, `van-ban-${documentId}.docx`);
}

/** The incoming or outgoing register of a date range, as Excel. */
export function downloadRegister(direction: 'in' | 'out', from: string, to: string): Promise<void> {
  const q = new URLSearchParams({ direction, from, to });
  return downloadFile(
    `/api/documents/register.xlsx?${q.toString()}`,
    `so-van-ban-${direction === 'in' ? 'den' : 'di'}.xlsx`,
  );
}
