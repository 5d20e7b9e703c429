// Theo dõi thời hạn: the opinions and the signatures that came late, or not yet, against the deadlines
// the working regulation gave, by unit and in working days — the measure of work passed around or put
// off. Leaders and the office see the units of their scope; the server applies the access rule.
import { Alert, Card, DatePicker, Empty, List, Space, Spin, Statistic, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useLateDashboard } from './api.ts';
import './rules.css';

const lateTag = (days: number, open: boolean) => (
  <Tag color={open ? 'red' : 'orange'}>
    {open ? 'chưa xong, ' : ''}chậm {days} ngày làm việc
  </Tag>
);

export function LatePage() {
  const [from, setFrom] = useState<Dayjs | null>(null);
  const q = useLateDashboard(from ? from.format('YYYY-MM-DD') : null);
  const d = q.data;
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Theo dõi thời hạn</Typography.Title>
        <Space wrap>
          <span className="ru-muted">Hạn từ ngày</span>
          <DatePicker
            value={from}
            onChange={setFrom}
            format={DATE_FORMAT}
            placeholder="12 tháng qua"
            aria-label="Hạn từ ngày"
          />
        </Space>
      </div>
      <Alert
        type="info"
        showIcon
        className="ru-block"
        title="Ý kiến và trình ký quá thời hạn quy chế làm việc giao, tính bằng ngày làm việc; đơn vị chịu trách nhiệm là đơn vị được lấy ý kiến và đơn vị của người ký."
      />
      {q.isError && <Alert type="error" showIcon title={q.error.message} />}
      {q.isLoading && <Spin />}
      {d && (
        <>
          <div className="ru-muted ru-block">
            Hạn từ {formatDateVi(d.from)} đến {formatDateVi(d.on)}
          </div>
          <Card size="small" title="Theo đơn vị" className="ru-block" data-testid="late-units">
            {d.units.length === 0 ? (
              <Empty description="Không có việc chậm so với quy chế." />
            ) : (
              <div className="ru-cards">
                {d.units.map((u) => (
                  <Card
                    key={u.orgId}
                    size="small"
                    className="ru-card"
                    title={u.orgName}
                    data-testid={`late-unit-${u.orgId}`}
                  >
                    <Space wrap size="large">
                      <Statistic
                        title="Ý kiến chậm"
                        value={u.lateOpinions}
                        suffix={u.openOpinions ? `(${u.openOpinions} chưa trả lời)` : ''}
                      />
                      <Statistic
                        title="Trình ký chậm"
                        value={u.lateSignatures}
                        suffix={u.openSignatures ? `(${u.openSignatures} chưa ký)` : ''}
                      />
                      <Statistic title="Chậm nhất (ngày làm việc)" value={u.worstDaysLate} />
                    </Space>
                  </Card>
                ))}
              </div>
            )}
          </Card>
          <Card
            size="small"
            title={`Ý kiến chậm (${d.opinions.length})`}
            className="ru-block"
            data-testid="late-opinions"
          >
            <List
              size="small"
              locale={{ emptyText: 'Không có ý kiến chậm.' }}
              dataSource={d.opinions}
              renderItem={(o) => (
                <List.Item key={`${o.proposalId}-${o.round}-${o.orgId}-${o.consultee}`}>
                  <div>
                    <div className="ru-inline">
                      <Link to={`/de-an/${o.proposalId}`}>{o.title}</Link>
                      {lateTag(o.daysLate, !o.doneOn)}
                    </div>
                    <div className="ru-muted">
                      {o.consultee} ({o.orgName}) · đợt {o.round} · hạn {formatDateVi(o.dueOn)}
                      {o.article ? ` (theo ${o.article})` : ''}
                      {o.doneOn ? ` · trả lời ngày ${formatDateVi(o.doneOn)}` : ''}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
          <Card
            size="small"
            title={`Trình ký chậm (${d.signatures.length})`}
            className="ru-block"
            data-testid="late-signatures"
          >
            <List
              size="small"
              locale={{ emptyText: 'Không có văn bản trình ký chậm.' }}
              dataSource={d.signatures}
              renderItem={(s) => (
                <List.Item key={s.documentId}>
                  <div>
                    <div className="ru-inline">
                      <Link to={`/van-ban/${s.documentId}`}>
                        {s.typeCode} {s.summary}
                      </Link>
                      {lateTag(s.daysLate, !s.doneOn)}
                    </div>
                    <div className="ru-muted">
                      Người ký {s.signerName ?? '—'} ({s.orgName}) · hạn {formatDateVi(s.dueOn)}
                      {s.article ? ` (theo ${s.article})` : ''}
                      {s.doneOn ? ` · ký, trả lại ngày ${formatDateVi(s.doneOn)}` : ''}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </div>
  );
}
