// Adding an item (a content at the top, or an item under another) and deleting one. In an approved
// programme both need the reason of the revision.
import { App, Button, Form, Input, Popconfirm, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { createItemBody } from '../../../../domain/programs/schemas.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { type Item, type ProgramDetail, useAddItem, useDeleteItem } from './api.ts';
import { ItemUnitFields } from './ItemFields.tsx';
import { ReasonField } from './ProgramFormModal.tsx';

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
  const add = useAddItem(program.id);
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
        add.mutateAsync(
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
      <ItemUnitFields />
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
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const remove = useDeleteItem(program.id, item.id);
  if (program.status === 'draft') {
    return (
      <Popconfirm
        title={`Xóa mục ${item.number} và các mục con?`}
        okText="Xóa"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => void message.success('Đã xóa.'),
            onError: (err) => void message.error(errorText(err)),
          })
        }
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
        submit={(v) => remove.mutateAsync(v.reason ?? '')}
      >
        <Typography.Paragraph>{item.title}</Typography.Paragraph>
        <ReasonField />
      </FormModal>
    </>
  );
}
