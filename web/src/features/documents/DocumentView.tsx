// One document: header with its actions, metadata, files with a viewer, recipients (outgoing) or
// directions and handling (incoming), and its history.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ExchangePanel } from '../exchange/ExchangePanel.tsx';
import { useDocument } from './api.ts';
import { DirectionsCard } from './DirectionsCard.tsx';
import { DocumentHeader } from './DocumentHeader.tsx';
import { DocumentMeta } from './DocumentMeta.tsx';
import { FilesCard } from './FilesCard.tsx';
import { HandlingCard } from './HandlingCard.tsx';
import { HistoryCard } from './HistoryCard.tsx';
import { RecipientsCard } from './RecipientsCard.tsx';

export function DocumentView({ id }: { id: number }) {
  const navigate = useNavigate();
  const query = useDocument(id);

  if (query.isLoading) {
    return (
      <div className="load-more">
        <Spin size="large" />
      </div>
    );
  }
  if (query.isError || !query.data) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? 'Không tìm thấy văn bản' : 'Không tải được văn bản'}
        subTitle={query.error?.message}
        extra={
          <Button type="primary" onClick={() => navigate('/van-ban/xu-ly')}>
            Về danh sách cần xử lý
          </Button>
        }
      />
    );
  }

  const doc = query.data;
  // What the user may do with it, as the server decides (it checks everything again).
  const { can } = doc;
  const incoming = doc.direction === 'in';
  return (
    <div className="doc-page">
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        className="doc-back"
        onClick={() => navigate(incoming ? '/van-ban/den' : '/van-ban/di')}
      >
        {incoming ? 'Sổ văn bản đến' : 'Văn bản đi'}
      </Button>
      <DocumentHeader doc={doc} can={can} />
      {doc.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Văn bản bị trả lại"
          description={[...doc.events].reverse().find((e) => e.kind === 'returned')?.note ?? undefined}
        />
      )}
      <div className="doc-layout">
        <div className="doc-main">
          <DocumentMeta doc={doc} />
          <FilesCard doc={doc} canUpload={can.upload} canUploadSignedOriginal={can.uploadSignedOriginal} />
          {incoming ? (
            <>
              <DirectionsCard doc={doc} canDirect={can.direct} />
              <HandlingCard doc={doc} canHandle={can.handle} />
            </>
          ) : (
            <RecipientsCard doc={doc} canEdit={can.recipients} />
          )}
        </div>
        <div className="doc-side">
          {doc.status !== 'draft' && <ExchangePanel documentId={doc.id} />}
          <HistoryCard events={doc.events} />
        </div>
      </div>
    </div>
  );
}
