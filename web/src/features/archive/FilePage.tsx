// One file (hồ sơ): what it is, its retention, its documents (records marked, corrections linked),
// the legal holds, the approvals to digitise and its disposal history; the actions its state allows.
import { Alert, Card, Descriptions, Empty, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router';
import { formatDateTimeVi, formatDateVi, SECRECY_LABELS } from '../../lib/format.ts';
import { type FileDocument, useFile } from './api.ts';
import { FileActions } from './FileActions.tsx';
import { FileStatusTag, HoldTag, RecordTag, SecrecyTag } from './labels.tsx';

export function FilePage() {
  const id = Number(useParams().id);
  const file = useFile(id);
  if (file.isLoading) return <Spin />;
  if (file.isError) return <Alert type="error" showIcon title={file.error.message} />;
  const f = file.data;
  if (!f) return <Spin />;

  const columns: ColumnsType<FileDocument> = [
    { title: 'STT', dataIndex: 'position', width: 60, render: (_: unknown, __, i) => i + 1 },
    {
      title: 'Số, ký hiệu',
      dataIndex: 'symbol',
      width: 150,
      render: (s: string | null, d) => <Link to={`/van-ban/${d.id}`}>{s ?? 'Không số'}</Link>,
    },
    {
      title: 'Ngày',
      key: 'date',
      width: 110,
      render: (_: unknown, d) => formatDateVi(d.issuedOn ?? d.receivedOn),
    },
    {
      title: 'Trích yếu',
      dataIndex: 'summary',
      render: (s: string, d) => (
        <div data-testid="file-document">
          <div>{s}</div>
          <div>
            <SecrecyTag level={d.secrecy} />
            {d.record && <RecordTag />}
            {d.status === 'destroyed' && <Tag color="red">Đã tiêu hủy</Tag>}
            {d.textPending && <Tag color="gold">Đang nhận dạng chữ</Tag>}
            {d.correctsDocumentId && (
              <Tag color="cyan">
                Đính chính cho{' '}
                <Link to={`/van-ban/${d.correctsDocumentId}`}>văn bản {d.correctsDocumentId}</Link>
              </Tag>
            )}
            {d.correctedBy.map((c) => (
              <Tag key={c} color="orange">
                Đã có bản đính chính: <Link to={`/van-ban/${c}`}>văn bản {c}</Link>
              </Tag>
            ))}
          </div>
        </div>
      ),
    },
    { title: 'Tệp', dataIndex: 'files', width: 60, align: 'right' },
    { title: 'Tình trạng', dataIndex: 'statusLabel', width: 120 },
  ];

  return (
    <div>
      <div className="page-header">
        <div>
          <Typography.Title level={3} data-testid="file-title">
            <span className="ar-code" style={{ fontSize: 18 }}>
              {f.fileCode}
            </span>{' '}
            {f.title}
          </Typography.Title>
          <div>
            <FileStatusTag status={f.status} label={f.statusLabel} />
            <SecrecyTag level={f.secrecy} />
            {f.declared && <RecordTag />}
            {f.onHold && <HoldTag />}
          </div>
        </div>
      </div>
      <FileActions file={f} />
      {f.declared && (
        <Alert
          type="info"
          showIcon
          className="ar-card"
          data-testid="file-declared"
          title={`Các văn bản của hồ sơ đã là tài liệu lưu trữ từ ${formatDateTimeVi(f.declaredAt)}: không sửa, không xóa được (cả ở cơ sở dữ liệu). Muốn đính chính, hãy tạo văn bản mới và đưa vào một hồ sơ như bản đính chính.`}
        />
      )}
      <Card size="small" className="ar-card">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="Đơn vị">{f.orgName}</Descriptions.Item>
          <Descriptions.Item label="Năm danh mục">{f.year}</Descriptions.Item>
          <Descriptions.Item label="Đề mục">{f.section ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Người lập hồ sơ">{f.responsibleName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Thời hạn bảo quản">
            {f.retentionLabel}
            {f.scheduleCode && <span className="ar-muted"> (dòng {f.scheduleCode})</span>}
          </Descriptions.Item>
          <Descriptions.Item label="Độ mật">{SECRECY_LABELS[f.secrecy]}</Descriptions.Item>
          <Descriptions.Item label="Ngày mở">{formatDateVi(f.openedOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label="Ngày đóng">{formatDateVi(f.closedOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label="Năm kết thúc">{f.endYear ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Hết thời hạn bảo quản">
            {f.retentionYears === null && !f.retentionEndsOn
              ? 'Không (vĩnh viễn)'
              : formatDateVi(f.retentionEndsOn) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Số văn bản">{f.documents}</Descriptions.Item>
          {f.note && <Descriptions.Item label="Ghi chú">{f.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title="Văn bản trong hồ sơ" className="ar-card">
        {f.documentsHidden > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={`${f.documentsHidden} văn bản vượt mức tiếp cận bí mật của bạn nên không hiển thị.`}
          />
        )}
        <Table<FileDocument>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={f.items}
          pagination={false}
          locale={{ emptyText: <Empty description="Hồ sơ chưa có văn bản" /> }}
        />
      </Card>
      {(f.holds.length > 0 || f.digitiseApprovals.length > 0 || f.disposal.length > 0) && (
        <Card size="small" title="Tạm giữ, phê duyệt số hóa, tiêu hủy" className="ar-card">
          <ul className="ar-list">
            {f.holds.map((h) => (
              <li key={`h${h.id}`}>
                <strong>{h.liftedAt ? 'Đã gỡ tạm giữ' : 'Đang tạm giữ'}</strong>
                {h.documentId ? ` văn bản ${h.documentId}` : ' cả hồ sơ'}: {h.reason} —{' '}
                {h.placedBy ?? 'hệ thống'}, {formatDateTimeVi(h.placedAt)}
                {h.liftedAt &&
                  ` · gỡ ${formatDateTimeVi(h.liftedAt)} bởi ${h.liftedBy ?? 'hệ thống'}: ${h.liftReason}`}
              </li>
            ))}
            {f.digitiseApprovals.map((a) => (
              <li key={`a${a.id}`}>
                Phê duyệt số hóa đến mức <strong>{SECRECY_LABELS[a.maxSecrecy]}</strong> ({a.decisionRef}) —{' '}
                {a.approvedBy}, {formatDateTimeVi(a.approvedAt)}
                {a.note ? `: ${a.note}` : ''}
              </li>
            ))}
            {f.disposal.map((d) => (
              <li key={`d${d.listId}`}>
                <Link to={`/luu-tru/tieu-huy/${d.listId}`}>Danh sách tiêu hủy «{d.title}»</Link>
                {d.decision === 'keep'
                  ? ` — Hội đồng: giữ lại ${d.keepYears ? `${d.keepYears} năm` : 'vĩnh viễn'}`
                  : ''}
                {d.decision === 'destroy' ? ' — Hội đồng: hủy' : ''}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
