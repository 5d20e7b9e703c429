// «Chuyển sinh hoạt»: transfers from or to the units in scope; the receiving unit records arrivals,
// the sender may cancel a transfer not yet received, a temporary stay can be ended. Members who
// arrive from outside the system get their record here.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { receiveTransferBody, transferInBody } from '../../../../domain/members/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  type MemberTransfer,
  type TransferFilters,
  useCloseTransfer,
  useReceiveTransfer,
  useTransferIn,
  useTransfers,
} from './api.ts';
import { transferColumns } from './MemberTabs.tsx';

export function TransfersPage() {
  const { message, modal } = App.useApp();
  const [state, setState] = useState<TransferFilters['state']>('pending');
  const [orgId, setOrgId] = useState<number | undefined>();
  const [arriving, setArriving] = useState(false);
  const [receiving, setReceiving] = useState<MemberTransfer | null>(null);
  const q = useTransfers({ state, orgId });
  const closing = useCloseTransfer();
  const close = (t: MemberTransfer, action: 'cancel' | 'end') =>
    modal.confirm({
      title:
        action === 'cancel'
          ? `Hủy lần chuyển sinh hoạt của ${t.fullName}?`
          : `Kết thúc sinh hoạt tạm thời của ${t.fullName}?`,
      okText: 'Đồng ý',
      cancelText: 'Không',
      onOk: () =>
        closing
          .mutateAsync({ id: t.id, action })
          .then(() => void message.success('Đã cập nhật.'))
          .catch((e) => message.error(errorText(e))),
    });
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Chuyển sinh hoạt đảng</Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setArriving(true)}>
          Tiếp nhận từ ngoài hệ thống
        </Button>
      </div>
      <div className="filter-bar">
        <Select
          allowClear
          placeholder="Mọi tình trạng"
          value={state}
          onChange={setState}
          style={{ width: 200 }}
          aria-label="Tình trạng"
          options={[
            { value: 'pending', label: 'Chờ tiếp nhận' },
            { value: 'done', label: 'Đã hoàn tất / đang tạm thời' },
            { value: 'ended', label: 'Đã kết thúc' },
            { value: 'cancelled', label: 'Đã hủy' },
          ]}
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          style={{ width: 280 }}
        />
      </div>
      {q.isError && <Alert type="error" showIcon title={errorText(q.error)} />}
      <Table<MemberTransfer>
        rowKey="id"
        size="middle"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: 'Không có lần chuyển sinh hoạt nào' }}
        data-testid="transfer-table"
        columns={[
          {
            title: 'Đảng viên',
            dataIndex: 'fullName',
            render: (n: string, t) => <Link to={`/dang-vien/${t.memberId}`}>{n}</Link>,
          },
          ...transferColumns(),
          {
            title: 'Thao tác',
            key: 'act',
            render: (_: unknown, t) => (
              <Space>
                {t.state === 'pending' && t.toOrgId !== null && (
                  <Button size="small" type="primary" onClick={() => setReceiving(t)}>
                    Tiếp nhận
                  </Button>
                )}
                {t.state === 'pending' && (
                  <Button size="small" onClick={() => close(t, 'cancel')}>
                    Hủy
                  </Button>
                )}
                {t.state === 'done' && t.kind === 'temporary' && t.direction === 'internal' && (
                  <Button size="small" onClick={() => close(t, 'end')}>
                    Kết thúc
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {receiving && <ReceiveModal transfer={receiving} onClose={() => setReceiving(null)} />}
      {arriving && <ArrivalModal onClose={() => setArriving(false)} />}
    </div>
  );
}

function ReceiveModal({ transfer, onClose }: { transfer: MemberTransfer; onClose: () => void }) {
  const [form] = Form.useForm<{ inOn?: Dayjs }>();
  const receive = useReceiveTransfer(transfer.id);
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title={`Tiếp nhận ${transfer.fullName}`}
      okText="Tiếp nhận"
      successMessage="Đã tiếp nhận đảng viên."
      initialValues={{ inOn: dayjs() }}
      submit={(v) => receive.mutateAsync(checked(form, receiveTransferBody, { inOn: isoOf(v.inOn) }))}
    >
      <Form.Item label="Ngày tiếp nhận" name="inOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
    </FormModal>
  );
}

interface ArrivalValues {
  fullName: string;
  birthDate?: Dayjs;
  gender?: 'Nam' | 'Nữ';
  orgId?: number;
  admittedOn?: Dayjs;
  officialOn?: Dayjs;
  partyCardNo?: string;
  fromName: string;
  paperNo: string;
  inOn?: Dayjs;
}

function ArrivalModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ArrivalValues>();
  const transferIn = useTransferIn();
  const d = { format: DATE_FORMAT, style: { width: '100%' } };
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      width={640}
      title="Tiếp nhận đảng viên từ đơn vị ngoài hệ thống"
      okText="Tiếp nhận"
      successMessage="Đã tạo hồ sơ và ghi nhận giấy giới thiệu."
      initialValues={{ inOn: dayjs() }}
      submit={(v) =>
        transferIn.mutateAsync(
          checked(form, transferInBody, {
            fullName: v.fullName,
            birthDate: isoOf(v.birthDate),
            gender: v.gender,
            orgId: v.orgId,
            admittedOn: isoOf(v.admittedOn),
            officialOn: isoOf(v.officialOn),
            partyCardNo: v.partyCardNo || undefined,
            fromName: v.fromName,
            paperNo: v.paperNo,
            inOn: isoOf(v.inOn),
          }),
        )
      }
    >
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, message: 'Nhập họ và tên' }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Space wrap>
        <Form.Item label="Ngày sinh" name="birthDate" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker {...d} />
        </Form.Item>
        <Form.Item label="Giới tính" name="gender">
          <Select allowClear style={{ width: 100 }} options={[{ value: 'Nam' }, { value: 'Nữ' }]} />
        </Form.Item>
        <Form.Item label="Ngày vào Đảng" name="admittedOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker {...d} />
        </Form.Item>
        <Form.Item label="Ngày chính thức" name="officialOn">
          <DatePicker {...d} />
        </Form.Item>
      </Space>
      <Form.Item label="Chi bộ tiếp nhận" name="orgId" rules={[{ required: true, message: 'Chọn chi bộ' }]}>
        <OrgSelect />
      </Form.Item>
      <Form.Item label="Số thẻ đảng viên" name="partyCardNo">
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        label="Chuyển từ"
        name="fromName"
        rules={[{ required: true, message: 'Nhập nơi chuyển đi' }]}
      >
        <Input maxLength={200} placeholder="Ví dụ: Đảng bộ tỉnh Thái Bình" />
      </Form.Item>
      <Space wrap>
        <Form.Item
          label="Số giấy giới thiệu"
          name="paperNo"
          rules={[{ required: true, message: 'Nhập số giấy' }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="Ngày tiếp nhận" name="inOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker {...d} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
