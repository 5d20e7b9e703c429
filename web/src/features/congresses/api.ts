// The congresses API (server/modules/congresses): the answers' types (the server presenters' schemas),
// the query keys, and the queries and mutations of congresses, elections, the tellers' entries and
// offline packages. The count record is downloaded as Word under the name the server gives.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type CongressSummary = Schema<'CongressSummary'>;
export type CongressDetail = Schema<'CongressDetail'>;
export type ElectionSummary = Schema<'ElectionSummary'>;
export type ElectionDetail = Schema<'ElectionDetail'>;
export type ElectionResult = Schema<'ElectionResult'>;
export type TallyState = Schema<'TallyState'>;
export type CongressDelegate = Schema<'CongressDelegate'>;
export type CongressDocument = Schema<'CongressDocument'>;
export type DocumentKind = CongressDocument['kind'];

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CreateCongressBody = JsonBody<paths['/api/congresses']['post']>;
export type MilestoneBody = JsonBody<paths['/api/congresses/{id}/milestones']['post']>;
export type CreateElectionBody = JsonBody<paths['/api/elections']['post']>;
export type BallotsBody = JsonBody<paths['/api/elections/{id}/ballots']['post']>;
export type ImportBody = JsonBody<paths['/api/elections/import']['post']>;
export type Ballot = BallotsBody['ballots'][number];

export const congressKeys = {
  all: ['congresses'] as const,
  list: () => [...congressKeys.all, 'list'] as const,
  elections: () => [...congressKeys.all, 'elections'] as const,
  detail: (id: number) => [...congressKeys.all, 'detail', id] as const,
  election: (id: number) => [...congressKeys.all, 'election', id] as const,
  tally: (id: number) => [...congressKeys.election(id), 'tally'] as const,
};

export function useCongresses() {
  return useQuery({
    queryKey: congressKeys.list(),
    queryFn: () => unwrap(http.GET('/api/congresses', { params: { query: {} } })),
  });
}

export function useElections() {
  return useQuery({
    queryKey: congressKeys.elections(),
    queryFn: () => unwrap(http.GET('/api/elections', { params: { query: {} } })),
  });
}

export function useCongress(id: number) {
  return useQuery({
    queryKey: congressKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/congresses/{id}', { params: { path: { id } } })),
  });
}

/** Party members found by name (at least 2 letters), for the delegates' picker. */
export function useMemberSearch(q: string) {
  return useQuery({
    queryKey: [...congressKeys.all, 'members', q],
    queryFn: () => unwrap(http.GET('/api/members', { params: { query: { q, limit: 20 } } })),
    enabled: q.trim().length >= 2,
  });
}

export function useElection(id: number) {
  return useQuery({
    queryKey: congressKeys.election(id),
    queryFn: () => unwrap(http.GET('/api/elections/{id}', { params: { path: { id } } })),
  });
}

export function useTally(id: number, enabled: boolean) {
  return useQuery({
    queryKey: congressKeys.tally(id),
    queryFn: () => unwrap(http.GET('/api/elections/{id}/tally', { params: { path: { id } } })),
    enabled,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: congressKeys.all });
}

export function useCongressActions() {
  const invalidate = useInvalidate();
  const onSuccess = () => invalidate();
  const createCongress = useMutation({
    mutationFn: (body: CreateCongressBody) => unwrap(http.POST('/api/congresses', { body })),
    onSuccess,
  });
  const addMilestone = useMutation({
    mutationFn: ({ id, ...body }: MilestoneBody & { id: number }) =>
      unwrap(http.POST('/api/congresses/{id}/milestones', { params: { path: { id } }, body })),
    onSuccess,
  });
  const milestoneDone = useMutation({
    mutationFn: ({ id, milestoneId, doneOn }: { id: number; milestoneId: number; doneOn: string | null }) =>
      unwrap(
        http.PUT('/api/congresses/{id}/milestones/{milestoneId}', {
          params: { path: { id, milestoneId } },
          body: { doneOn },
        }),
      ),
    onSuccess,
  });
  const createElection = useMutation({
    mutationFn: (body: CreateElectionBody) => unwrap(http.POST('/api/elections', { body })),
    onSuccess,
  });
  const importPackage = useMutation({
    mutationFn: (body: ImportBody) => unwrap(http.POST('/api/elections/import', { body })),
    onSuccess,
  });
  const addDelegate = useMutation({
    mutationFn: ({ id, memberId, kind }: { id: number; memberId: number; kind: 'official' | 'alternate' }) =>
      unwrap(
        http.POST('/api/congresses/{id}/delegates', { params: { path: { id } }, body: { memberId, kind } }),
      ),
    onSuccess,
  });
  const removeDelegate = useMutation({
    mutationFn: ({ id, delegateId }: { id: number; delegateId: number }) =>
      unwrap(
        http.DELETE('/api/congresses/{id}/delegates/{delegateId}', { params: { path: { id, delegateId } } }),
      ),
    onSuccess,
  });
  return {
    createCongress,
    addMilestone,
    milestoneDone,
    createElection,
    importPackage,
    addDelegate,
    removeDelegate,
  };
}

