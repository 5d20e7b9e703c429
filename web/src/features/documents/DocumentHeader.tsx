// The top of a document's page: symbol (or «Dự thảo»), type, status and levels, and its actions.
import { EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../forms.ts';
import { type DocumentCan, type DocumentDetail, downloadDocx, useTypeName } from './api.ts';
import { EditDocumentModal } from './EditDocumentModal.tsx';
import { SecrecyTag, StatusTag, UrgencyTag } from './labels.tsx';
import { OutgoingActions } from './OutgoingActions.tsx';

export function DocumentHeader({ doc, can }: { doc: DocumentDetail; can: DocumentCan }) {
  const { message } = App.useApp();
  const typeName = useTypeName();
  const [editing, setEditing] = useState(false);
  const word = useMutation({
    mutationFn: () => downloadDocx(doc.id),
    onError: (err) => void message.error(errorText(err)),
  });
  const title = doc.symbol ?? (doc.direction === 'in' ? 'Văn bản không số' : 'Dự thảo');
  return (
    <div className="doc-header">
      <div className="doc-header-title">
        <Space size={8} wrap align="center">
          <Typography.Title level={3} data-testid="doc-title">
            {title}
          </Typography.Title>
          <Tag>{typeName(doc.typeCode)}</Tag>
          {!(doc.status === 'draft' && !doc.symbol) && (
            <StatusTag status={doc.status} label={doc.statusLabel} />
          )}
          <SecrecyTag level={doc.secrecy} />
          <UrgencyTag level={doc.urgency} />
          {doc.congress && <Tag color="geekblue">Văn bản đại hội</Tag>}
        </Space>
        <Typography.Paragraph className="doc-header-summary">{doc.summary}</Typography.Paragraph>
      </div>
      <div className="doc-actions">
        {can.edit && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="doc-edit">
            Sửa
          </Button>
        )}
        <OutgoingActions doc={doc} can={can} />
        <Button icon={<FileWordOutlined />} onClick={() => word.mutate()} loading={word.isPending}>
          Tải bản Word
        </Button>
      </div>
      {can.edit && <EditDocumentModal doc={doc} open={editing} onClose={() => setEditing(false)} />}
    </div>
  );
}
