// «Hợp nhất»: several units become one, either an existing unit or a new one.
import { Alert, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { OrgKind } from '../../../../domain/orgs.ts';
import { mergeOrgsBody } from '../../../../domain/schemas/orgs.ts';
import type { Schema } from '../../api/http.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { useMergeOrgs, useOrgTree } from './api.ts';
import type { OrgModalProps } from './OrgModals.tsx';
import { OrgSelect } from './OrgSelect.tsx';
import { EffectiveDateField, KindField, NameField, ShortCodeField } from './orgFields.tsx';
import { indexTree } from './tree.ts';

interface MergeValues {
  predecessorIds: number[];
  mode: 'new' | 'existing';
  into: { existingId?: number; name?: string; shortCode?: string; kind?: OrgKind; parentId?: number };
  on?: Dayjs | null;
}

export function MergeOrgModal({ org, open, onClose, onDone }: OrgModalProps) {
  const [form] = Form.useForm<MergeValues>();
  const merge = useMergeOrgs();
  const mode = Form.useWatch('mode', form) ?? 'new';
  const chosen = Form.useWatch('predecessorIds', form);
  const parentId = Form.useWatch(['into', 'parentId'], form);
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data), [tree.data]);
  const parentKind = parentId ? index.get(parentId)?.org.kind : undefined;
  const picked = new Set(chosen ?? []);

  return (
    <FormModal<MergeValues, Schema<'OrgMergeResult'>>
      open={open}
      onClose={onClose}
      form={form}
      width={640}
      title="Hợp nhất đơn vị"
      okText="Hợp nhất"
      successMessage={(r) => `Đã hợp nhất ${r.predecessors.length} đơn vị vào «${r.successor.name}».`}
      initialValues={{
        predecessorIds: [org.id],
        mode: 'new',
        into: { parentId: org.parentId ?? undefined, kind: org.kind },
      }}
      submit={(v) => {
        const into =
          v.mode === 'existing'
            ? { existingId: v.into.existingId }
            : {
                name: v.into.name,
                shortCode: v.into.shortCode,
                kind: v.into.kind,
                parentId: v.into.parentId,
              };
        return merge.mutateAsync(
          checked(form, mergeOrgsBody, { predecessorIds: v.predecessorIds, into, on: isoOf(v.on) }),
        );
      }}
      onSuccess={(r) => onDone(r.successor.id)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Các đơn vị bị hợp nhất ngừng hoạt động từ ngày hiệu lực; đơn vị trực thuộc và tài khoản của chúng chuyển sang đơn vị sau hợp nhất, lịch sử vẫn được giữ."
      />
      <Form.Item
        label="Các đơn vị hợp nhất"
        name="predecessorIds"
        rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị' }]}
      >
        <OrgSelect multiple autoFocus isDisabled={(n) => n.parentId === null} placeholder="Chọn các đơn vị" />
      </Form.Item>
      <Form.Item label="Hợp nhất vào" name="mode" required>
        <Radio.Group
          options={[
            { value: 'new', label: 'Một đơn vị mới' },
            { value: 'existing', label: 'Một đơn vị đã có' },
          ]}
        />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item
          label="Đơn vị tiếp nhận"
          name={['into', 'existingId']}
          rules={[{ required: true, message: 'Chọn đơn vị tiếp nhận' }]}
        >
          <OrgSelect isDisabled={(n) => picked.has(n.id)} placeholder="Chọn đơn vị tiếp nhận" />
        </Form.Item>
      ) : (
        <>
          <NameField name={['into', 'name']} />
          <ShortCodeField name={['into', 'shortCode']} />
          <Form.Item
            label="Đơn vị cấp trên"
            name={['into', 'parentId']}
            rules={[{ required: true, message: 'Chọn đơn vị cấp trên' }]}
          >
            <OrgSelect isDisabled={(n) => picked.has(n.id)} />
          </Form.Item>
          <KindField name={['into', 'kind']} parentKind={parentKind} />
        </>
      )}
      <EffectiveDateField required help="Ngày quyết định hợp nhất có hiệu lực." />
    </FormModal>
  );
}