export function useElectionActions(id: number) {
  const invalidate = useInvalidate();
  const onSuccess = () => invalidate();
  const path = { params: { path: { id } } };
  const ballots = useMutation({
    mutationFn: (body: BallotsBody) => unwrap(http.POST('/api/elections/{id}/ballots', { ...path, body })),
    onSuccess,
  });
  const enter = useMutation({
    mutationFn: ({ teller, ballots: list }: { teller: number; ballots: Ballot[] }) =>
      unwrap(
        http.PUT('/api/elections/{id}/tally/{teller}', {
          params: { path: { id, teller } },
          body: { ballots: list },
        }),
      ),
    onSuccess,
  });
  const agree = useMutation({
    mutationFn: () => unwrap(http.POST('/api/elections/{id}/tally/agree', path)),
    onSuccess,
  });
  const submit = useMutation({
    mutationFn: () => unwrap(http.POST('/api/elections/{id}/submit', path)),
    onSuccess,
  });
  const approve = useMutation({
    mutationFn: (note: string) =>
      unwrap(http.POST('/api/elections/{id}/approve', { ...path, body: { note: note || undefined } })),
    onSuccess,
  });
  return { ballots, enter, agree, submit, approve };
}

export function downloadCountRecord(id: number): Promise<void> {
  return downloadFile(`/api/elections/${id}/record.docx`, `bien-ban-kiem-phieu-${id}.docx`);
}

/** The signed package as a .json file. */
export async function downloadPackage(id: number): Promise<void> {
  const pkg = await unwrap(http.GET('/api/elections/{id}/package', { params: { path: { id } } }));
  const blob = new Blob([JSON.stringify(pkg, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `goi-ket-qua-bau-cu-${id}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function useDocuments(id: number) {
  return useQuery({
    queryKey: [...congressKeys.detail(id), 'documents'],
    queryFn: () => unwrap(http.GET('/api/congresses/{id}/documents', { params: { path: { id } } })),
  });
}

export function useDocumentVersion(id: number, kind: DocumentKind | undefined, version: number | undefined) {
  return useQuery({
    queryKey: [...congressKeys.detail(id), 'documents', kind, version],
    queryFn: () =>
      unwrap(
        http.GET('/api/congresses/{id}/documents/{kind}/{version}', {
          params: { path: { id, kind: kind as DocumentKind, version: version as number } },
        }),
      ),
    enabled: !!kind && !!version,
  });
}

export function useDocumentActions(id: number) {
  const invalidate = useInvalidate();
  const onSuccess = () => invalidate();
  const addVersion = useMutation({
    mutationFn: (body: { kind: DocumentKind; body: string; note?: string }) =>
      unwrap(http.POST('/api/congresses/{id}/documents', { params: { path: { id } }, body })),
    onSuccess,
  });
  const comment = useMutation({
    mutationFn: (v: { kind: DocumentKind; version: number; author: string; body: string }) =>
      unwrap(
        http.POST('/api/congresses/{id}/documents/{kind}/{version}/comments', {
          params: { path: { id, kind: v.kind, version: v.version } },
          body: { author: v.author, body: v.body },
        }),
      ),
    onSuccess,
  });
  return { addVersion, comment };
}
