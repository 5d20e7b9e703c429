// A dialog of one text: the note when approving or returning, the reason when cancelling.
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { post } from '../../api/client.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, zodRule } from '../forms.ts';
import { docKeys } from './api.ts';

export interface NoteModalProps {
  open: boolean;
  onClose: () => void;
  documentId: number;
  /** The action's path under /api/documents/{id}/. */
  action: string;
  field: 'note' | 'reason';
  schema: z.ZodObject;
  required: boolean;
  title: string;
  label: string;
  okText: string;
  successMessage: string;
  danger?: boolean;
  intro?: ReactNode;
}

export function NoteModal(p: NoteModalProps) {
  const qc = useQueryClient();
  const [form] = Form.useForm<Record<string, string>>();
  return (
    <FormModal<Record<string, string>, unknown>
      open={p.open}
      onClose={p.onClose}
      form={form}
      title={p.title}
      okText={p.okText}
      danger={p.danger}
      successMessage={p.successMessage}
      submit={(v) =>
        post(
          `/api/documents/${p.documentId}/${p.action}`,
          checked(form, p.schema, { [p.field]: v[p.field] ?? '' }),
        )
      }
      onSuccess={() => void qc.invalidateQueries({ queryKey: docKeys.all })}
    >
      {p.intro && <Typography.Paragraph>{p.intro}</Typography.Paragraph>}
      <Form.Item
        label={p.label}
        name={p.field}
        rules={[
          ...(p.required
            ? [{ required: true, whitespace: true, message: `Nhập ${p.label.toLowerCase()}` }]
            : []),
          zodRule(p.schema.shape[p.field] as z.ZodType),
        ]}
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
