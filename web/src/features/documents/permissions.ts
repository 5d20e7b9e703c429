// What the signed-in user may do with one document: the role table (domain/roles.ts) and the
// workflow rules of the server (outgoing.ts, service.ts, handling.ts, files.ts), so that only the
// buttons that can succeed are shown. The server checks everything again.
import { roleCan } from '../../../../domain/roles.ts';
import type { Me } from '../../api/types.ts';
import type { DocDetail } from './types.ts';

export interface DocPermissions {
  edit: boolean;
  submit: boolean;
  /** Approve or return: only the signer the document was submitted to. */
  sign: boolean;
  issue: boolean;
  cancel: boolean;
  recipients: boolean;
  upload: boolean;
  direct: boolean;
  /** The user's unit or the user is among those handling it. */
  handle: boolean;
}

export function docPermissions(doc: DocDetail, me: Me): DocPermissions {
  const role = me.user.role;
  const incoming = doc.direction === 'in';
  const closed = doc.status === 'issued' || doc.status === 'cancelled';
  const editableOut = doc.status === 'draft' || doc.status === 'returned';
  return {
    edit: incoming
      ? roleCan(role, 'document.register') && (doc.status === 'new' || doc.status === 'in_progress')
      : roleCan(role, 'document.draft') && editableOut,
    submit: !incoming && roleCan(role, 'document.draft') && editableOut,
    sign:
      !incoming &&
      doc.status === 'submitted' &&
      roleCan(role, 'document.sign') &&
      doc.signerId === me.user.id,
    issue:
      !incoming && roleCan(role, 'document.issue') && (doc.status === 'draft' || doc.status === 'approved'),
    cancel: !incoming && roleCan(role, 'document.issue') && doc.status !== 'cancelled',
    recipients: !incoming && roleCan(role, 'document.draft') && !closed,
    upload: (roleCan(role, 'document.draft') || roleCan(role, 'document.register')) && !closed,
    direct: incoming && roleCan(role, 'document.direct'),
    handle: doc.handling.some(
      (h) => h.userId === me.user.id || (h.userId === null && h.orgId === me.user.orgId),
    ),
  };
}
