// Editing one item in place. What is typed in the text goes up as a draft, so the copy score of the
// row and of the whole programme follow every keystroke before anything is saved.
import { Alert, Button, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ItemVerdict } from '../../../../domain/programs/copycheck.ts';
import { updateItemBody } from '../../../../domain/programs/schemas.ts';
import { applyApiError, checked, dayOf, FormInvalid, isoOf } from '../forms.ts';
import { type Item, type ProgramDetail, useUpdateItem } from './api.ts';
import { CopyTag } from './copyScore.tsx';
import { ItemUnitFields } from './ItemFields.tsx';
import { ReasonField } from './ProgramFormModal.tsx';

/** What is being typed into an item, before it is saved (the copy score follows it). */
export interface Draft {
  title: string;
  description: string | null;
}

interface Values {
  title: string;
  description?: string;
  leadOrgId?: number | null;
  coordinatingOrgIds?: number[];
  dueOn?: Dayjs | null;
  product?: string;
  reason?: string;
}

export function ItemEditor({
  program,
  item,
  verdict,
  onDraft,
  onDone,
}: {
  program: ProgramDetail;
  item: Item;
  verdict: ItemVerdict | undefined;
  onDraft: (d: Draft) => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useUpdateItem(program.id, item.id);
  const failed = (err: unknown) => {
    if (!(err instanceof FormInvalid)) setError(applyApiError(form, err));
  };
  const submit = (v: Values) => {
    setError(null);
    try {
      const body = checked(form, updateItemBody, {
        title: v.title,
        description: v.description ?? null,
        leadOrgId: v.leadOrgId ?? null,
        coordinatingOrgIds: v.coordinatingOrgIds ?? [],
        dueOn: isoOf(v.dueOn) ?? null,
        product: v.product ?? null,
        reason: v.reason || undefined,
      });
      // The editor closes once the programme has been read again (the saved text in place).
      save.mutate(body, { onSuccess: onDone, onError: failed });
    } catch (err) {
      failed(err);
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="small"
      className="pg-item-form"
      initialValues={{
        title: item.title,
        description: item.description ?? '',
        leadOrgId: item.leadOrgId,
        coordinatingOrgIds: item.coordinatingOrgIds,
        dueOn: dayOf(item.dueOn) ?? null,
        product: item.product ?? '',
      }}
      onValuesChange={(_, all) => onDraft({ title: all.title ?? '', description: all.description || null })}
      onFinish={submit}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        label={
          <Space>
            <span>Nội dung {item.number}</span>
            {verdict && <CopyTag verdict={verdict} linked={item.sourceItemId !== null} />}
          </Space>
        }
        name="title"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung' }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={1000}
          data-testid="item-title-input"
          autoFocus
        />
      </Form.Item>
      <Form.Item label="Chi tiết: chỉ tiêu, số liệu, địa bàn, cách làm của đơn vị" name="description">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <ItemUnitFields />
      {program.status === 'approved' && <ReasonField />}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="item-save">
          Lưu
        </Button>
        <Button onClick={onDone} disabled={save.isPending}>
          Hủy
        </Button>
      </Space>
    </Form>
  );
}
