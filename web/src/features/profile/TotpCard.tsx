// «Xác thực hai lớp» on the profile: enrol when off; turn off (with a current code) when on — the
// server refuses when the office requires it for the user's role, and says so.
import { CheckCircleTwoTone } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { totpCodeBody } from '../../../../domain/schemas/auth.ts';
import { useMe, useSession } from '../auth/session.tsx';
import { TotpEnrolment } from '../auth/TotpEnrolment.tsx';
import { applyApiError, checked, FormInvalid } from '../forms.ts';
import { disableTotp } from './api.ts';

function DisableTotp() {
  const { message } = App.useApp();
  const { refresh } = useSession();
  const [form] = Form.useForm<{ code: string }>();
  const disable = useMutation({
    mutationFn: (code: string) => disableTotp(checked(form, totpCodeBody, { code })),
    onSuccess: async () => {
      void message.success('Đã tắt xác thực hai lớp.');
      await refresh();
    },
    onError: (err) => {
      if (!(err instanceof FormInvalid)) applyApiError(form, err);
    },
  });
  const error = disable.error && !(disable.error instanceof FormInvalid) ? disable.error.message : null;

  return (
    <>
      <Space align="center" style={{ marginBottom: 12 }}>
        <CheckCircleTwoTone twoToneColor="#52c41a" />
        <Typography.Text>
          Đang bật: mỗi lần đăng nhập cần thêm mã 6 chữ số từ ứng dụng trên điện thoại.
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Muốn tắt, nhập mã hiện tại trong ứng dụng:
      </Typography.Paragraph>
      <Form form={form} layout="inline" requiredMark={false} onFinish={(v) => disable.mutate(v.code.trim())}>
        <Form.Item
          name="code"
          rules={[
            { required: true, message: 'Nhập mã' },
            { pattern: /^\s*\d{6}\s*$/, message: 'Mã gồm 6 chữ số' },
          ]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder="123456"
            aria-label="Mã xác thực 6 chữ số"
            style={{ width: 140 }}
          />
        </Form.Item>
        <Button danger htmlType="submit" loading={disable.isPending} data-testid="totp-disable">
          Tắt xác thực hai lớp
        </Button>
      </Form>
    </>
  );
}

export function TotpCard() {
  const { user } = useMe();
  const { refresh } = useSession();
  return (
    <Card title="Xác thực hai lớp">
      {user.totpEnabled ? (
        <DisableTotp />
      ) : (
        <>
          <Typography.Paragraph>
            Bảo vệ tài khoản bằng mã 6 chữ số thay đổi mỗi 30 giây trên điện thoại: lộ mật khẩu, kẻ gian vẫn
            không đăng nhập được.
          </Typography.Paragraph>
          <TotpEnrolment onEnabled={refresh} />
        </>
      )}
    </Card>
  );
}
