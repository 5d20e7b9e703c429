// Editing one item in place. What is typed in the text goes up as a draft, so the copy score of the
// row and of the whole programme follow every keystroke before anything is saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ItemVerdict } from '../../../../domain/programs/copycheck.ts';
import { PRODUCT_SUGGESTIONS } from '../../../../domain/programs/labels.ts';
import { updateItemBody } from '../../../../domain/programs/schemas.ts';
import { patch } from '../../api/client.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { applyApiError, checked, dayOf, FormInvalid, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type Item, keys, type ProgramDetail } from './api.ts';
import { CopyTag } from './ItemView.tsx';
import { ReasonField } from './ProgramFormModal.tsx';
import type { Draft } from './ProgramTree.tsx';
import { ScopedOrgSelect } from './ScopedOrgSelect.tsx';

interface Values {
  title: string;
  description?: string;
  leadOrgId?: number | null;
  coordinatingOrgIds?: number[];
  dueOn?: Dayjs | null;
  product?: string;
  reason?: string;
}

export const productOptions = PRODUCT_SUGGESTIONS.map((p) => ({ value: p }));

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
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) =>
      patch<Item>(
        `/api/programs/${program.id}/items/${item.id}`,
        checked(form, updateItemBody, {
          title: v.title,
          description: v.description ?? null,
          leadOrgId: v.leadOrgId ?? null,
          coordinatingOrgIds: v.coordinatingOrgIds ?? [],
          dueOn: isoOf(v.dueOn) ?? null,
          product: v.product ?? null,
          reason: v.reason || undefined,
        }),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: keys.program(program.id) });
      onDone();
    },
    onError: (err) => {
      if (!(err instanceof FormInvalid)) setError(applyApiError(form, err));
    },
  });
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
      onFinish={(v) => {
        setError(null);
        save.mutate(v);
      }}
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
