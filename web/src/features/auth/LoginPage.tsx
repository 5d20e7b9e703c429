import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import { type Credentials as LoginForm, login, sessionKeys } from './api.ts';

export function LoginPage() {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [needOtp, setNeedOtp] = useState(false);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const res = await login(values);
      setCsrfToken(res.csrfToken);
      qc.setQueryData(sessionKeys.me, res);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'totp_required') {
        setNeedOtp(true);
        setError(null);
      } else {
        setError(err instanceof Error ? err.message : String(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              Văn phòng cấp ủy số
            </Typography.Title>
            <Typography.Text type="secondary">Đăng nhập để làm việc</Typography.Text>
          </div>
        </div>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
        <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}
          >
            <Input prefix={<UserOutlined />} autoFocus autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          {needOtp && (
            <Form.Item
              label="Mã xác thực (6 chữ số trong ứng dụng trên điện thoại)"
              name="otp"
              rules={[{ required: true, pattern: /^\d{6}$/, message: 'Mã gồm 6 chữ số' }]}
            >
              <Input prefix={<SafetyOutlined />} inputMode="numeric" maxLength={6} autoFocus size="large" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </div>
  );
}
