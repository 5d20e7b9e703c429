// «Trình ký»: choose the leader who signs; they are notified and see the document.
import { Form, Input, Select } from 'antd';
import { submitBody } from '../../../../domain/schemas/documents.ts';
import { fold } from '../../../../domain/text.ts';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import { type Document, type DocumentDetail, useSigners, useSubmitDocument } from './api.ts';

export function SubmitModal({
  doc,
  open,
  onClose,
}: {
  doc: DocumentDetail;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ signerId: number; note?: string }>();
  const leaders = useSigners(doc.id, { enabled: open });
  const submit = useSubmitDocument(doc.id);
  return (
    <FormModal<{ signerId: number; note?: string }, Document>
      open={open}
      onClose={onClose}
      form={form}
      title="Trình ký"
      okText="Trình ký"
      successMessage={(d) => `Đã trình ${d.signerName ?? 'lãnh đạo'} ký.`}
      initialValues={doc.signerId ? { signerId: doc.signerId } : {}}
      submit={(v) => submit.mutateAsync(checked(form, submitBody, { signerId: v.signerId, note: v.note }))}
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
