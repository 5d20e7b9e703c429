// The scheme's measures: each with the unit that leads it and a deadline; once the scheme is issued
// each becomes a task (a link to it), and a measure added later becomes one at once.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isAdopted } from '../../../../domain/proposals/stages.ts';
import { formatDateVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { type ProposalDetail, type ProposalMeasure, useProposalActions } from './api.ts';
import { MeasureModal } from './ProposalFormModal.tsx';

export function MeasuresPanel({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const { removeMeasure, tasks } = useProposalActions(p.id);
  const [adding, setAdding] = useState(false);
  const adopted = isAdopted(p.stage);
  const waiting = p.measures.some((m) => m.taskId === null);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        {p.can.manage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm giải pháp
          </Button>
        )}
        {p.can.manage && adopted && waiting && (
          <Button
            type="primary"
            loading={tasks.isPending}
            onClick={() =>
              tasks.mutate(undefined, {
                onSuccess: (r) => void message.success(`Đã giao ${r.created} nhiệm vụ.`),
                onError: (e) => void message.error(errorText(e)),
              })
            }
          >
            Giao thành nhiệm vụ
          </Button>
        )}
      </Space>
      {!adopted && <div className="pp-muted">Các giải pháp thành nhiệm vụ khi đề án được ban hành.</div>}
      <Table<ProposalMeasure>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={p.measures}
        locale={{ emptyText: 'Chưa có giải pháp nào' }}
        columns={[
          { title: 'Giải pháp, nhiệm vụ', dataIndex: 'title' },
          { title: 'Đơn vị chủ trì', dataIndex: 'leadOrgName', width: 200 },
          { title: 'Thời hạn', dataIndex: 'dueOn', width: 110, render: (d: string) => formatDateVi(d) },
          {
            title: 'Nhiệm vụ',
            key: 'task',
            width: 130,
            render: (_: unknown, m) =>
              m.taskId ? (
                <Link to={`/chuong-trinh/nhiem-vu/${m.taskId}`}>Xem nhiệm vụ</Link>
              ) : p.can.manage ? (
                <Popconfirm
                  title="Bỏ giải pháp này?"
                  okText="Bỏ"
                  cancelText="Hủy"
                  onConfirm={() =>
                    removeMeasure.mutate(m.id, { onError: (e) => void message.error(errorText(e)) })
                  }
                >
                  <Button size="small" icon={<DeleteOutlined />} aria-label="Bỏ giải pháp" />
                </Popconfirm>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {p.can.manage && <MeasureModal id={p.id} open={adding} onClose={() => setAdding(false)} />}
    </div>
  );
}
