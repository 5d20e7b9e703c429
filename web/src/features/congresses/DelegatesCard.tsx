// The congress's delegates (official and alternate) with what the credentials check found: a member
// picked by name is added only when on the unit's roll on the congress day and a full member; recent
// discipline is shown against the name for the credentials committee.
import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Radio, Select, Tag } from 'antd';
import { useState } from 'react';
import { errorText } from '../forms.ts';
import { type CongressDetail, useCongressActions, useMemberSearch } from './api.ts';

export function DelegatesCard({ c }: { c: CongressDetail }) {
  const { addDelegate, removeDelegate } = useCongressActions();
  const [q, setQ] = useState('');
  const [memberId, setMemberId] = useState<number | undefined>();
  const [kind, setKind] = useState<'official' | 'alternate'>('official');
  const [error, setError] = useState<string | null>(null);
  const found = useMemberSearch(q);
  return (
    <Card size="small" title={`Đại biểu (${c.delegates.length})`} className="cg-card">
      <List
        dataSource={c.delegates}
        locale={{ emptyText: 'Chưa có đại biểu nào.' }}
        renderItem={(d) => (
          <List.Item
            actions={
              c.can.manage
                ? [
                    <Button
                      key="rm"
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={`Bỏ ${d.fullName}`}
                      onClick={() => removeDelegate.mutate({ id: c.id, delegateId: d.id })}
                    />,
                  ]
                : []
            }
          >
            <div>
              <div>
                {d.fullName} <Tag>{d.kind === 'official' ? 'Chính thức' : 'Dự khuyết'}</Tag>
                {d.problems.length === 0 && <Tag color="green">Đủ tư cách</Tag>}
              </div>
              {d.problems.map((p) => (
                <div key={p} className="cg-muted">
                  <Tag color="orange">Cần xem xét</Tag> {p}
                </div>
              ))}
            </div>
          </List.Item>
        )}
      />
      {c.can.manage && (
        <div className="cg-row">
          <Select<number>
            aria-label="Đảng viên"
            style={{ flex: '1 1 220px' }}
            showSearch={{ filterOption: false, onSearch: setQ }}
            value={memberId}
            onChange={setMemberId}
            placeholder="Gõ ít nhất 2 chữ của họ tên"
            options={(found.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.fullName} — ${m.orgName}`,
            }))}
          />
          <Radio.Group
            optionType="button"
            value={kind}
            onChange={(e) => setKind(e.target.value as 'official' | 'alternate')}
            options={[
              { value: 'official', label: 'Chính thức' },
              { value: 'alternate', label: 'Dự khuyết' },
            ]}
          />
          <Button
            disabled={memberId === undefined}
            loading={addDelegate.isPending}
            onClick={() => {
              if (memberId === undefined) return;
              setError(null);
              addDelegate.mutate(
                { id: c.id, memberId, kind },
                { onSuccess: () => setMemberId(undefined), onError: (e) => setError(errorText(e)) },
              );
            }}
          >
            Thêm, thẩm tra tư cách
          </Button>
        </div>
      )}
      {error && <Alert type="error" showIcon message={error} />}
    </Card>
  );
}
