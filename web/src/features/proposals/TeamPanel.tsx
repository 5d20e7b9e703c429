// The task force (tổ biên tập): named people with their role and duty; the lead unit edits the
// whole list in one dialog (members with an account keep it, and so their access to the scheme).
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { TEAM_ROLE_LABELS, TEAM_ROLES, type TeamRole } from '../../../../domain/proposals/labels.ts';
import { teamBody } from '../../../../domain/proposals/schemas.ts';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import { type ProposalDetail, useProposalActions } from './api.ts';

interface TeamValues {
  members: { fullName?: string; role?: TeamRole; duty?: string; userId?: number | null }[];
}

function TeamModal({ p, open, onClose }: { p: ProposalDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<TeamValues>();
  const { team } = useProposalActions(p.id);
  return (
    <FormModal<TeamValues, ProposalDetail>
      open={open}
      onClose={onClose}
      form={form}
      width={720}
      title="Tổ biên tập"
      okText="Lưu"
      successMessage="Đã cập nhật tổ biên tập."
      initialValues={{
        members: p.team.map((m) => ({
          fullName: m.fullName,
          role: m.role,
          duty: m.duty ?? '',
          userId: m.userId,
        })),
      }}
      submit={(v) =>
        team.mutateAsync(
          checked(form, teamBody, {
            members: (v.members ?? []).map((m) => ({
              fullName: m.fullName ?? '',
              role: m.role ?? 'member',
              duty: m.duty || undefined,
              userId: m.userId ?? undefined,
            })),
          }),
        )
      }
    >
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap className="pp-team-row">
                <Form.Item name={[f.name, 'fullName']} rules={[{ required: true, message: 'Nhập họ tên' }]}>
                  <Input placeholder="Họ và tên" maxLength={200} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'role']} initialValue="member">
                  <Select
                    style={{ width: 130 }}
                    options={TEAM_ROLES.map((r) => ({ value: r, label: TEAM_ROLE_LABELS[r] }))}
                    aria-label="Nhiệm vụ trong tổ"
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'duty']}>
                  <Input placeholder="Phân công" maxLength={500} style={{ width: 220 }} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="Bỏ người này" />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ role: 'member' })}>
              Thêm thành viên
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

export function TeamPanel({ p }: { p: ProposalDetail }) {
  const [editing, setEditing] = useState(false);
  return (
    <div>
      {p.can.manage && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} style={{ marginBottom: 12 }}>
          Cập nhật tổ biên tập
        </Button>
      )}
      <List
        size="small"
        bordered
        dataSource={p.team}
        locale={{ emptyText: 'Chưa lập tổ biên tập' }}
        renderItem={(m) => (
          <List.Item>
            <div>
              <b>{m.fullName}</b> <Tag>{m.roleLabel}</Tag>
              {m.orgName && <span className="pp-muted">{m.orgName}</span>}
              {m.duty && <div className="pp-muted">{m.duty}</div>}
            </div>
          </List.Item>
        )}
      />
      {p.can.manage && <TeamModal p={p} open={editing} onClose={() => setEditing(false)} />}
    </div>
  );
}
