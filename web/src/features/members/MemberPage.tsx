// One member's record: the lý lịch essentials, the actions staff may take (edit, transfer, record a
// badge, recognise, remove), and tabs for history, transfers and residence, badges and ratings.
// Opening it is audited on the server.
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { ApiError } from '../../api/client.ts';
import { formatDateVi, SECRECY_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { MemberDiscipline } from '../inspections/MemberDiscipline.tsx';
import { money, useMember } from './api.ts';
import { MemberActions } from './MemberActions.tsx';
import { EditMemberModal } from './MemberFormModal.tsx';
import { statusTag } from './MemberListPage.tsx';
import { BadgesTab, HistoryTab, RatingsTab, TransfersTab } from './MemberTabs.tsx';

export function MemberPage({ id }: { id: number }) {
  const me = useMe();
  const staff = roleCan(me.user.role, 'member.manage');
  const [editing, setEditing] = useState(false);
  const q = useMember(id);
  if (q.isLoading) return <Spin />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404)
      return <Result status="404" title="Không tìm thấy hồ sơ" subTitle={q.error.message} />;
    return <Alert type="error" showIcon title={errorText(q.error)} />;
  }
  const m = q.data;
  if (!m) return <Spin />;
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <div>
      <div className="page-header">
        <Space align="center" wrap>
          {staff && (
            <Link to="/dang-vien/danh-sach" aria-label="Về danh sách">
              <ArrowLeftOutlined />
            </Link>
          )}
          <Typography.Title level={3} data-testid="member-name">
            {m.fullName}
          </Typography.Title>
          {statusTag(m.status)}
          {m.seriouslyIll && <Tag color="orange">Ốm nặng</Tag>}
          {m.secrecy > 0 && <Tag color="red">{SECRECY_LABELS[m.secrecy]}</Tag>}
        </Space>
        {staff && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="member-edit">
              Sửa hồ sơ
            </Button>
            <MemberActions member={m} />
          </Space>
        )}
      </div>
      {m.badgeDueToday && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Đã đủ điều kiện tặng Huy hiệu ${m.badgeDueToday.years} năm tuổi Đảng${m.badgeDueToday.posthumous ? ' (truy tặng)' : m.badgeDueToday.early ? ' (tặng sớm)' : ''} — đủ tuổi đảng ngày ${formatDateVi(m.badgeDueToday.reachedOn)}.`}
        />
      )}
      {m.recognitionDue && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Đảng viên dự bị: đến hạn xét công nhận chính thức ngày ${formatDateVi(m.recognitionDue)}.`}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label="Ngày sinh">{formatDateVi(m.birthDate)}</Descriptions.Item>
          <Descriptions.Item label="Giới tính">{dash(m.gender)}</Descriptions.Item>
          <Descriptions.Item label="Chi bộ">{m.orgName}</Descriptions.Item>
          <Descriptions.Item label="Ngày vào Đảng">{formatDateVi(m.admittedOn)}</Descriptions.Item>
          <Descriptions.Item label="Ngày chính thức">
            {m.officialOn ? formatDateVi(m.officialOn) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Tuổi đảng">
            {m.partyAgeYears} năm
            {m.partyStart !== m.admittedOn ? ` (tính từ ${formatDateVi(m.partyStart)})` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="Số thẻ đảng viên">{dash(m.partyCardNo)}</Descriptions.Item>
          <Descriptions.Item label="Dân tộc">{dash(m.ethnicity)}</Descriptions.Item>
          <Descriptions.Item label="Tôn giáo">{dash(m.religion)}</Descriptions.Item>
          <Descriptions.Item label="Quê quán">{dash(m.homeTown)}</Descriptions.Item>
          <Descriptions.Item label="Nơi cư trú">{dash(m.residence)}</Descriptions.Item>
          <Descriptions.Item label="Trình độ học vấn">{dash(m.education)}</Descriptions.Item>
          <Descriptions.Item label="Lý luận chính trị">{dash(m.theoryLevel)}</Descriptions.Item>
          <Descriptions.Item label="Nghề nghiệp">{dash(m.occupation)}</Descriptions.Item>
          <Descriptions.Item label="Chức vụ">{dash(m.position)}</Descriptions.Item>
          <Descriptions.Item label="Đảng phí">
            {m.feeBasis === 'student'
              ? 'Học sinh, sinh viên'
              : m.feeBase
                ? `Căn cứ ${money(m.feeBase)}`
                : '—'}
          </Descriptions.Item>
          {m.statusOn && (
            <Descriptions.Item label="Ngày thay đổi tình trạng">{formatDateVi(m.statusOn)}</Descriptions.Item>
          )}
          {staff && <Descriptions.Item label="Tài khoản">{m.username ?? 'Chưa gắn'}</Descriptions.Item>}
          {m.interruptions.length > 0 && (
            <Descriptions.Item label="Gián đoạn" span={3}>
              {m.interruptions
                .map(
                  (i) => `${formatDateVi(i.from)} – ${formatDateVi(i.to)}${i.reason ? ` (${i.reason})` : ''}`,
                )
                .join('; ')}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Link
        to={`/dang-vien/${id}/kiem-diem`}
        data-testid="member-review-link"
        style={{ display: 'inline-block', margin: '12px 0 4px' }}
      >
        Bản kiểm điểm cá nhân, xếp loại (năm, quý) →
      </Link>
      <Tabs
        items={[
          { key: 'history', label: 'Lịch sử hồ sơ', children: <HistoryTab id={id} /> },
          { key: 'transfers', label: 'Chuyển sinh hoạt, nơi cư trú', children: <TransfersTab member={m} /> },
          { key: 'badges', label: 'Huy hiệu Đảng', children: <BadgesTab member={m} /> },
          { key: 'ratings', label: 'Xếp loại', children: <RatingsTab member={m} /> },
          { key: 'discipline', label: 'Kỷ luật', children: <MemberDiscipline memberId={id} /> },
        ]}
      />
      {staff && <EditMemberModal open={editing} onClose={() => setEditing(false)} member={m} />}
    </div>
  );
}
