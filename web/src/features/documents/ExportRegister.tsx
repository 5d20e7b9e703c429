// «Xuất sổ (Excel)»: the incoming or outgoing register of a date range (this year by default).
import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DATE_FORMAT } from '../../lib/format.ts';
import { isoOf } from '../forms.ts';
import { downloadRegister } from './api.ts';

export function ExportRegister({ direction }: { direction: 'in' | 'out' }) {
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()]);
  const run = useMutation({
    mutationFn: () => {
      const from = isoOf(range[0]) as string;
      const to = isoOf(range[1]) as string;
      return downloadRegister(direction, from, to);
    },
    onSuccess: () => setOpen(false),
  });
  const book = direction === 'in' ? 'sổ đăng ký văn bản đến' : 'sổ đăng ký văn bản đi';
  return (
    <>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen(true)} data-testid={`export-${direction}`}>
        Xuất sổ (Excel)
      </Button>
      <Modal
        open={open}
        title={`Xuất ${book}`}
        onCancel={() => setOpen(false)}
        okText="Tải tệp Excel"
        cancelText="Đóng"
        onOk={() => run.mutate()}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {direction === 'in'
              ? 'Văn bản đến trong khoảng ngày đến:'
              : 'Văn bản đã ban hành trong khoảng ngày:'}
          </Typography.Text>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            placeholder={['Từ ngày', 'Đến ngày']}
          />
          {run.isError && <Alert type="error" showIcon title={run.error.message} />}
        </Space>
      </Modal>
    </>
  );
}
