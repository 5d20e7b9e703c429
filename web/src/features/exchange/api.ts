// The exchange between systems (server/modules/exchange, docs/exchange.md): set-up (this system's
// key, the peers, the units' agency codes, the journal), the import of an edXML file, and a
// document's exchange panel (send, status messages).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type ExchangePeer = Schema<'ExchangePeer'>;
export type ExchangeMessage = Schema<'ExchangeMessage'>;
export type DocumentExchange = Schema<'DocumentExchange'>;
export type ExchangeUnitCode = Schema<'ExchangeUnitCode'>;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type PeerBody = JsonBody<paths['/api/exchange/peers']['post']>;
export type SendBody = JsonBody<paths['/api/documents/{id}/exchange']['post']>;
export type StatusBody = JsonBody<paths['/api/documents/{id}/exchange/status']['post']>;

export const exchangeKeys = {
  all: ['exchange'] as const,
  identity: () => [...exchangeKeys.all, 'identity'] as const,
  peers: () => [...exchangeKeys.all, 'peers'] as const,
  journal: () => [...exchangeKeys.all, 'journal'] as const,
  document: (id: number) => [...exchangeKeys.all, 'document', id] as const,
};

export function useIdentity(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.identity(),
    queryFn: () => unwrap(http.GET('/api/exchange/identity')),
    enabled,
  });
}

export function usePeers(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.peers(),
    queryFn: () => unwrap(http.GET('/api/exchange/peers')),
    enabled,
  });
}

export function useJournal(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.journal(),
    queryFn: () => unwrap(http.GET('/api/exchange/journal', { params: { query: { limit: 50 } } })),
    enabled,
  });
}

export function useAddPeer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PeerBody) => unwrap(http.POST('/api/exchange/peers', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: exchangeKeys.peers() }),
  });
}

export function useRemovePeer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(http.DELETE('/api/exchange/peers/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: exchangeKeys.peers() }),
  });
}

export function useSetUnitCode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { orgId: number; code: string | null }) =>
      unwrap(
        http.PUT('/api/exchange/units/{id}/code', {
          params: { path: { id: v.orgId } },
          body: { code: v.code },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: exchangeKeys.identity() }),
  });
}

/** POST multipart `file`: the envelope becomes an incoming document; resolves with its id. */
export function importEdxml(file: File, opts: { orgId?: number; confirmDuplicate?: boolean } = {}) {
  const body = new FormData();
  if (opts.orgId) body.append('orgId', String(opts.orgId));
  if (opts.confirmDuplicate) body.append('confirmDuplicate', 'true');
  body.append('file', file, file.name);
  return uploadForm<{ id: number }>('/api/exchange/edxml', body);
}

export function downloadEdxml(documentId: number): Promise<void> {
  return downloadFile(`/api/documents/${documentId}/edxml`, `van-ban-${documentId}.edxml.xml`);
}

export function useDocumentExchange(id: number) {
  return useQuery({
    queryKey: exchangeKeys.document(id),
    queryFn: () => unwrap(http.GET('/api/documents/{id}/exchange', { params: { path: { id } } })),
  });
}

export function useSendDocument(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SendBody) =>
      unwrap(http.POST('/api/documents/{id}/exchange', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: exchangeKeys.document(id) }),
  });
}

export function useReportStatus(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: StatusBody) =>
      unwrap(http.POST('/api/documents/{id}/exchange/status', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: exchangeKeys.document(id) }),
  });
}
