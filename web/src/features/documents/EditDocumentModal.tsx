// «Sửa»: a draft (or a returned one), or an incoming document not yet handled to the end.
import { Form } from 'antd';
import { updateDocumentBody } from '../../../../domain/schemas/documents.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, dayOf, isoOf } from '../forms.ts';
import { type Document, type DocumentDetail, useUpdateDocument } from './api.ts';
import { type DocFormValues, IncomingFields, OutgoingFields } from './DocFields.tsx';

function bodyOf(doc: DocumentDetail, v: DocFormValues) {
  const common = {
    typeCode: v.typeCode,
    summary: v.summary,
    secrecy: v.secrecy,
    urgency: v.urgency,
    issuedOn: isoOf(v.issuedOn) ?? null,
  };
  if (doc.direction === 'in') {
    return {
      ...common,
      issuer: v.issuer ?? '',
      symbol: v.symbol ?? '',
      receivedOn: isoOf(v.receivedOn),
      pages: v.pages ?? null,
      deadline: isoOf(v.deadline) ?? null,
    };
  }
  return {
    ...common,
    content: v.content ?? '',
    place: v.place ?? '',
    signAuthority: v.signAuthority ?? '',
    signerTitle: v.signerTitle ?? '',
  };
}

export function EditDocumentModal({
  doc,
  open,
  onClose,
}: {
  doc: DocumentDetail;
  open: boolean;
  onClose: () => void;
}) {
  const update = useUpdateDocument(doc.id);
  const [form] = Form.useForm<DocFormValues>();
  const incoming = doc.direction === 'in';
  return (
    <FormModal<DocFormValues, Document>
      open={open}
      onClose={onClose}
      form={form}
      width={incoming ? 760 : 820}
      title={incoming ? 'Sửa thông tin văn bản đến' : 'Sửa dự thảo'}
      okText="Lưu"
      successMessage="Đã lưu văn bản."
      initialValues={{
        typeCode: doc.typeCode,
        summary: doc.summary,
        content: doc.content ?? '',
        secrecy: doc.secrecy,
        urgency: doc.urgency,
        issuedOn: dayOf(doc.issuedOn),
        symbol: doc.symbol ?? '',
        issuer: doc.issuer ?? '',
        receivedOn: dayOf(doc.receivedOn),
        pages: doc.pages,
        deadline: dayOf(doc.deadline),
        place: doc.place ?? '',
        signAuthority: doc.signAuthority ?? '',
        signerTitle: doc.signerTitle ?? '',
      }}
      submit={(v) => update.mutateAsync(checked(form, updateDocumentBody, bodyOf(doc, v)))}
    >
      {incoming ? <IncomingFields editing /> : <OutgoingFields editing />}
    </FormModal>
  );
}
