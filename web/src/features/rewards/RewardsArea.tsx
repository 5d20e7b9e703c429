// «Thi đua, khen thưởng»: proposals for a member or a collective (each checked at once against the
// criteria and discipline, every criterion not met named), the council's vote and the decision for
// leaders, and the registry with its lists in Word and Excel; the emulation movements on their page.
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { Navigate, Route, Routes } from 'react-router';
import { AWARD_KINDS, AWARD_LABELS, type AwardKind } from '../../../../domain/rewards/criteria.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText } from '../forms.ts';
import { MemberPicker } from '../inspections/MemberPicker.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  downloadAwards,
  type RewardProposal,
  useAwards,
  useMovements,
  useProposalActions,
  useProposals,
  usePropose,
} from './api.ts';
import { MovementsPage } from './MovementsPage.tsx';
import { RewardsNav } from './RewardsNav.tsx';

const STATUS_COLOR: Record<string, string> = {
  refused: 'red',
  submitted: 'blue',
  approved: 'geekblue',
  rejected: 'orange',
  decided: 'green',
};

interface ProposeValues {
  orgId: number;
  subject: 'member' | 'org';
  kind: AwardKind;
  year: number;
  memberId?: number;
  subjectOrgId?: number;
  movementId?: number;
  achievement: string;
}

function ProposeCard() {
  const me = useMe();
  const [form] = Form.useForm<ProposeValues>();
  const propose = usePropose();
  const movements = useMovements();
  const subject = Form.useWatch('subject', form);
  const { message } = App.useApp();
  const submit = async (v: ProposeValues) => {
    try {
      const p = await propose.mutateAsync({
        orgId: v.orgId,
        kind: v.kind,
        year: v.year,
        achievement: v.achievement,
        ...(v.subject === 'org' ? { subjectOrgId: v.subjectOrgId } : { memberId: v.memberId }),
        ...(v.movementId ? { movementId: v.movementId } : {}),
      });
      if (p.status === 'refused') void message.warning('Hồ sơ không đủ tiêu chuẩn khen thưởng.');
      else void message.success('Đã nộp hồ sơ đề nghị.');
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Đề nghị khen thưởng" style={{ marginBottom: 16 }}>
      <Form<ProposeValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          orgId: me.user.orgId,
          subject: 'member',
          kind: 'giay_khen',
          year: dayjs().year() - 1,
        }}
      >
        <Form.Item label="Đơn vị đề nghị" name="orgId" rules={[{ required: true }]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label="Đề nghị khen thưởng" name="subject">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'member', label: 'Cá nhân' },
              { value: 'org', label: 'Tập thể' },
            ]}
          />
        </Form.Item>
        {subject === 'org' ? (
          <Form.Item
            label="Tập thể được đề nghị"
            name="subjectOrgId"
            rules={[{ required: true, message: 'Chọn tập thể' }]}
          >
            <OrgSelect aria-label="Tập thể được đề nghị" />
          </Form.Item>
        ) : (
          <Form.Item
            label="Đảng viên"
            name="memberId"
            rules={[{ required: true, message: 'Chọn đảng viên' }]}
          >
            <MemberPicker label="Đảng viên được đề nghị" />
          </Form.Item>
        )}
        <Form.Item label="Theo phong trào thi đua" name="movementId">
          <Select
            aria-label="Phong trào thi đua"
            allowClear
            placeholder="Không theo phong trào"
            loading={movements.isLoading}
            options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
          />
        </Form.Item>
        <Form.Item label="Hình thức khen thưởng" name="kind" rules={[{ required: true }]}>
          <Select
            aria-label="Hình thức khen thưởng"
            options={AWARD_KINDS.map((k) => ({ value: k, label: AWARD_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item label="Năm xét" name="year" rules={[{ required: true }]}>
          <InputNumber aria-label="Năm xét" min={1930} max={2200} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Thành tích"
          name="achievement"
          rules={[{ required: true, message: 'Nhập thành tích' }]}
        >
          <Input.TextArea aria-label="Thành tích" rows={3} maxLength={3000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={propose.isPending} block>
          Nộp hồ sơ đề nghị
        </Button>
      </Form>
    </Card>
  );
}

function LeaderActions({ p }: { p: RewardProposal }) {
  const { council, decide } = useProposalActions(p.id);
  const { message } = App.useApp();
  const today = dayjs().format('YYYY-MM-DD');
  const run = (fn: () => Promise<unknown>) => fn().catch((err) => message.error(errorText(err)));
  if (p.status === 'submitted')
    return (
      <Button
        size="small"
        onClick={() =>
          run(() => council.mutateAsync({ on: today, members: 1, votesFor: 1, votesAgainst: 0 }))
        }
      >
        Hội đồng đồng ý
      </Button>
    );
  if (p.status === 'approved')
    return (
      <Button
        size="small"
        onClick={() => run(() => decide.mutateAsync({ decisionNo: `${p.id}-QĐ/KT`, decidedOn: today }))}
      >
        Ra quyết định
      </Button>
    );
  return null;
}

function ProposalsPage() {
  const me = useMe();
  const proposals = useProposals();
  const awards = useAwards();
  const leader = roleCan(me.user.role, 'reward.decide');
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={3}>Thi đua, khen thưởng</Typography.Title>
      <RewardsNav />
      {roleCan(me.user.role, 'reward.propose') && <ProposeCard />}
      {proposals.error && <Alert type="error" showIcon title={errorText(proposals.error)} />}
      <Typography.Title level={4}>Hồ sơ đề nghị</Typography.Title>
      <List
        loading={proposals.isLoading}
        dataSource={proposals.data?.items ?? []}
        locale={{ emptyText: 'Chưa có hồ sơ đề nghị.' }}
        renderItem={(p) => (
          <List.Item actions={leader ? [<LeaderActions key="a" p={p} />] : []}>
            <List.Item.Meta
              title={
                <>
                  {p.subjectName} — {p.kindLabel} năm {p.year}{' '}
                  <Tag color={STATUS_COLOR[p.status]}>{p.statusLabel}</Tag>
                </>
              }
              description={
                <>
                  <div>{p.achievement}</div>
                  {p.failures.map((f) => (
                    <Alert
                      key={f.code + f.message}
                      type="warning"
                      showIcon
                      title={f.message}
                      style={{ marginTop: 4 }}
                    />
                  ))}
                  {p.decisionNo && p.decidedOn && (
                    <div>
                      Quyết định {p.decisionNo} ngày {formatDateVi(p.decidedOn)}
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Typography.Title level={4}>Sổ khen thưởng</Typography.Title>
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => downloadAwards('docx')}>Tải danh sách (Word)</Button>
        <Button onClick={() => downloadAwards('xlsx')}>Tải danh sách (Excel)</Button>
      </Space>
      <List
        loading={awards.isLoading}
        dataSource={awards.data?.items ?? []}
        locale={{ emptyText: 'Chưa có khen thưởng.' }}
        renderItem={(a) => (
          <List.Item>
            {a.subjectName} — {a.kindLabel}, QĐ {a.decisionNo} ngày {formatDateVi(a.decidedOn)}
            {a.revokedOn && <Tag color="red">Đã thu hồi {formatDateVi(a.revokedOn)}</Tag>}
          </List.Item>
        )}
      />
    </div>
  );
}

export function RewardsArea() {
  return (
    <Routes>
      <Route index element={<ProposalsPage />} />
      <Route path="phong-trao" element={<MovementsPage />} />
      <Route path="*" element={<Navigate to="/khen-thuong" replace />} />
    </Routes>
  );
}
