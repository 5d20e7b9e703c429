// The discipline decisions on a member's record, read-only: shown on the member's page (the members
// area owns the record; this area owns the decisions).
import { Alert, Empty, List, Tag } from 'antd';
import { APPEAL_OUTCOME_LABELS } from '../../../../domain/inspections/labels.ts';
import { formatDateVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { useMemberDiscipline } from './api.ts';

export function MemberDiscipline({ memberId }: { memberId: number }) {
  const q = useMemberDiscipline(memberId);
  if (q.error) return <Alert type="error" showIcon title={errorText(q.error)} />;
  const items = q.data?.items ?? [];
  if (!q.isLoading && items.length === 0) return <Empty description="Không có quyết định kỷ luật." />;
  return (
    <List
      loading={q.isLoading}
      dataSource={items}
      renderItem={(d) => (
        <List.Item>
          <List.Item.Meta
            title={
              <>
                <Tag color="red">{d.formLabel}</Tag> {d.decisionNo ? `Quyết định ${d.decisionNo}, ` : ''}ngày{' '}
                {formatDateVi(d.decidedOn)}
              </>
            }
            description={
              <>
                <div>{d.reason}</div>
                <div>
                  Cấp quyết định: {d.authorityName}. Vi phạm ngày {formatDateVi(d.violatedOn)}. Hạn khiếu nại:{' '}
                  {formatDateVi(d.appealDue)}
                  {d.appealedOn ? `; đã khiếu nại ngày ${formatDateVi(d.appealedOn)}` : ''}
                  {d.appealOutcome ? ` (${APPEAL_OUTCOME_LABELS[d.appealOutcome].toLowerCase()})` : ''}.
                </div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
