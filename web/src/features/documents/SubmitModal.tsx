// «Trình ký»: choose the leader who signs; they are notified and see the document.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { submitBody } from '../../../../domain/schemas/documents.ts';
import { fold } from '../../../../domain/text.ts';
import { get, post } from '../../api/client.ts';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import { docKeys } from './api.ts';
import type { Doc, DocDetail } from './types.ts';

export function SubmitModal({ doc, open, onClose }: { doc: DocDetail; open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const [form] = Form.useForm<{ signerId: number; note?: string }>();
  // The leaders who may sign this document (the server asks the access rule of each of them).
  const leaders = useQuery({
    queryKey: ['documents', doc.id, 'signers'],
    queryFn: () =>
      get<{ items: { id: number; fullName: string; orgName: string }[] }>(`/api/documents/${doc.id}/signers`),
    enabled: open,
  });
  return (
    <FormModal<{ signerId: number; note?: string }, Doc>
      open={open}
      onClose={onClose}
      form={form}
      title="Trình ký"
      okText="Trình ký"
      successMessage={(d) => `Đã trình ${d.signerName ?? 'lãnh đạo'} ký.`}
      initialValues={doc.signerId ? { signerId: doc.signerId } : {}}
      submit={(v) =>
        post<Doc>(
          `/api/documents/${doc.id}/submit`,
          checked(form, submitBody, { signerId: v.signerId, note: v.note }),
        )
      }
      onSuccess={() => void qc.invalidateQueries({ queryKey: docKeys.all })}
    >
      <Form.Item label="Người ký" name="signerId" rules={[{ required: true, message: 'Chọn người ký' }]}>
        <Select
          placeholder="Chọn lãnh đạo ký văn bản"
          loading={leaders.isLoading}
          options={(leaders.data?.items ?? []).map((u) => ({
            value: u.id,
            label: `${u.fullName} — ${u.orgName}`,
          }))}
          showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
          notFoundContent="Không có lãnh đạo nào có thẩm quyền ký văn bản này"
        />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="Không bắt buộc" />
      </Form.Item>
    </FormModal>
  );
}
