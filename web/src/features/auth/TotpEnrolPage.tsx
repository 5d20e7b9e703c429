// Shown instead of the app right after login when the office requires leaders and admins to use a
// second factor and this account has none yet: enrol, or log out.
import { LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { ROLE_LABELS } from '../../lib/format.ts';
import { useSession } from './session.tsx';
import { TotpEnrolment } from './TotpEnrolment.tsx';

export function TotpEnrolPage({ forced }: { forced?: boolean }) {
  const { me, refresh, logout } = useSession();
  return (
    <div className="login-page">
      <Card className="login-card totp-card">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              Bật xác thực hai lớp
            </Typography.Title>
            {me && (
              <Typography.Text type="secondary">
                {me.user.fullName} · {ROLE_LABELS[me.user.role]} · {me.user.orgName}
              </Typography.Text>
            )}
          </div>
        </div>
        {forced && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="Đơn vị yêu cầu lãnh đạo và quản trị hệ thống dùng xác thực hai lớp."
            description="Ngoài mật khẩu, mỗi lần đăng nhập bạn sẽ nhập thêm một mã 6 chữ số từ ứng dụng trên điện thoại. Hãy bật ngay để tiếp tục làm việc."
          />
        )}
        <TotpEnrolment onEnabled={refresh} />
        <div className="totp-logout">
          <Button icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="totp-logout">
            Đăng xuất
          </Button>
        </div>
      </Card>
    </div>
  );
}

/** The enrolment an admin made compulsory: the only page until it is done. */
export function ForcedTotpEnrolPage() {
  return <TotpEnrolPage forced />;
}
