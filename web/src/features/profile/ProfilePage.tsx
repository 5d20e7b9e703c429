// «Tài khoản của tôi»: who I am, my password, my second factor, my API tokens.
import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { formatDateVi, ROLE_LABELS, SECRECY_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { PasswordCard } from './PasswordCard.tsx';
import { TokensCard } from './TokensCard.tsx';
import { TotpCard } from './TotpCard.tsx';

export function ProfilePage() {
  const { user } = useMe();
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tài khoản của tôi</Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="Thông tin">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'name', label: 'Họ và tên', children: user.fullName },
                {
                  key: 'username',
                  label: 'Tên đăng nhập',
                  children: <Typography.Text code>{user.username}</Typography.Text>,
                },
                { key: 'org', label: 'Đơn vị', children: user.orgName },
                { key: 'role', label: 'Vai trò', children: ROLE_LABELS[user.role] },
                {
                  key: 'clearance',
                  label: 'Được tiếp cận',
                  children: SECRECY_LABELS[user.clearance] ?? user.clearance,
                },
                {
                  key: 'totp',
                  label: 'Xác thực hai lớp',
                  children: user.totpEnabled ? <Tag color="green">Đã bật</Tag> : <Tag>Chưa bật</Tag>,
                },
                {
                  key: 'created',
                  label: 'Ngày tạo tài khoản',
                  children: formatDateVi(user.createdAt) || '—',
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              Họ tên, đơn vị, vai trò do quản trị hệ thống cập nhật.
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <PasswordCard />
        </Col>
        <Col xs={24} xl={10}>
          <TotpCard />
        </Col>
        <Col xs={24} xl={14}>
          <TokensCard />
        </Col>
      </Row>
    </div>
  );
}
