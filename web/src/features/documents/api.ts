// Queries of the documents area, the upload with progress (XHR) and file downloads with the
// server's Vietnamese error when they fail.

import { useQuery } from '@tanstack/react-query';
import { roleCan } from '../../../../domain/roles.ts';
import { get } from '../../api/client.ts';
import { uploadForm } from '../../api/files.ts';
import type { User } from '../../api/types.ts';
import { useMe } from '../auth/session.tsx';
import type { DocDetail, DocFile, DocType } from './types.ts';

export const docKeys = {
  all: ['documents'] as const,
  list: (params: object) => ['documents', 'list', params] as const,
  inbox: (scope: string, status: string) => ['documents', 'inbox', scope, status] as const,
  detail: (id: number) => ['documents', 'detail', id] as const,
  types: ['document-types'] as const,
};

export function useDocTypes() {
  return useQuery({
    queryKey: docKeys.types,
    queryFn: () => get<{ items: DocType[] }>('/api/document-types'),
    staleTime: 10 * 60_000,
  });
}

export function typeOptions(types: DocType[] | undefined) {
  return (types ?? []).map((t) => ({ value: t.code, label: `${t.name} (${t.code})` }));
}

/** Type name by code, for tables. */
export function useTypeName(): (code: string) => string {
  const types = useDocTypes();
  const names = new Map((types.data?.items ?? []).map((t) => [t.code, t.name]));
  return (code) => names.get(code) ?? code;
}

const WORKING = new Set(['pending', 'ocr_pending']);

/** One document; polled every 3 s while a file is still being read (text extraction, OCR). */
export function useDocument(id: number) {
  return useQuery({
    queryKey: docKeys.detail(id),
    queryFn: () => get<DocDetail>(`/api/documents/${id}`),
    // Others act on the same document (sign, direct, handle): opening it always asks again.
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.files.some((f) => WORKING.has(f.extraction)) ? 3000 : false),
  });
}

/** Accounts in the user's scope (the server's order), optionally of one role; needs user.read. */
export function usePeople(role?: 'leader') {
  const me = useMe();
  const allowed = roleCan(me.user.role, 'user.read');
  const query = useQuery({
    queryKey: ['users', { role: role ?? null }],
    queryFn: () => get<{ items: User[] }>('/api/users', { role }),
    enabled: allowed,
  });
  return { ...query, allowed };
}

export const ACCEPT_FILES = '.pdf,.docx,.jpg,.jpeg,.png,.tif,.tiff';

/** POST multipart `file` with upload progress. */
export function uploadFile(
  documentId: number,
  file: File,
  onProgress: (percent: number) => void,
): Promise<DocFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return uploadForm<DocFile>(`/api/documents/${documentId}/files`, body, onProgress);
}

export { downloadFile as download } from '../../api/files.ts';
