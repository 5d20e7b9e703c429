// «Soạn văn bản đi»: a draft; its number and symbol are given only when it is issued. Recipients,
// files and trình ký follow on the document's page.
import { Form } from 'antd';
import { useNavigate } from 'react-router';
import { createDocumentBody } from '../../../../domain/schemas/documents.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { type Document, useCreateDocument } from './api.ts';
import { type DocFormValues, OutgoingFields } from './DocFields.tsx';

export function DraftOutgoingModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const create = useCreateDocument();
  const navigate = useNavigate();
  const [form] = Form.useForm<DocFormValues>();
  return (
    <FormModal<DocFormValues, Document>
      open={open}
      onClose={onClose}
      form={form}
      width={820}
      title="Soạn văn bản đi"
      okText="Lưu dự thảo"
      successMessage="Đã lưu dự thảo. Thêm nơi nhận, tệp đính kèm rồi trình ký."
      initialValues={{ orgId: me.user.orgId, secrecy: 0, urgency: 0, place: 'Hà Nội', congress: false }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createDocumentBody, {
            direction: 'out',
            typeCode: v.typeCode,
            summary: v.summary,
            content: v.content || undefined,
            orgId: v.orgId,
            issuerOrgId: v.issuerOrgId ?? undefined,
            secrecy: v.secrecy,
            urgency: v.urgency,
            issuedOn: isoOf(v.issuedOn),
            place: v.place || undefined,
            signAuthority: v.signAuthority || undefined,
            signerTitle: v.signerTitle || undefined,
            congress: v.congress ?? false,
          }),
        )
      }
      onSuccess={(doc) => void navigate(`/van-ban/${doc.id}`)}
    >
      <OutgoingFields />
    </FormModal>
  );
}
