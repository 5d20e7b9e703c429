// The unit's working regulation (Quy chế làm việc): the version in force with its rules and articles,
// the due date each time limit gives for something started today, the earlier and later versions; an
// administrator or leader adds a version that takes effect on a day (items already started keep theirs).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { useWorkRegulations, type WorkRegulation } from './api.ts';
import { RegulationForm } from './RegulationForm.tsx';
import { RegulationItemView } from './RegulationItemView.tsx';
import './rules.css';

function VersionCard({ r }: { r: WorkRegulation }) {
  return (
    <Card
      size="small"
      className="ru-block"
      data-testid={`reg-${r.id}`}
      title={<span className="ru-title">{r.title}</span>}
      extra={r.inForce ? <Tag color="green">Đang có hiệu lực</Tag> : null}
    >
      <div className="ru-muted">
        {r.source} · hiệu lực từ {formatDateVi(r.effectiveFrom)}
        {r.createdByName ? ` · nhập bởi ${r.createdByName}` : ''}
      </div>
      <ul className="ru-versions">
        {r.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a version's rules never change or move
          <RegulationItemView key={`${item.kind}-${item.article}-${i}`} item={item} index={i} />
        ))}
      </ul>
    </Card>
  );
}

export function RegulationsPage() {
  const me = useMe();
  const canManage = roleCan(me.user.role, 'workrules.manage');
  const list = useWorkRegulations();
  const [adding, setAdding] = useState(false);
  const items = list.data?.items ?? [];
  const current = items.find((r) => r.inForce) ?? null;
  const others = items.filter((r) => !r.inForce);
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Quy chế làm việc</Typography.Title>
        {canManage && !adding && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="reg-new"
          >
            Phiên bản mới
          </Button>
        )}
      </div>
      <Alert
        type="info"
        showIcon
        className="ru-block"
        title="Quy chế của đơn vị: thẩm quyền ký, lấy ý kiến và thời hạn (ngày làm việc), tỷ lệ có mặt và biểu quyết. Việc đã bắt đầu giữ phiên bản có hiệu lực lúc bắt đầu."
      />
      {adding && <RegulationForm orgId={me.user.orgId} current={current} onDone={() => setAdding(false)} />}
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      {list.isLoading && <Spin />}
      {list.data && !current && (
        <Alert type="warning" showIcon title="Đơn vị chưa có quy chế làm việc có hiệu lực." />
      )}
      {current && <VersionCard r={current} />}
      {others.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'others',
              label: `Các phiên bản khác (${others.length})`,
              children: others.map((r) => <VersionCard key={r.id} r={r} />),
            },
          ]}
        />
      )}
    </div>
  );
}
