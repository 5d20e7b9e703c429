import { Card, Col, Row, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMe } from '../features/auth/session.tsx';
import { areasFor } from './areas.tsx';

export function Home() {
  const me = useMe();
  const navigate = useNavigate();
  return (
    <div>
      <Typography.Title level={3}>Xin chào, {me.user.fullName}</Typography.Title>
      <Typography.Paragraph type="secondary">{me.user.orgName}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {areasFor(me.user.role).map((a) => (
          <Col key={a.key} xs={24} md={12} xl={8}>
            <Card
              hoverable={a.built}
              onClick={a.built ? () => navigate(a.path) : undefined}
              className={a.built ? undefined : 'area-card-absent'}
              title={
                <span>
                  {a.icon} {a.label} {!a.built && <Tag>chưa triển khai</Tag>}
                </span>
              }
            >
              {a.purpose}
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
