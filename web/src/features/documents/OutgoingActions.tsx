// The outgoing workflow buttons: trình ký, ký duyệt / trả lại (the signer only), ban hành, hủy.
import { CheckOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { cancelBody, noteBody, requiredNoteBody } from '../../../../domain/schemas/documents.ts';
import { formatDateVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { type DocumentCan, type DocumentDetail, useIssueDocument } from './api.ts';
import { NoteModal } from './NoteModal.tsx';
import { SubmitModal } from './SubmitModal.tsx';

type Dialog = 'submit' | 'approve' | 'return' | 'cancel' | null;

export function OutgoingActions({ doc, can }: { doc: DocumentDetail; can: DocumentCan }) {
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const issue = useIssueDocument(doc.id);
  const issueNow = () =>
    issue.mutateAsync().then(
      (r) => {
        modal.success({
          title: `Đã ban hành văn bản số ${r.symbol}`,
          content: `Ngày ban hành ${formatDateVi(r.issuedOn)} (${r.term}). ${
            r.delivered > 0
              ? `Đã gửi tới ${r.delivered} đơn vị nhận trong hệ thống; mỗi đơn vị vào sổ đến với số đến riêng.`
              : 'Không có đơn vị nhận trong hệ thống.'
          }`,
          okText: 'Đóng',
        });
      },
      (err: unknown) => void message.error(errorText(err)),
    );

  const confirmIssue = () => {
    const internal = doc.recipients.filter((r) => r.orgId !== null).length;
    modal.confirm({
      title: 'Ban hành văn bản?',
      content: [
        'Văn bản sẽ được cấp số, ký hiệu tiếp theo của cơ quan ban hành; số đã cấp không dùng lại.',
        doc.status === 'draft' ? 'Văn bản chưa qua trình ký trên hệ thống: sẽ ghi là đã ký trên giấy.' : '',
        internal > 0
          ? `Văn bản được gửi ngay tới ${internal} đơn vị nhận trong hệ thống.`
          : 'Chưa có đơn vị nhận nào.',
      ]
        .filter(Boolean)
        .join(' '),
      okText: 'Ban hành',
      cancelText: 'Hủy',
      onOk: issueNow,
    });
  };

  return (
    <>
      {can.submit && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={() => setDialog('submit')}
          data-testid="doc-submit"
        >
          Trình ký
        </Button>
      )}
      {can.sign && (
        <>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDialog('approve')}
            data-testid="doc-approve"
          >
            Ký duyệt
          </Button>
          <Button icon={<RollbackOutlined />} onClick={() => setDialog('return')} data-testid="doc-return">
            Trả lại
          </Button>
        </>
      )}
      {can.issue && (
        <Button
          type={doc.status === 'approved' ? 'primary' : 'default'}
          onClick={confirmIssue}
          loading={issue.isPending}
          data-testid="doc-issue"
        >
          Ban hành
        </Button>
      )}
      {can.cancel && (
        <Button danger icon={<StopOutlined />} onClick={() => setDialog('cancel')} data-testid="doc-cancel">
          Hủy văn bản
        </Button>
      )}
      {can.submit && <SubmitModal doc={doc} open={dialog === 'submit'} onClose={close} />}
      {can.sign && (
        <>
          <NoteModal
            open={dialog === 'approve'}
            onClose={close}
            documentId={doc.id}
            action="approve"
            field="note"
            schema={noteBody}
            required={false}
            title="Ký duyệt văn bản"
            label="Ý kiến (không bắt buộc)"
            okText="Ký duyệt"
            successMessage="Đã ký duyệt. Văn thư sẽ cấp số và ban hành."
          />
          <NoteModal
            open={dialog === 'return'}
            onClose={close}
            documentId={doc.id}
            action="return"
            field="note"
            schema={requiredNoteBody}
            required
            title="Trả lại văn bản"
            label="Ý kiến"
            intro="Người soạn sẽ nhận được ý kiến này để sửa và trình ký lại."
            okText="Trả lại"
            successMessage="Đã trả lại văn bản cho người soạn."
          />
        </>
      )}
      {can.cancel && (
        <NoteModal
          open={dialog === 'cancel'}
          onClose={close}
          documentId={doc.id}
          action="cancel"
          field="reason"
          schema={cancelBody}
          required
          danger
          title="Hủy văn bản"
          label="Lý do hủy"
          intro={
            doc.status === 'issued'
              ? `Văn bản đã ban hành giữ số ${doc.symbol ?? ''} và được ghi là đã hủy trong sổ; số này không cấp lại.`
              : 'Văn bản sẽ được ghi là đã hủy.'
          }
          okText="Hủy văn bản"
          successMessage="Đã hủy văn bản."
        />
      )}
    </>
  );
}
