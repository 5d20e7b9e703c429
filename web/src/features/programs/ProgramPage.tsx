// One programme: its heading and actions (approve, cascade to a unit below, edit), and tabs for the
// content tree (side by side with the superior's text and the copy score as you type), the lower
// units' programmes with their copy scores, the results and the review report, the revisions.
import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { useApproveProgram, useProgram } from './api.ts';
import { CascadeButton, CascadePanel } from './CascadePanel.tsx';
import { EditProgramModal } from './ProgramFormModal.tsx';
import { ProgramTree } from './ProgramTree.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { RevisionsPanel } from './RevisionsPanel.tsx';

export function ProgramPage() {
  const id = Number(useParams().id);
  const program = useProgram(id);
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const approveProgram = useApproveProgram(id);
  const approve = () =>
    approveProgram.mutate(undefined, {
      onSuccess: (r) =>
        void message.success(
          `Đã phê duyệt và ban hành xuống các đơn vị trực thuộc${r.tasksCreated ? `; đã giao ${r.tasksCreated} nhiệm vụ` : ''}.`,
        ),
      onError: (err) => void message.error(errorText(err)),
    });

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title="Không có chương trình này" />;
  if (program.isLoading) return <Spin />;
  if (program.isError || !program.data) {
    return <Result status="404" title="Không tìm thấy" subTitle={program.error?.message} />;
  }
  const p = program.data;
  const approved = p.status === 'approved';

  return (
    <div>
      <div className="page-header">
        <div>
          <Typography.Title level={3} data-testid="program-title">
            {p.title}
          </Typography.Title>
          <Space wrap>
            <Tag color={approved ? 'green' : 'default'} data-testid="program-status">
              {p.statusLabel}
              {p.revision > 0 ? ` — điều chỉnh lần ${p.revision}` : ''}
            </Tag>
            <Typography.Text type="secondary">{p.orgName}</Typography.Text>
          </Space>
        </div>
        <Space wrap>
          {p.can.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              Sửa thông tin
            </Button>
          )}
          {p.can.approve && (
            <Popconfirm
              title="Phê duyệt và ban hành chương trình?"
              description="Các đơn vị trực thuộc sẽ nhận được chương trình để cụ thể hóa; mục có đơn vị chủ trì và thời hạn trở thành nhiệm vụ."
              okText="Phê duyệt"
              cancelText="Hủy"
              onConfirm={approve}
            >
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                loading={approveProgram.isPending}
                data-testid="program-approve"
              >
                Phê duyệt
              </Button>
            </Popconfirm>
          )}
          {p.can.cascade && <CascadeButton program={p} />}
        </Space>
      </div>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="pg-descriptions">
        <Descriptions.Item label="Loại">{p.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="Thời gian">
          {formatDateVi(p.startsOn)} – {formatDateVi(p.endsOn)}
        </Descriptions.Item>
        <Descriptions.Item label="Chủ đề">{p.theme ? `«${p.theme}»` : '—'}</Descriptions.Item>
        {p.resolution && (
          <Descriptions.Item label="Thực hiện" span={3} data-testid="program-resolution">
            {p.resolution.documentId !== null ? (
              <Link to={`/van-ban/${p.resolution.documentId}`}>{p.resolution.ref}</Link>
            ) : (
              p.resolution.ref
            )}{' '}
            {p.resolution.title}
          </Descriptions.Item>
        )}
        {p.parent && (
          <Descriptions.Item label="Cụ thể hóa từ" span={3}>
            <Link to={`/chuong-trinh/${p.parent.id}`}>
              {p.parent.title} ({p.parent.orgName})
            </Link>
          </Descriptions.Item>
        )}
        {approved && (
          <Descriptions.Item label="Phê duyệt">
            {p.approvedByName ?? ''} {p.approvedAt ? formatDateVi(p.approvedAt.slice(0, 10)) : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {p.parent && !approved && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Cụ thể hóa, không dập khuôn"
          description="Bên trái là nội dung của cấp trên; hãy viết lại từng nội dung bên phải cho phù hợp tình hình của đơn vị (chỉ tiêu, địa bàn, công trình, số liệu cụ thể) và thêm nhiệm vụ riêng. Mức dập khuôn được tính ngay khi gõ."
        />
      )}
      <Tabs
        items={[
          { key: 'tree', label: 'Nội dung', children: <ProgramTree program={p} /> },
          ...(approved
            ? [{ key: 'lower', label: 'Cấp dưới cụ thể hóa', children: <CascadePanel program={p} /> }]
            : []),
          { key: 'progress', label: 'Kết quả thực hiện', children: <ProgressPanel program={p} /> },
          ...(approved
            ? [
                {
                  key: 'revisions',
                  label: 'Các lần điều chỉnh',
                  children: <RevisionsPanel programId={p.id} />,
                },
              ]
            : []),
        ]}
      />
      {p.can.edit && <EditProgramModal program={p} open={editing} onClose={() => setEditing(false)} />}
    </div>
  );
}
