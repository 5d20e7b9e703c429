// Shapes the API returns (the presenters in server/modules/*/presenter.ts).
import type { OrgKind } from '../../../domain/orgs.ts';
import type { Role } from '../../../domain/roles.ts';

export interface User {
  id: number;
  username: string;
  fullName: string;
  orgId: number;
  orgName: string;
  role: Role;
  roleLabel: string;
  clearance: number;
  disabled: boolean;
  totpEnabled: boolean;
  createdAt: string | null;
}

export interface Me {
  user: User;
  csrfToken: string | null;
  mustEnrolTotp: boolean;
}

export interface Org {
  id: number;
  name: string;
  shortCode: string;
  kind: OrgKind;
  parentId: number | null;
  path: string;
  active: boolean;
  validFrom: string;
  validTo: string | null;
}

export interface OrgNode extends Org {
  children: OrgNode[];
}

export interface OrgDetail extends Org {
  history: {
    validFrom: string;
    validTo: string | null;
    name: string;
    shortCode: string;
    kind: OrgKind;
    parentId: number | null;
  }[];
  predecessors: {
    predecessorId: number;
    successorId: number;
    kind: 'merge' | 'split';
    effectiveOn: string;
  }[];
  successors: { predecessorId: number; successorId: number; kind: 'merge' | 'split'; effectiveOn: string }[];
  counts: { children: number; users: number; links: number; grants: number };
}

export interface AuditItem {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
  hash: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
