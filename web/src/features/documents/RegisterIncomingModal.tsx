// «Vào sổ văn bản đến»: the paper's data, a duplicate check (same issuer, symbol and date already in
// the register) before saving, then the file upload with progress, then the new document's page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { createDocumentBody } from '../../../../domain/schemas/documents.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, checked, errorText, FormInvalid, isoOf } from '../forms.ts';
import {
  createDocument,
  type Document,
  type DocumentDuplicate,
  documentKeys,
  findDuplicates as duplicatesOf,
  isDuplicateError,
  uploadFile,
} from './api.ts';
import { type DocFormValues, IncomingFields } from './DocFields.tsx';
import { FilePicker } from './FilePicker.tsx';

type Outcome =
  | { kind: 'duplicates'; items: DocumentDuplicate[] }
  | { kind: 'created'; doc: Document; uploadError?: string };

export function RegisterIncomingModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<DocFormValues>();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [dups, setDups] = useState<DocumentDuplicate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = useMutation<Outcome, Error, { values: DocFormValues; confirm: boolean }>({
    mutationFn: async ({ values, confirm }) => {
      const body = checked(form, createDocumentBody, {
        direction: 'in',
        typeCode: values.typeCode,
        summary: values.summary,
        orgId: values.orgId,
        secrecy: values.secrecy,
        urgency: values.urgency,
        issuer: values.issuer || undefined,
        symbol: values.symbol || undefined,
        issuedOn: isoOf(values.issuedOn),
        receivedOn: isoOf(values.receivedOn),
        pages: values.pages ?? undefined,
        deadline: isoOf(values.deadline),
        confirmDuplicate: confirm || undefined,
      });
      const findDuplicates = () =>
        duplicatesOf({
          orgId: body.orgId,
          symbol: body.symbol ?? '',
          issuedOn: body.issuedOn ?? '',
          issuer: body.issuer,
        });
      if (!confirm && body.symbol && body.issuedOn) {
        const found = await findDuplicates();
        if (found.length > 0) return { kind: 'duplicates', items: found };
      }
      let doc: Document;
      try {
        doc = await createDocument(body);
      } catch (err) {
        // Registered by someone else meanwhile: the server refuses unless confirmed.
        if (isDuplicateError(err)) return { kind: 'duplicates', items: await findDuplicates() };
        throw err;
      }
      if (!file) return { kind: 'created', doc };
      try {
        setProgress(0);
        await uploadFile(doc.id, file, setProgress);
        return { kind: 'created', doc };
      } catch (err) {
        return { kind: 'created', doc, uploadError: errorText(err) };
      }
    },
    onSuccess: (out) => {
      if (out.kind === 'duplicates') {
        setDups(out.items);
        return;
      }
      void qc.invalidateQueries({ queryKey: documentKeys.all });
      void message.success(`Đã vào sổ văn bản đến số ${out.doc.incomingNumber}.`);
      if (out.uploadError)
        void message.error(`Văn bản đã vào sổ nhưng chưa tải được tệp: ${out.uploadError}`, 8);
      close(true);
      void navigate(`/van-ban/${out.doc.id}`);
    },
    onError: (err) => {
      setProgress(null);
      if (!(err instanceof FormInvalid)) setError(applyApiError(form, err));
    },
  });

  const close = (force = false) => {
    if (save.isPending && !force) return;
    setFile(null);
    setProgress(null);
    setDups(null);
    setError(null);
    save.reset();
    onClose();
  };
  const submit = (confirm: boolean) => {
    setError(null);
    form
      .validateFields()
      .then((values) => save.mutate({ values, confirm }))
      .catch(() => undefined);
  };

  return (
    <Modal
      open={open}
      title="Vào sổ văn bản đến"
      onCancel={() => close()}
      destroyOnHidden
      width={760}
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<DocFormValues>
          form={form}
          layout="vertical"
          initialValues={{ orgId: me.user.orgId, receivedOn: dayjs(), secrecy: 0, urgency: 0 }}
          onValuesChange={() => setDups(null)}
          onSubmitCapture={(e) => {
            // Let a DatePicker commit typed text (it does so when its popup closes) before reading it.
            e.preventDefault();
            e.stopPropagation();
            window.setTimeout(() => submit(false), 50);
          }}
          clearOnDestroy
          requiredMark={false}
          scrollToFirstError
        >
          {dom}
        </Form>
      )}
      footer={
        dups
          ? [
              <Button key="back" onClick={() => setDups(null)}>
                Xem lại
              </Button>,
              <Button
                key="anyway"
                type="primary"
                danger
                loading={save.isPending}
                onClick={() => submit(true)}
                data-testid="register-anyway"
              >
                Vẫn vào sổ
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={() => close()} disabled={save.isPending}>
                Hủy
              </Button>,
              <Button
                key="submit"
                type="primary"
                htmlType="submit"
                loading={save.isPending}
                data-testid="modal-submit"
              >
                Vào sổ
              </Button>,
            ]
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {dups && <DuplicateWarning items={dups} />}
      <IncomingFields />
      <FilePicker file={file} onChange={setFile} progress={progress} />
    </Modal>
  );
}

function DuplicateWarning({ items }: { items: DocumentDuplicate[] }) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="duplicate-warning"
      title="Văn bản này có thể đã vào sổ"
      description={
        <>
          <ul className="doc-dup-list">
            {items.map((d) => (
              <li key={d.id}>
                <a href={`/van-ban/${d.id}`} target="_blank" rel="noreferrer">
                  {d.symbol} ngày {formatDateVi(d.issuedOn)}
                </a>
                {d.issuer ? ` — ${d.issuer}` : ''}
                {d.incomingNumber !== null ? ` (số đến ${d.incomingNumber})` : ''}
              </li>
            ))}
          </ul>
          Cùng cơ quan ban hành, số ký hiệu và ngày văn bản. Nếu đúng là văn bản khác, chọn «Vẫn vào sổ».
        </>
      }
    />
  );
}
