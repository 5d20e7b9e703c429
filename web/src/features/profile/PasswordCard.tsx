// «Đổi mật khẩu»: the other sessions of the account end when the password changes.
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { changePasswordBody } from '../../../../domain/schemas/auth.ts';
import { applyApiError, checked, FormInvalid, zodRules } from '../forms.ts';
import { changePassword } from './api.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const rules = zodRules(changePasswordBody);

export function PasswordCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (v: Values) =>
      changePassword(
        checked(form, changePasswordBody, { currentPassword: v.currentPassword, newPassword: v.newPassword }),
      ),
    onSuccess: (r) => {
      void message.success('Đã đổi mật khẩu.');
      setDone(r.sessionsEnded);
      form.resetFields();
    },
    onError: (err) => {
      if (!(err instanceof FormInvalid)) setError(applyApiError(form, err));
    },
  });

  return (
    <Card title="Đổi mật khẩu">
      {done !== null && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setDone(null) }}
          style={{ marginBottom: 16 }}
          title="Đã đổi mật khẩu."
          description={
            done > 0
              ? `${done} phiên đăng nhập khác của bạn (trên máy hoặc trình duyệt khác) đã kết thúc.`
              : 'Không có phiên đăng nhập nào khác cần kết thúc.'
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => {
          setError(null);
          setDone(null);
          change.mutate(v);
        }}
      >
        <Form.Item
          label="Mật khẩu hiện tại"
          name="currentPassword"
          rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          extra="Ít nhất 10 ký tự; nên dùng một câu dễ nhớ."
          rules={[{ required: true, message: 'Nhập mật khẩu mới' }, ...rules.newPassword]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Nhập lại mật khẩu mới' },
            ({ getFieldValue }) => ({
              validator: async (_r, value: string) => {
                if (value && value !== getFieldValue('newPassword'))
                  throw new Error('Hai mật khẩu không khớp');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
          Đổi mật khẩu
        </Button>
      </Form>
    </Card>
  );
}
