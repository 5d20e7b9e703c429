// The warnings dashboard: each warning with its reason in Vietnamese; choosing one charts the weekly
// series behind it (the window and the baseline marked, the baseline's weekly mean as a line).
import { Line } from '@ant-design/plots';
import { Alert, Card, Empty, List, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { type IntelWarning, useSeries, useWarnings } from './api.ts';

const PART_LABEL = { window: '28 ngày gần đây', baseline: 'Mức nền 12 tuần', before: 'Trước đó' } as const;

function SeriesChart({ orgId, category }: { orgId: number; category: string }) {
  const series = useSeries(orgId, category);
  if (series.isLoading) return <Spin />;
  if (!series.data) return null;
  const s = series.data;
  const data = s.points.map((p) => ({
    week: formatDateVi(p.weekEnd).slice(0, 5),
    n: p.n,
    part: PART_LABEL[p.part],
  }));
  return (
    <Card
      size="small"
      title={`${s.categoryName} — ${s.orgName}: số vụ việc theo tuần`}
      data-testid="intel-series"
    >
      <Line
        data={data}
        xField="week"
        yField="n"
        colorField="part"
        height={260}
        point={{ size: 3 }}
        axis={{ y: { title: 'Số vụ/tuần' } }}
        annotations={[
          { type: 'lineY', yField: s.baselinePerWeek, style: { stroke: '#999', lineDash: [4, 4] } },
        ]}
      />
      <div className="intel-muted">
        Đường đứt: bình quân mức nền {s.baselinePerWeek.toLocaleString('vi-VN')} vụ/tuần. Tuần kết thúc ngày{' '}
        {formatDateVi(s.points.at(-1)?.weekEnd)}.
      </div>
    </Card>
  );
}

export function WarningsPanel({ orgId }: { orgId: number }) {
  const warnings = useWarnings(orgId);
  const [chosen, setChosen] = useState<IntelWarning | null>(null);
  if (warnings.isLoading) return <Spin />;
  if (warnings.error) return <Alert type="error" message={errorText(warnings.error)} />;
  const items = warnings.data?.items ?? [];
  const shown = chosen ?? items[0] ?? null;
  return (
    <div className="intel-page">
      {items.length === 0 ? (
        <Empty description="Không có cảnh báo: không lĩnh vực nào tăng rõ so với mức nền của chính đơn vị." />
      ) : (
        <List
          dataSource={items}
          renderItem={(w) => (
            <List.Item
              onClick={() => setChosen(w)}
              style={{ cursor: 'pointer', background: shown === w ? '#fff7e6' : undefined }}
              data-testid="intel-warning"
            >
              <List.Item.Meta
                title={
                  <span>
                    <Tag color={w.kind === 'recurrence' ? 'red' : w.kind === 'rise' ? 'volcano' : 'orange'}>
                      {w.kindLabel}
                    </Tag>
                    {w.orgName} — {w.categoryName}
                  </span>
                }
                description={
                  <Typography.Text className="intel-reason">
                    {w.reason}
                    {w.issueId && (
                      <>
                        {' '}
                        <Link to={`/tinh-hinh/vu-viec/${w.issueId}`}>Xem vụ việc</Link>
                      </>
                    )}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
      {shown && <SeriesChart orgId={shown.orgId} category={shown.category} />}
    </div>
  );
}
