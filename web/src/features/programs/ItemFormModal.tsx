// Adding an item (a content at the top, or an item under another) and deleting one. In an approved
// programme both need the reason of the revision.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, DatePicker, Form, Input, Popconfirm, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { createItemBody } from '../../../../domain/programs/schemas.ts';
import { del, post } from '../../api/client.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type Item, keys, type ProgramDetail } from './api.ts';
import { productOptions } from './ItemEditor.tsx';
import { ReasonField } from './ProgramFormModal.tsx';
import { ScopedOrgSelect } from './ScopedOrgSelect.tsx';

interface Values {
  title: string;
  description?: string;
  sourceItemId?: number;
  leadOrgId?: number;
  coordinatingOrgIds?: number[];
  dueOn?: Dayjs | null;
  product?: string;
  reason?: string;
}

export function AddItemModal({
  program,
  parentItem,
  open,
  onClose,
}: {
  program: ProgramDetail;
  parentItem: Item | null;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const sources = program.parent?.items ?? [];
  return (
    <FormModal<Values, Item>
      open={open}
      onClose={onClose}
      form={form}
      width={640}
      title={parentItem ? `Thêm mục con của ${parentItem.number}` : 'Thêm nội dung'}
      okText="Thêm"
      successMessage="Đã thêm."
      submit={(v) =>
        post<Item>(
          `/api/programs/${program.id}/items`,
          checked(form, createItemBody, {
            title: v.title,
            description: v.description || undefined,
            parentItemId: parentItem?.id,
            sourceItemId: v.sourceItemId,
            leadOrgId: v.leadOrgId,
            coordinatingOrgIds: v.coordinatingOrgIds,
            dueOn: isoOf(v.dueOn),
            product: v.product || undefined,
            reason: v.reason || undefined,
          }),
        )
      }
      onSuccess={() => void qc.invalidateQueries({ queryKey: keys.program(program.id) })}
    >
      {parentItem && (
        <Typography.Paragraph type="secondary">
          Thuộc: {parentItem.number}. {parentItem.title}
        </Typography.Paragraph>
      )}
      <Form.Item
        label="Nội dung"
        name="title"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} autoFocus data-testid="new-item-title" />
      </Form.Item>
      <Form.Item label="Chi tiết" name="description">
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={5000} />
      </Form.Item>
      {sources.length > 0 && (
        <Form.Item
          label="Cụ thể hóa nội dung nào của cấp trên"
          name="sourceItemId"
          extra="Để trống nếu là nhiệm vụ riêng của đơn vị."
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Nhiệm vụ riêng của đơn vị"
            options={sources.map((s) => ({ value: s.id, label: `${s.number}. ${s.title}` }))}
          />
        </Form.Item>
      )}
      <div className="pg-form-grid">
        <Form.Item label="Đơn vị chủ trì" name="leadOrgId">
          <ScopedOrgSelect allowClear placeholder="Chưa giao" />
        </Form.Item>
        <Form.Item label="Thời hạn" name="dueOn">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Sản phẩm" name="product">
          <AutoComplete options={productOptions} placeholder="Báo cáo, đề án…" allowClear />
        </Form.Item>
      </div>
      <Form.Item label="Đơn vị phối hợp" name="coordinatingOrgIds">
        <OrgSelect multiple allowClear placeholder="Không có" />
      </Form.Item>
      {program.status === 'approved' && <ReasonField />}
    </FormModal>
  );
}

/** Deletes an item and those under it: a plain confirmation in a draft, a reason once approved. */
export function DeleteItemButton({
  program,
  item,
  icon,
}: {
  program: ProgramDetail;
  item: Item;
  icon: ReactNode;
}) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const remove = useMutation({
    mutationFn: (reason?: string) =>
      del(
        `/api/programs/${program.id}/items/${item.id}${reason ? `?reason=${encodeURIComponent(reason)}` : ''}`,
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.program(program.id) });
      void message.success('Đã xóa.');
    },
    onError: (err) => void message.error(errorText(err)),
  });
  if (program.status === 'draft') {
    return (
      <Popconfirm
        title={`Xóa mục ${item.number} và các mục con?`}
        okText="Xóa"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        onConfirm={() => remove.mutate(undefined)}
      >
        <Button size="small" type="link" danger icon={icon} loading={remove.isPending}>
          Xóa
        </Button>
      </Popconfirm>
    );
  }
  return (
    <>
      <Button size="small" type="link" danger icon={icon} onClick={() => setAsking(true)}>
        Xóa
      </Button>
      <FormModal<{ reason?: string }, unknown>
        open={asking}
        onClose={() => setAsking(false)}
        form={form}
        title={`Xóa mục ${item.number} khỏi chương trình đã phê duyệt`}
        okText="Xóa"
        danger
        successMessage="Đã xóa."
        submit={(v) =>
          del(`/api/programs/${program.id}/items/${item.id}?reason=${encodeURIComponent(v.reason ?? '')}`)
        }
        onSuccess={() => void qc.invalidateQueries({ queryKey: keys.program(program.id) })}
      >
        <Typography.Paragraph>{item.title}</Typography.Paragraph>
        <ReasonField />
      </FormModal>
    </>
  );
}
