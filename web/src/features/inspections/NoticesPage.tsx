// «Thông báo của cơ quan nhà nước»: the book of state bodies' notices that they disciplined a member,
// each against the days the rule allows (late ones flagged), and the form that registers one.
import { Alert, App, Button, Card, DatePicker, Form, Input, List, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { useNotices, useRegisterNotice } from './api.ts';
import { MemberPicker } from './MemberPicker.tsx';

interface NoticeValues {
  memberId: number;
  stateBody: string;
  form: string;
  decidedOn: Dayjs | null;
  receivedOn: Dayjs | null;
}

function RegisterCard({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<NoticeValues>();
  const register = useRegisterNotice();
  const { message } = App.useApp();
  const submit = async (v: NoticeValues) => {
    try {
      await register.mutateAsync({
        memberId: v.memberId,
        stateBody: v.stateBody,
        form: v.form,
        decidedOn: isoOf(v.decidedOn) ?? '',
        receivedOn: isoOf(v.receivedOn) ?? '',
      });
      void message.success('Đã vào sổ thông báo.');
      onDone();
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Vào sổ thông báo" className="insp-form">
      <Form<NoticeValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="Đảng viên" name="memberId" rules={[{ required: true, message: 'Chọn đảng viên' }]}>
          <MemberPicker label="Đảng viên" />
        </Form.Item>
        <Form.Item
          label="Cơ quan nhà nước"
          name="stateBody"
          rules={[{ required: true, message: 'Nhập tên cơ quan' }]}
        >
          <Input aria-label="Cơ quan nhà nước" maxLength={200} />
        </Form.Item>
        <Form.Item
          label="Hình thức kỷ luật"
          name="form"
          rules={[{ required: true, message: 'Nhập hình thức' }]}
        >
          <Input aria-label="Hình thức kỷ luật hành chính" maxLength={100} />
        </Form.Item>
        <Form.Item
          label="Ngày quyết định"
          name="decidedOn"
          rules={[{ required: true, message: 'Chọn ngày' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Ngày nhận thông báo"
          name="receivedOn"
          rules={[{ required: true, message: 'Chọn ngày' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending} block>
          Vào sổ
        </Button>
      </Form>
    </Card>
  );
}

export function NoticesPage() {
  const q = useNotices();
  const [adding, setAdding] = useState(false);
  return (
    <div className="insp-page">
      <Typography.Title level={3}>Thông báo kỷ luật của cơ quan nhà nước</Typography.Title>
      <p>
        <Link to="/kiem-tra">Các cuộc kiểm tra, giám sát</Link>
      </p>
      {!adding && (
        <Button type="primary" onClick={() => setAdding(true)} block style={{ marginBottom: 12 }}>
          Vào sổ thông báo
        </Button>
      )}
      {adding && <RegisterCard onDone={() => setAdding(false)} />}
      {q.error && <Alert type="error" showIcon title={errorText(q.error)} />}
      <List
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: 'Chưa có thông báo.' }}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {n.memberName} — {n.form}{' '}
                  {n.late ? <Tag color="red">Chậm {n.daysLate} ngày</Tag> : <Tag color="green">Đúng hạn</Tag>}
                </>
              }
              description={`${n.stateBody} · quyết định ngày ${formatDateVi(n.decidedOn)} · nhận ngày ${formatDateVi(n.receivedOn)} (hạn ${formatDateVi(n.dueOn)})`}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
