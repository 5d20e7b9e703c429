// A dialog of one text: the note when approving or returning, the reason when cancelling.
import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { FormModal } from '../FormModal.tsx';
import { checked, zodRule } from '../forms.ts';
import { type DocumentDecision, useDecideDocument } from './api.ts';

export interface NoteModalProps {
  open: boolean;
  onClose: () => void;
  documentId: number;
  /** Approve or return (the signer), or cancel. */
  action: DocumentDecision;
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
  const decide = useDecideDocument(p.documentId);
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
      submit={(v) => {
        const body = checked(form, p.schema, { [p.field]: v[p.field] ?? '' }) as Record<string, unknown>;
        const text = body[p.field];
        return decide.mutateAsync({ action: p.action, text: typeof text === 'string' ? text : undefined });
      }}
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
