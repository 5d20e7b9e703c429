// Actions on a member's record: transfer (chuyển sinh hoạt), record a badge already awarded,
// recognise as a full member, remove from the rolls or record a death. Each is one dialog.
import { Button, DatePicker, Dropdown, Form, Input, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { BADGE_MILESTONES } from '../../../../domain/members/badges.ts';
import { ACTIVE_STATUSES } from '../../../../domain/members/records.ts';
import { awardBody, recognizeBody, statusBody, transferBody } from '../../../../domain/members/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  type MemberDetail,
  useAwardBadge,
  useRecognizeMember,
  useSetMemberStatus,
  useTransferOut,
} from './api.ts';

type Dialog = 'transfer' | 'badge' | 'recognize' | 'status' | null;

export function MemberActions({ member }: { member: MemberDetail }) {
  const [open, setOpen] = useState<Dialog>(null);
  const active = ACTIVE_STATUSES.includes(member.status);
  const close = () => setOpen(null);
  return (
    <Space wrap>
      {active && (
        <Button onClick={() => setOpen('transfer')} data-testid="member-transfer">
          Chuyển sinh hoạt
        </Button>
      )}
      <Button onClick={() => setOpen('badge')} data-testid="member-award">
        Ghi nhận Huy hiệu
      </Button>
      {active && (
        <Dropdown
          menu={{
            items: [
              ...(member.status === 'du_bi'
                ? [{ key: 'recognize', label: 'Công nhận đảng viên chính thức' }]
                : []),
              { key: 'status', label: 'Xóa tên / Từ trần', danger: true },
            ],
            onClick: ({ key }) => setOpen(key as Dialog),
          }}
        >
          <Button>Khác…</Button>
        </Dropdown>
      )}
      {open === 'transfer' && <TransferModal member={member} onClose={close} />}
      {open === 'badge' && <AwardModal member={member} onClose={close} />}
      {open === 'recognize' && <RecognizeModal member={member} onClose={close} />}
      {open === 'status' && <StatusModal member={member} onClose={close} />}
    </Space>
  );
}

interface TransferValues {
  kind: 'official' | 'temporary';
  where: 'internal' | 'outside';
  toOrgId?: number;
  toName?: string;
  paperNo: string;
  outOn?: Dayjs;
  untilOn?: Dayjs;
  note?: string;
}

function TransferModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const [form] = Form.useForm<TransferValues>();
  const transfer = useTransferOut(member.id);
  const where = Form.useWatch('where', form);
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<TransferValues, unknown>
      open
      onClose={onClose}
      form={form}
      title={`Chuyển sinh hoạt đảng: ${member.fullName}`}
      okText="Ghi nhận chuyển đi"
      successMessage="Đã ghi nhận chuyển sinh hoạt."
      initialValues={{ kind: 'official', where: 'internal', outOn: dayjs() }}
      submit={(v) =>
        transfer.mutateAsync(
          checked(form, transferBody, {
            kind: v.kind,
            toOrgId: v.where === 'internal' ? v.toOrgId : undefined,
            toName: v.where === 'outside' ? v.toName : undefined,
            paperNo: v.paperNo,
            outOn: isoOf(v.outOn),
            untilOn: v.kind === 'temporary' ? isoOf(v.untilOn) : undefined,
            note: v.note || undefined,
          }),
        )
      }
    >
      <Form.Item label="Hình thức" name="kind">
        <Radio.Group
          options={[
            { value: 'official', label: 'Chính thức' },
            { value: 'temporary', label: 'Tạm thời' },
          ]}
        />
      </Form.Item>
      <Form.Item label="Nơi chuyển đến" name="where">
        <Radio.Group
          options={[
            { value: 'internal', label: 'Đơn vị trong hệ thống' },
            { value: 'outside', label: 'Đơn vị ngoài hệ thống' },
          ]}
        />
      </Form.Item>
      {where === 'outside' ? (
        <Form.Item
          label="Tên đơn vị chuyển đến"
          name="toName"
          rules={[{ required: true, message: 'Nhập tên đơn vị' }]}
        >
          <Input maxLength={200} placeholder="Ví dụ: Đảng bộ tỉnh Lào Cai" />
        </Form.Item>
      ) : (
        <Form.Item
          label="Chi bộ chuyển đến"
          name="toOrgId"
          rules={[{ required: true, message: 'Chọn chi bộ' }]}
        >
          <OrgSelect />
        </Form.Item>
      )}
      <Form.Item
        label="Số giấy giới thiệu"
        name="paperNo"
        rules={[{ required: true, message: 'Nhập số giấy giới thiệu' }]}
      >
        <Input maxLength={40} placeholder="Ví dụ: 15-GGT/ĐU" />
      </Form.Item>
      <Form.Item label="Ngày chuyển đi" name="outOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      {kind === 'temporary' && (
        <Form.Item label="Sinh hoạt tạm thời đến ngày" name="untilOn">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      )}
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}

function AwardModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ years: number; awardedOn?: Dayjs; decisionNo?: string }>();
  const award = useAwardBadge();
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title={`Ghi nhận Huy hiệu Đảng đã trao: ${member.fullName}`}
      okText="Ghi nhận"
      successMessage="Đã ghi nhận Huy hiệu."
      initialValues={{ years: member.badgeDueToday?.years ?? 30 }}
      submit={(v) =>
        award.mutateAsync({
          memberId: member.id,
          body: checked(form, awardBody, {
            years: v.years,
            awardedOn: isoOf(v.awardedOn),
            decisionNo: v.decisionNo || undefined,
          }),
        })
      }
    >
      <Form.Item label="Huy hiệu" name="years" rules={[{ required: true }]}>
        <Select options={BADGE_MILESTONES.map((y) => ({ value: y, label: `${y} năm tuổi Đảng` }))} />
      </Form.Item>
      <Form.Item label="Ngày trao" name="awardedOn" rules={[{ required: true, message: 'Chọn ngày trao' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item label="Số quyết định" name="decisionNo">
        <Input maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}

function RecognizeModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ officialOn?: Dayjs; decisionNo?: string }>();
  const recognize = useRecognizeMember(member.id);
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title={`Công nhận đảng viên chính thức: ${member.fullName}`}
      okText="Công nhận"
      successMessage="Đã công nhận đảng viên chính thức."
      initialValues={{ officialOn: member.recognitionDue ? dayjs(member.recognitionDue) : undefined }}
      submit={(v) =>
        recognize.mutateAsync(
          checked(form, recognizeBody, {
            officialOn: isoOf(v.officialOn),
            decisionNo: v.decisionNo || undefined,
          }),
        )
      }
    >
      <Form.Item
        label="Ngày công nhận"
        name="officialOn"
        rules={[{ required: true, message: 'Chọn ngày' }]}
        extra="Sớm nhất 12 tháng sau ngày vào Đảng."
      >
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item label="Số quyết định" name="decisionNo">
        <Input maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}

function StatusModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const [form] = Form.useForm<{ status: 'xoa_ten' | 'tu_tran'; on?: Dayjs; reason?: string }>();
  const setStatus = useSetMemberStatus(member.id);
  return (
    <FormModal
      open
      danger
      onClose={onClose}
      form={form}
      title={`Xóa tên hoặc ghi nhận từ trần: ${member.fullName}`}
      okText="Ghi nhận"
      successMessage="Đã cập nhật tình trạng."
      initialValues={{ status: 'xoa_ten' }}
      submit={(v) =>
        setStatus.mutateAsync(
          checked(form, statusBody, { status: v.status, on: isoOf(v.on), reason: v.reason || undefined }),
        )
      }
    >
      <Form.Item label="Tình trạng" name="status">
        <Radio.Group
          options={[
            { value: 'xoa_ten', label: 'Xóa tên' },
            { value: 'tu_tran', label: 'Từ trần' },
          ]}
        />
      </Form.Item>
      <Form.Item label="Ngày" name="on" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item label="Lý do, căn cứ" name="reason">
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
