// «Nơi nhận» of an outgoing document: units in the system (they get their own incoming copy when it
// is issued) and recipients outside it (printed in the Word layout).
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { recipientsBody } from '../../../../domain/schemas/documents.ts';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type DocumentDetail, useSetRecipients } from './api.ts';

interface Values {
  orgIds: number[];
  external: string[];
}

function RecipientsModal({
  doc,
  open,
  onClose,
}: {
  doc: DocumentDetail;
  open: boolean;
  onClose: () => void;
}) {
  const save = useSetRecipients(doc.id);
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values, unknown>
      open={open}
      onClose={onClose}
      form={form}
      width={640}
      title="Nơi nhận"
      okText="Lưu nơi nhận"
      successMessage="Đã lưu nơi nhận."
      initialValues={{
        orgIds: doc.recipients.flatMap((r) => (r.orgId === null ? [] : [r.orgId])),
        external: doc.recipients.filter((r) => r.orgId === null).map((r) => r.name),
      }}
      submit={(v) =>
        save.mutateAsync(
          checked(form, recipientsBody, { orgIds: v.orgIds ?? [], external: v.external ?? [] }),
        )
      }
    >
      <Form.Item
        label="Đơn vị trong hệ thống"
        name="orgIds"
        extra="Khi ban hành, mỗi đơn vị nhận được văn bản vào sổ văn bản đến của mình."
      >
        <OrgSelect multiple placeholder="Chọn các đơn vị nhận" />
      </Form.Item>
      <Form.Item
        label="Nơi nhận ngoài hệ thống"
        name="external"
        extra="Gõ tên rồi nhấn Enter, ví dụ: Thường trực Tỉnh ủy, Lưu Văn phòng"
      >
        <Select mode="tags" open={false} tokenSeparators={[';']} placeholder="Thêm nơi nhận" />
      </Form.Item>
    </FormModal>
  );
}

export function RecipientsCard({ doc, canEdit }: { doc: DocumentDetail; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const internal = doc.recipients.filter((r) => r.orgId !== null);
  const external = doc.recipients.filter((r) => r.orgId === null);
  return (
    <Card
      title={`Nơi nhận (${doc.recipients.length})`}
      size="small"
      className="doc-card"
      extra={
        canEdit && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="doc-recipients"
          >
            Sửa nơi nhận
          </Button>
        )
      }
    >
      {doc.recipients.length === 0 ? (
        <Typography.Text type="secondary">
          Chưa có nơi nhận.{canEdit ? ' Đơn vị nhận trong hệ thống sẽ nhận văn bản ngay khi ban hành.' : ''}
        </Typography.Text>
      ) : (
        <div className="doc-recipients">
          {internal.length > 0 && (
            <div>
              <Typography.Text type="secondary">Trong hệ thống: </Typography.Text>
              {internal.map((r) => (
                <Tag key={`o${r.orgId}`} color={r.receivedDocumentId ? 'green' : 'blue'}>
                  {r.receivedDocumentId ? (
                    <Link to={`/van-ban/${r.receivedDocumentId}`}>{r.name} (đã nhận)</Link>
                  ) : (
                    r.name
                  )}
                </Tag>
              ))}
            </div>
          )}
          {external.length > 0 && (
            <div>
              <Typography.Text type="secondary">Ngoài hệ thống: </Typography.Text>
              {external.map((r) => (
                <Tag key={`e${r.name}`}>{r.name}</Tag>
              ))}
            </div>
          )}
        </div>
      )}
      {canEdit && <RecipientsModal doc={doc} open={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
