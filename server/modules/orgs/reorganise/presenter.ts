import { z } from '@hono/zod-openapi';
import { OrgJson } from '../presenter.ts';

export const OrgMergeResult = z
  .object({ successor: OrgJson, predecessors: z.array(OrgJson) })
  .openapi('OrgMergeResult');
export type OrgMergeResult = z.infer<typeof OrgMergeResult>;

export const OrgSplitResult = z
  .object({ predecessor: OrgJson, successors: z.array(OrgJson) })
  .openapi('OrgSplitResult');
export type OrgSplitResult = z.infer<typeof OrgSplitResult>;
