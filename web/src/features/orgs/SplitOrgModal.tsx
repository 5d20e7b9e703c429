// «Chia tách»: one unit becomes two or more new units.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { OrgKind } from '../../../../domain/orgs.ts';
import { splitOrgBody } from '../../../../domain/schemas/orgs.ts';
import type { Schema } from '../../api/http.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { useOrgTree, useSplitOrg } from './api.ts';
import type { OrgModalProps } from './OrgModals.tsx';
import { OrgSelect } from './OrgSelect.tsx';
import { EffectiveDateField, KindField, NameField, ShortCodeField } from './orgFields.tsx';
import { indexTree, subtreeIds } from './tree.ts';

interface SuccessorValues {
  name?: string;
  shortCode?: string;
  kind?: OrgKind;
  parentId?: number | null;
}

interface SplitValues {
  successors: SuccessorValues[];
  on?: Dayjs | null;
}

export function SplitOrgModal({ org, open, onClose, onDone }: OrgModalProps) {
  const [form] = Form.useForm<SplitValues>();
  const split = useSplitOrg(org.id);
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data), [tree.data]);
  const own = useMemo(() => {
    const node = index.get(org.id)?.org;
    return node ? subtreeIds(node) : new Set([org.id]);
  }, [index, org.id]);
  const rows = Form.useWatch('successors', form);
  const parentKindOf = (i: number) => {
    const pid = rows?.[i]?.parentId ?? org.parentId;
    return pid ? index.get(pid)?.org.kind : undefined;
  };

  return (
    <FormModal<SplitValues, Schema<'OrgSplitResult'>>
      open={open}
      onClose={onClose}
      form={form}
      width={720}
      title={`Chia tách «${org.name}»`}
      okText="Chia tách"
      successMessage={(r) => `Đã chia tách thành ${r.successors.length} đơn vị mới.`}
      initialValues={{ successors: [{ kind: org.kind }, { kind: org.kind }] }}
      submit={(v) =>
        split.mutateAsync(
          checked(form, splitOrgBody, {
            successors: v.successors.map((s) => ({
              name: s.name,
              shortCode: s.shortCode,
              kind: s.kind,
              parentId: s.parentId ?? undefined,
            })),
            on: isoOf(v.on),
          }),
        )
      }
      onSuccess={(r) => onDone(r.successors[0]?.id)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`«${org.name}» ngừng hoạt động từ ngày hiệu lực. Đơn vị trực thuộc và tài khoản của nó chuyển sang đơn vị mới thứ nhất; sau đó có thể chuyển tiếp.`}
      />
      <Form.List name="successors">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <fieldset key={field.key} className="split-row">
                <legend>
                  <Typography.Text strong>Đơn vị mới {i + 1}</Typography.Text>
                  {fields.length > 2 && (
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={`Bỏ đơn vị mới ${i + 1}`}
                    />
                  )}
                </legend>
                <div className="split-grid">
                  <NameField name={[field.name, 'name']} autoFocus={i === 0} />
                  <ShortCodeField name={[field.name, 'shortCode']} />
                  <Form.Item label="Đơn vị cấp trên" name={[field.name, 'parentId']}>
                    <OrgSelect
                      allowClear
                      isDisabled={(n) => own.has(n.id)}
                      placeholder={`Như cũ: ${index.get(org.parentId ?? 0)?.org.name ?? '—'}`}
                    />
                  </Form.Item>
                  <KindField name={[field.name, 'kind']} parentKind={parentKindOf(i)} />
                </div>
              </fieldset>
            ))}
            {fields.length < 20 && (
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: org.kind })}>
                Thêm một đơn vị mới
              </Button>
            )}
          </>
        )}
      </Form.List>
      <div style={{ height: 16 }} />
      <EffectiveDateField required help="Ngày quyết định chia tách có hiệu lực." />
    </FormModal>
  );
}
