// The rules kept as data (quản trị): every figure that comes from a regulation — durations, frequencies,
// thresholds, the meeting quality sheet — with the version in force, its source (or «cần xác minh»
// when no public source confirms the default yet) and its history; an administrator adds a version
// that takes effect on a day, and records started earlier keep the version they started with.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { type Rule, useRules } from './api.ts';
import { RuleValue } from './RuleValue.tsx';
import { RuleVersionModal } from './RuleVersionModal.tsx';
import './rules.css';

const AREA_LABELS: Record<string, string> = {
  meetings: 'Sinh hoạt chi bộ',
  intel: 'Thông tin tình hình',
  rules: 'Lịch làm việc',
};

function RuleCard({ r, onAdd }: { r: Rule; onAdd?: () => void }) {
  const v = r.inForce;
  return (
    <Card
      size="small"
      className="ru-card"
      data-testid={`rule-${r.key}`}
      title={<span className="ru-title">{r.label}</span>}
      extra={
        onAdd && (
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd} data-testid={`rule-add-${r.key}`}>
            Phiên bản mới
          </Button>
        )
      }
    >
      <div className="ru-muted">{r.description}</div>
      {!r.verified && <Tag color="orange">Cần xác minh nguồn</Tag>}
      {v ? (
        <div className="ru-block">
          <RuleValue form={r.form} value={v.value} />
          <div className="ru-muted">
            Căn cứ: {v.source} · hiệu lực từ {formatDateVi(v.effectiveFrom)}
            {v.isDefault ? ' · mặc định của phần mềm' : ''}
          </div>
        </div>
      ) : (
        <Alert type="warning" showIcon title="Chưa có phiên bản có hiệu lực hôm nay." />
      )}
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'versions',
            label: `Các phiên bản (${r.versions.length})`,
            children: (
              <ul className="ru-versions">
                {r.versions.map((x) => (
                  <li key={x.id}>
                    <strong>Từ {formatDateVi(x.effectiveFrom)}</strong>
                    <RuleValue form={r.form} value={x.value} />
                    <div className="ru-muted">
                      {x.source}
                      {x.note ? ` · ${x.note}` : ''}
                      {x.createdByName ? ` · ${x.createdByName}, ${formatDateTimeVi(x.createdAt)}` : ''}
                    </div>
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function RulesPage() {
  const me = useMe();
  const canManage = roleCan(me.user.role, 'rules.manage');
  const rules = useRules();
  const [adding, setAdding] = useState<Rule | null>(null);
  const areas = [...new Set((rules.data?.items ?? []).map((r) => r.area))];
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Quy định áp dụng</Typography.Title>
      </div>
      <Alert
        type="info"
        showIcon
        className="ru-block"
        title="Các thời hạn, ngưỡng và tiêu chí lấy từ văn bản quy định được lưu thành phiên bản có ngày hiệu lực. Hồ sơ đã bắt đầu giữ phiên bản áp dụng lúc đó."
      />
      {rules.isError && <Alert type="error" showIcon title={rules.error.message} />}
      {rules.isLoading && <Spin />}
      {areas.map((area) => (
        <section key={area} className="ru-area">
          <Typography.Title level={4}>{AREA_LABELS[area] ?? area}</Typography.Title>
          <div className="ru-cards">
            {rules.data?.items
              .filter((r) => r.area === area)
              .map((r) => (
                <RuleCard key={r.key} r={r} onAdd={canManage ? () => setAdding(r) : undefined} />
              ))}
          </div>
        </section>
      ))}
      {canManage && <RuleVersionModal rule={adding} onClose={() => setAdding(null)} />}
    </div>
  );
}
