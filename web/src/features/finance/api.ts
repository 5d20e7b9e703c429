// The party finance API (server/modules/finance and the fee sub-features of members): the answers'
// types, the query keys, the queries and mutations of the finance pages; reports are downloaded
// under the name the server gives, statements uploaded as multipart.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type FeeDashboard = Schema<'FeeDashboard'>;
export type Reconciliation = Schema<'Reconciliation'>;
export type FundBook = Schema<'FundBook'>;
export type FundEntry = Schema<'FundEntry'>;
export type PortalLine = Schema<'PortalLine'>;
export type PortalImportResult = Schema<'PortalImportResult'>;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type ReceiptBody = JsonBody<paths['/api/finance/receipts']['post']>;
export type FundEntryBody = JsonBody<paths['/api/finance/fund/entries']['post']>;
export type CorrectionBody = JsonBody<paths['/api/finance/fund/entries/{id}/corrections']['post']>;

export interface Range {
  orgId: number;
  from: string;
  to: string;
}

export const financeKeys = {
  all: ['finance'] as const,
  dashboard: (r: Range) => [...financeKeys.all, 'dashboard', r] as const,
  reconciliation: (r: Range) => [...financeKeys.all, 'reconciliation', r] as const,
  book: (orgId: number) => [...financeKeys.all, 'book', orgId] as const,
  lines: (orgId: number) => [...financeKeys.all, 'portal', orgId] as const,
};

export function useDashboard(r: Range) {
  return useQuery({
    queryKey: financeKeys.dashboard(r),
    queryFn: () => unwrap(http.GET('/api/finance/fees/dashboard', { params: { query: r } })),
  });
}

export function useReconciliation(r: Range) {
  return useQuery({
    queryKey: financeKeys.reconciliation(r),
    queryFn: () => unwrap(http.GET('/api/finance/reconciliation', { params: { query: r } })),
  });
}

export function useFundBook(orgId: number) {
  return useQuery({
    queryKey: financeKeys.book(orgId),
    queryFn: () => unwrap(http.GET('/api/finance/fund/book', { params: { query: { orgId } } })),
  });
}

export function useUnmatched(orgId: number) {
  return useQuery({
    queryKey: financeKeys.lines(orgId),
    queryFn: () =>
      unwrap(
        http.GET('/api/members/fees/portal/lines', { params: { query: { orgId, status: 'unmatched' } } }),
      ),
  });
}

/** Members of a unit for the picker that resolves a statement line (by name or card number). */
export function useMemberSearch(orgId: number, q: string) {
  return useQuery({
    queryKey: ['finance', 'members', orgId, q],
    queryFn: () =>
      unwrap(http.GET('/api/members', { params: { query: { orgId, q: q || undefined, limit: 50 } } })),
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: financeKeys.all });
}

export function useRecordReceipt() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: ReceiptBody) => unwrap(http.POST('/api/finance/receipts', { body })),
    onSuccess: done,
  });
}

export function useAddEntry() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: FundEntryBody) => unwrap(http.POST('/api/finance/fund/entries', { body })),
    onSuccess: done,
  });
}

export function useCorrectEntry() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CorrectionBody }) =>
      unwrap(http.POST('/api/finance/fund/entries/{id}/corrections', { params: { path: { id } }, body })),
    onSuccess: done,
  });
}

export function useImportStatement() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ orgId, file }: { orgId: number; file: File }) => {
      const form = new FormData();
      form.set('orgId', String(orgId));
      form.set('file', file);
      return uploadForm<PortalImportResult>('/api/members/fees/portal/import', form);
    },
    onSuccess: done,
  });
}

export function useResolveLine() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, memberId }: { id: number; memberId: number }) =>
      unwrap(
        http.POST('/api/members/fees/portal/lines/{id}/resolve', {
          params: { path: { id } },
          body: { memberId },
        }),
      ),
    onSuccess: done,
  });
}

export function useDismissLine() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, note }: { id: number; note: string }) =>
      unwrap(
        http.POST('/api/members/fees/portal/lines/{id}/dismiss', {
          params: { path: { id } },
          body: { note },
        }),
      ),
    onSuccess: done,
  });
}

export function downloadReport(r: Range, format: 'xlsx' | 'docx') {
  const q = new URLSearchParams({ orgId: String(r.orgId), from: r.from, to: r.to, format });
  return downloadFile(`/api/finance/fees/report?${q}`, `bao-cao-dang-phi.${format}`);
}

export function downloadQuarter(orgId: number, year: number, quarter: number) {
  const q = new URLSearchParams({ orgId: String(orgId), year: String(year), quarter: String(quarter) });
  return downloadFile(`/api/finance/fund/quarter.docx?${q}`, 'bao-cao-quy.docx');
}

export const money = (n: number | null | undefined) => (n == null ? '' : n.toLocaleString('vi-VN'));
export const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export type FeeRelief = Schema<'FeeRelief'>;
export type ReliefBody = JsonBody<paths['/api/members/fees/reliefs']['post']>;

export function useReliefs(orgId: number) {
  return useQuery({
    queryKey: [...financeKeys.all, 'reliefs', orgId] as const,
    queryFn: () => unwrap(http.GET('/api/members/fees/reliefs', { params: { query: { orgId } } })),
  });
}

export function useRecordRelief() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: ReliefBody) => unwrap(http.POST('/api/members/fees/reliefs', { body })),
    onSuccess: done,
  });
}
