// One task: what, who, by when, where it came from, its state at a glance, and its whole history of
// reports, extensions and transfers with their reasons, with the files.
import { FileOutlined } from '@ant-design/icons';
import { Card, Descriptions, List, Progress, Result, Spin, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { SECRECY_LABELS } from '../../../../domain/roles.ts';
import { TASK_SOURCE_LABELS } from '../../../../domain/tasks.ts';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { type TaskEvent, useTask } from './api.ts';
import { TaskActions } from './TaskActions.tsx';
import { TaskTags } from './TasksPage.tsx';

function eventText(e: TaskEvent): { color: string; title: string; body: string | null } {
  switch (e.kind) {
    case 'create':
      return {
        color: 'blue',
        title: `Giao cho ${e.toOrgName ?? ''}, hạn ${formatDateVi(e.newDueOn)}`,
        body: null,
      };
    case 'update':
      return {
        color: e.progress === 100 ? 'green' : 'blue',
        title: e.progress === 100 ? 'Báo cáo hoàn thành' : `Báo cáo tiến độ: ${e.progress}%`,
        body: e.note,
      };
    case 'extend':
      return {
        color: 'purple',
        title: `Gia hạn từ ${formatDateVi(e.oldDueOn)} đến ${formatDateVi(e.newDueOn)}`,
        body: e.reason ? `Lý do: ${e.reason}` : null,
      };
    case 'transfer':
      return {
        color: 'red',
        title: `Chuyển từ ${e.fromOrgName ?? ''} sang ${e.toOrgName ?? ''}`,
        body: e.reason ? `Lý do: ${e.reason}` : null,
      };
    case 'edit':
      return { color: 'gray', title: e.note ?? 'Sửa', body: null };
  }
}

export function TaskPage() {
  const id = Number(useParams().id);
  const task = useTask(id);
  if (task.isLoading) return <Spin />;
  if (task.isError || !task.data)
    return <Result status="404" title="Không tìm thấy" subTitle={task.error?.message} />;
  const t = task.data;
  return (
    <div>
      <div className="page-header">
        <div>
          <Typography.Title level={3} data-testid="task-title">
            {t.title}
          </Typography.Title>
          <TaskTags task={t} />
        </div>
        <TaskActions task={t} />
      </div>
      <div className="pg-task-layout">
        <Card size="small" title="Thông tin">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="Đơn vị chủ trì">{t.orgName}</Descriptions.Item>
            <Descriptions.Item label="Người thực hiện">{t.assigneeName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị phối hợp">
              {t.coordinators.length ? t.coordinators.map((c) => c.name).join(', ') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Đơn vị giao">{t.assignerOrgName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Thời hạn">
              {formatDateVi(t.dueOn)}
              {t.originalDueOn !== t.dueOn && ` (hạn ban đầu ${formatDateVi(t.originalDueOn)})`}
              {t.ruleArticle && (
                <span data-testid="task-rule">
                  {' '}
                  (hạn {t.originalDueOn !== t.dueOn ? 'ban đầu ' : ''}theo {t.ruleArticle})
                </span>
              )}
            </Descriptions.Item>
            {t.startsOn && (
              <Descriptions.Item label="Ngày giao">{formatDateVi(t.startsOn)}</Descriptions.Item>
            )}
            <Descriptions.Item label="Tiến độ">
              <Progress
                percent={t.progress}
                size="small"
                status={t.overdue ? 'exception' : undefined}
                style={{ width: 200 }}
              />
            </Descriptions.Item>
            {t.doneOn && (
              <Descriptions.Item label="Ngày hoàn thành">{formatDateVi(t.doneOn)}</Descriptions.Item>
            )}
            {t.product && <Descriptions.Item label="Sản phẩm">{t.product}</Descriptions.Item>}
            <Descriptions.Item label="Nguồn">
              {TASK_SOURCE_LABELS[t.source.kind]}
              {t.source.ref && ` — ${t.source.ref}`}
              {t.programId && (
                <>
                  {' '}
                  (<Link to={`/chuong-trinh/${t.programId}`}>xem chương trình</Link>)
                </>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Chuyển đơn vị / gia hạn">
              {t.transferCount} lần / {t.extensionCount} lần
            </Descriptions.Item>
            <Descriptions.Item label="Báo cáo gần nhất">{formatDateTimeVi(t.lastReportAt)}</Descriptions.Item>
            {t.secrecy > 0 && (
              <Descriptions.Item label="Độ mật">{SECRECY_LABELS[t.secrecy]}</Descriptions.Item>
            )}
          </Descriptions>
          {t.description && <Typography.Paragraph className="pg-desc">{t.description}</Typography.Paragraph>}
        </Card>
        <div>
          <Card size="small" title="Quá trình thực hiện" data-testid="task-history">
            <Timeline
              items={[...t.events].reverse().map((e) => {
                const x = eventText(e);
                return {
                  color: x.color,
                  children: (
                    <div>
                      <Typography.Text strong>{x.title}</Typography.Text>
                      <div className="pg-muted">
                        {formatDateTimeVi(e.at)} — {e.actorName ?? ''}
                      </div>
                      {x.body && <div className="pg-desc">{x.body}</div>}
                      {t.files
                        .filter((f) => f.eventId === e.id)
                        .map((f) => (
                          <div key={f.id}>
                            <a href={f.url}>
                              <FileOutlined /> {f.name}
                            </a>
                          </div>
                        ))}
                    </div>
                  ),
                };
              })}
            />
          </Card>
          {t.files.some((f) => f.eventId === null) && (
            <Card size="small" title="Tệp đính kèm" style={{ marginTop: 16 }}>
              <List
                size="small"
                dataSource={t.files.filter((f) => f.eventId === null)}
                renderItem={(f) => (
                  <List.Item>
                    <a href={f.url}>
                      <FileOutlined /> {f.name}
                    </a>
                  </List.Item>
                )}
              />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
