// «Phong trào thi đua»: the movements the account sees (the unit that launched each, its period, its
// criteria, the units taking part, the proposals sent under it) and the form that launches one.
import { Alert, App, Button, Card, DatePicker, Form, Input, List, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useCreateMovement, useMovements } from './api.ts';
import { RewardsNav } from './RewardsNav.tsx';

interface MovementValues {
  orgId: number;
  title: string;
  criteria: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  unitIds?: number[];
}

function LaunchCard({ onDone }: { onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<MovementValues>();
  const create = useCreateMovement();
  const { message } = App.useApp();
  const submit = async (v: MovementValues) => {
    try {
      await create.mutateAsync({
        orgId: v.orgId,
        title: v.title,
        criteria: v.criteria,
        startsOn: isoOf(v.startsOn) ?? '',
        endsOn: isoOf(v.endsOn) ?? '',
        unitIds: v.unitIds ?? [],
      });
      void message.success('Đã phát động phong trào thi đua.');
      onDone();
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Phát động phong trào thi đua" style={{ marginBottom: 16 }}>
      <Form<MovementValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          orgId: me.user.orgId,
          startsOn: dayjs().startOf('year'),
          endsOn: dayjs().endOf('year'),
        }}
      >
        <Form.Item label="Đơn vị phát động" name="orgId" rules={[{ required: true }]}>
          <OrgSelect aria-label="Đơn vị phát động" />
        </Form.Item>
        <Form.Item
          label="Tên phong trào"
          name="title"
          rules={[{ required: true, message: 'Nhập tên phong trào' }]}
        >
          <Input aria-label="Tên phong trào" maxLength={300} />
        </Form.Item>
        <Form.Item
          label="Tiêu chí thi đua"
          name="criteria"
          rules={[{ required: true, message: 'Nhập tiêu chí' }]}
          extra="Mỗi tiêu chí một dòng."
        >
          <Input.TextArea aria-label="Tiêu chí thi đua" rows={4} maxLength={3000} />
        </Form.Item>
        <Form.Item label="Từ ngày" name="startsOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker aria-label="Từ ngày" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Đến ngày" name="endsOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker aria-label="Đến ngày" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Đơn vị tham gia" name="unitIds" extra="Các đơn vị trực thuộc đơn vị phát động.">
          <OrgSelect aria-label="Đơn vị tham gia" multiple allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} block>
          Phát động
        </Button>
      </Form>
    </Card>
  );
}

export function MovementsPage() {
  const me = useMe();
  const movements = useMovements();
  const [launching, setLaunching] = useState(false);
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={3}>Phong trào thi đua</Typography.Title>
      <RewardsNav />
      {roleCan(me.user.role, 'reward.propose') && !launching && (
        <Button type="primary" onClick={() => setLaunching(true)} style={{ marginBottom: 12 }}>
          Phát động phong trào
        </Button>
      )}
      {launching && <LaunchCard onDone={() => setLaunching(false)} />}
      {movements.error && <Alert type="error" showIcon title={errorText(movements.error)} />}
      <List
        loading={movements.isLoading}
        dataSource={movements.data?.items ?? []}
        locale={{ emptyText: 'Chưa có phong trào thi đua.' }}
        renderItem={(m) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {m.title}{' '}
                  {m.endsOn < today ? (
                    <Tag>Đã kết thúc</Tag>
                  ) : m.startsOn > today ? (
                    <Tag color="blue">Sắp bắt đầu</Tag>
                  ) : (
                    <Tag color="green">Đang diễn ra</Tag>
                  )}
                </>
              }
              description={
                <>
                  <div>
                    {m.orgName} phát động · {formatDateVi(m.startsOn)} – {formatDateVi(m.endsOn)} ·{' '}
                    {m.proposals} hồ sơ đề nghị
                  </div>
                  <div style={{ whiteSpace: 'pre-line' }}>Tiêu chí: {m.criteria}</div>
                  {m.units.length > 0 && (
                    <div>
                      Đơn vị tham gia:{' '}
                      {m.units.map((u) => (
                        <Tag key={u.id}>{u.name}</Tag>
                      ))}
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
