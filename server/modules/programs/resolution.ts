// The resolution or directive an action programme (chương trình hành động) concretises: named by the
// programme (a document of the system or a reference, read through the documents area), checked
// against its superior's, and handed down by the cascade.

import type { createProgramBody } from '../../../domain/programs/schemas.ts';
import { resolutionKey as resolutionKeyOf } from '../../../domain/resolution.ts';
import type { z } from '../../../domain/validation.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { RuleError, ValidationError } from '../../http/errors.ts';
import { studiedText } from '../documents/service.ts';
import type * as q from './queries.ts';

/**
 * An action programme names the resolution or directive it concretises (and only it does); a
 * lower unit's action programme concretises its superior's on the same text.
 */
export async function resolutionFor(
  tx: Db,
  ctx: RequestCtx,
  input: z.infer<typeof createProgramBody>,
  parent: q.ProgramRow | undefined,
): Promise<q.Resolution | null> {
  if (input.kind !== 'action') {
    if (input.resolution) {
      throw new ValidationError('Nghị quyết: chỉ chương trình hành động mới nêu nghị quyết, chỉ thị.');
    }
    if (parent?.kind === 'action') {
      throw new RuleError(
        'kind_mismatch',
        'Chương trình hành động chỉ được cụ thể hóa bằng chương trình hành động.',
      );
    }
    return null;
  }
  if (!input.resolution) {
    throw new ValidationError(
      'Nghị quyết: chương trình hành động phải nêu nghị quyết, chỉ thị được cụ thể hóa.',
    );
  }
  const text = await studiedText(tx, ctx, input.resolution);
  if (parent?.resolution_ref && resolutionKeyOf(parent.resolution_ref) !== text.key) {
    throw new RuleError(
      'resolution_mismatch',
      `Chương trình cấp trên cụ thể hóa «${parent.resolution_ref}», không phải «${text.ref}».`,
    );
  }
  return text;
}

/** The text of a superior's action programme, for the lower programme the cascade starts from it. */
export function inheritedResolution(parent: q.ProgramRow): q.Resolution | null {
  if (!parent.resolution_ref) return null;
  return {
    documentId: parent.resolution_document_id === null ? null : Number(parent.resolution_document_id),
    ref: parent.resolution_ref,
    title: parent.resolution_title ?? '',
    key: resolutionKeyOf(parent.resolution_ref),
  };
}
