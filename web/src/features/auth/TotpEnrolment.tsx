// Enrolling the TOTP second factor: ask the server for a secret, show it as a QR code and as text,
// and turn it on with the first code from the phone. Used by «Tài khoản của tôi» and by the page
// shown after login when the office requires a second factor.
import { SafetyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, QRCode, Typography } from 'antd';
import { totpCodeBody } from '../../../../domain/schemas/auth.ts';
import { applyApiError, checked, FormInvalid } from '../forms.ts';
import { enableTotp, useTotpSetup } from './api.ts';

/** The secret in groups of four, easier to type into a phone. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function TotpEnrolment({ onEnabled }: { onEnabled: () => Promise<void> | void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const setup = useTotpSetup();
  const enable = useMutation({
    mutationFn: (code: string) => enableTotp(checked(form, totpCodeBody, { code })),
    onSuccess: async () => {
      void message.success('Đã bật xác thực hai lớp.');
      await onEnabled();
    },
    onError: (err) => {
      if (!(err instanceof FormInvalid)) applyApiError(form, err);
    },
  });

  if (!setup.data) {
    return (
      <div>
        {setup.isError && (
          <Alert type="error" showIcon title={setup.error.message} style={{ marginBottom: 12 }} />
        )}
        <Button
          type="primary"
          icon={<SafetyOutlined />}
          loading={setup.isPending}
          onClick={() => setup.mutate()}
          data-testid="totp-start"
        >
          Bật xác thực hai lớp
        </Button>
      </div>
    );
  }

  const { secret, uri } = setup.data;
  const enableError = enable.error && !(enable.error instanceof FormInvalid) ? enable.error.message : null;
  return (
    <ol className="totp-steps">
      <li>
        <Typography.Text strong>Cài ứng dụng xác thực trên điện thoại</Typography.Text>
        <Typography.Paragraph type="secondary">
          Ví dụ Google Authenticator, Microsoft Authenticator hoặc FreeOTP (đều miễn phí).
        </Typography.Paragraph>
      </li>
      <li>
        <Typography.Text strong>Quét mã QR bằng ứng dụng</Typography.Text>
        <div className="totp-qr">
          <QRCode value={uri} size={180} bordered />
          <div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              Không quét được? Nhập khóa sau vào ứng dụng (loại «dựa trên thời gian»):
            </Typography.Paragraph>
            <Typography.Text code copyable={{ text: secret, tooltips: ['Sao chép', 'Đã sao chép'] }}>
              <span data-testid="totp-secret">{grouped(secret)}</span>
            </Typography.Text>
          </div>
        </div>
      </li>
      <li>
        <Typography.Text strong>Nhập mã 6 chữ số ứng dụng hiển thị</Typography.Text>
        {enableError && <Alert type="error" showIcon title={enableError} style={{ margin: '8px 0' }} />}
        <Form
          form={form}
          layout="inline"
          className="totp-code-form"
          onFinish={(v) => enable.mutate(v.code.trim())}
          requiredMark={false}
        >
          <Form.Item
            name="code"
            rules={[
              { required: true, message: 'Nhập mã' },
              { pattern: /^\s*\d{6}\s*$/, message: 'Mã gồm 6 chữ số' },
            ]}
          >
            <Input
              autoFocus
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder="123456"
              aria-label="Mã xác thực 6 chữ số"
              style={{ width: 140 }}
              data-testid="totp-code"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={enable.isPending} data-testid="totp-enable">
            Xác nhận và bật
          </Button>
        </Form>
      </li>
    </ol>
  );
}
