// A register (GET /api/documents) loaded page by page with its cursor.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { get } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { isoOf } from '../forms.ts';
import { docKeys } from './api.ts';
import type { DocListItem } from './types.ts';

export interface RegisterFilters {
  q?: string | undefined;
  direction?: 'in' | 'out' | undefined;
  typeCode?: string | undefined;
  status?: string | undefined;
  orgId?: number | undefined;
  secrecy?: number | undefined;
  from?: Dayjs | null | undefined;
  to?: Dayjs | null | undefined;
}

export const PAGE_SIZE = 30;

export function useRegister(f: RegisterFilters) {
  const params = {
    q: f.q || undefined,
    direction: f.direction,
    typeCode: f.typeCode,
    status: f.status,
    orgId: f.orgId,
    secrecy: f.secrecy,
    from: isoOf(f.from),
    to: isoOf(f.to),
  };
  const query = useInfiniteQuery({
    queryKey: docKeys.list(params),
    queryFn: ({ pageParam }) =>
      get<Page<DocListItem>>('/api/documents', {
        ...params,
        limit: PAGE_SIZE,
        cursor: pageParam ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (prev) => prev,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}
