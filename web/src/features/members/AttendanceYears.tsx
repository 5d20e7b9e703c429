// A member's chi bộ meetings by year, beside the annual rating: how many, present, absent with and
// without reason, and the months absent without reason, marked when they reach the Điều lệ's number
// (grounds the chi bộ must consider for removal from the rolls).
import { Alert, Table, Tag, Typography } from 'antd';
import type { RatingAttendance } from './api.ts';

export function AttendanceYears({ years }: { years: RatingAttendance[] }) {
  if (years.length === 0) return null;
  const reached = years.filter((y) => y.reachesRemoval);
  return (
    <div data-testid="rating-attendance">
      <Typography.Title level={5}>Sinh hoạt chi bộ</Typography.Title>
      {reached.map((y) => (
        <Alert
          key={y.year}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Năm ${y.year}: vắng sinh hoạt thường kỳ không có lý do ${y.absentMonths.length} tháng (tháng ${y.absentMonths.join(', ')})`}
          description={`Từ ${y.removalMonths} tháng trong năm trở lên, chi bộ xem xét xóa tên trong danh sách đảng viên (${y.removalSource}).`}
        />
      ))}
      <Table<RatingAttendance>
        size="small"
        rowKey="year"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={years}
        columns={[
          { title: 'Năm', dataIndex: 'year' },
          { title: 'Số cuộc', dataIndex: 'meetings' },
          { title: 'Có mặt', dataIndex: 'present' },
          { title: 'Vắng có lý do', dataIndex: 'absentExcused' },
          {
            title: 'Vắng không lý do',
            key: 'absent',
            render: (_: unknown, y) =>
              y.absent === 0 ? (
                0
              ) : (
                <span>
                  {y.absent}
                  {y.absentMonths.length > 0 && ` (tháng ${y.absentMonths.join(', ')})`}{' '}
                  {y.reachesRemoval && <Tag color="red">đủ {y.removalMonths} tháng</Tag>}
                </span>
              ),
          },
        ]}
      />
    </div>
  );
}
