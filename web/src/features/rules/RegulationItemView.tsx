// One rule of a working regulation, with its article, and for a time limit the due date it gives for
// something started today (counted in working days by the server).
import { Tag } from 'antd';
import { DOCUMENT_TYPES } from '../../../../domain/documents.ts';
import { ROLE_LABELS } from '../../../../domain/roles.ts';
import { SIGN_MODE_LABELS } from '../../../../domain/workdays/regulation.ts';
import { formatDateVi, todayVn } from '../../lib/format.ts';
import { useDueDate, type WorkRegulationItem } from './api.ts';

const typeName = (code: string | null) =>
  code === null ? 'Các loại văn bản khác' : (DOCUMENT_TYPES.find((t) => t.code === code)?.name ?? code);

function DueToday({ days, testId }: { days: number; testId: string }) {
  const due = useDueDate(todayVn(), days);
  return due.data ? (
    <span className="ru-muted" data-testid={testId}>
      Nếu bắt đầu hôm nay: hạn {formatDateVi(due.data.due)}
    </span>
  ) : null;
}

export function RegulationItemView({ item, index }: { item: WorkRegulationItem; index: number }) {
  if (item.kind === 'signing')
    return (
      <li className="ru-inline">
        <Tag color="blue">Ký</Tag>
        <strong>{typeName(item.docType)}</strong>
        <span>
          {SIGN_MODE_LABELS[item.mode]}, người ký: {item.signerRoles.map((r) => ROLE_LABELS[r]).join(', ')}
          {item.viaOffice ? '; qua Văn phòng' : ''}; ký trong {item.days} ngày làm việc
        </span>
        <Tag>{item.article}</Tag>
        <DueToday days={item.days} testId={`reg-due-${index}`} />
      </li>
    );
  if (item.kind === 'consultation')
    return (
      <li className="ru-inline">
        <Tag color="purple">Lấy ý kiến</Tag>
        <strong>{typeName(item.docType)}</strong>
        <span>
          {item.consultee} trả lời trong {item.days} ngày làm việc
        </span>
        <Tag>{item.article}</Tag>
        <DueToday days={item.days} testId={`reg-due-${index}`} />
      </li>
    );
  if (item.kind === 'handling')
    return (
      <li className="ru-inline">
        <Tag color="orange">Xử lý</Tag>
        <strong>{typeName(item.docType)}</strong>
        <span>đơn vị chủ trì xử lý theo chỉ đạo trong {item.days} ngày làm việc</span>
        <Tag>{item.article}</Tag>
        <DueToday days={item.days} testId={`reg-due-${index}`} />
      </li>
    );
  return (
    <li className="ru-inline">
      <Tag color="green">Họp</Tag>
      <strong>{item.body}</strong>
      <span>
        có mặt ít nhất {item.quorum.num}/{item.quorum.den} số thành viên; biểu quyết{' '}
        {item.majorityStrict ? 'quá' : 'từ'} {item.majority.num}/{item.majority.den} số thành viên
      </span>
      <Tag>{item.article}</Tag>
    </li>
  );
}
