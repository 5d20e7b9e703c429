// What can be done to a task: report progress (with files; 100 % completes it, with the product),
// extend the deadline or transfer it to another unit (each with a reason, both counted), edit it.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Slider, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { extendTaskBody, taskUpdateBody, transferTaskBody } from '../../../../domain/programs/schemas.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type TaskDetail, useExtendTask, useReportTask, useTransferTask } from './api.ts';

type Which = 'report' | 'extend' | 'transfer';

interface ReportValues {
  progress: number;
  note?: string;
  product?: string;
}

export function TaskActions({ task }: { task: TaskDetail }) {
  const [open, setOpen] = useState<Which | null>(null);
  if (task.done || (!task.can.report && !task.can.manage)) return null;
  return (
    <>
      <Space wrap>
        {task.can.report && (
          <Button type="primary" onClick={() => setOpen('report')} data-testid="task-report">
            Báo cáo tiến độ
          </Button>
        )}
        {task.can.manage && (
          <Button onClick={() => setOpen('extend')} data-testid="task-extend">
            Gia hạn
          </Button>
        )}
        {task.can.manage && (
          <Button onClick={() => setOpen('transfer')} data-testid="task-transfer">
            Chuyển đơn vị
          </Button>
        )}
      </Space>
      <ReportModal task={task} open={open === 'report'} onClose={() => setOpen(null)} />
      <ExtendModal task={task} open={open === 'extend'} onClose={() => setOpen(null)} />
      <TransferModal task={task} open={open === 'transfer'} onClose={() => setOpen(null)} />
    </>
  );
}

interface ModalProps {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
}

function ReportModal({ task, open, onClose }: ModalProps) {
  const [form] = Form.useForm<ReportValues>();
  const report = useReportTask(task.id);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const progress = Form.useWatch('progress', form) ?? task.progress;
  return (
    <FormModal<ReportValues, unknown>
      open={open}
      onClose={() => {
        setFiles([]);
        onClose();
      }}
      form={form}
      title="Báo cáo tiến độ"
      okText={progress >= 100 ? 'Báo cáo hoàn thành' : 'Gửi báo cáo'}
      successMessage={progress >= 100 ? 'Đã báo cáo hoàn thành.' : 'Đã cập nhật tiến độ.'}
      initialValues={{ progress: task.progress }}
      submit={async (v) => {
        const res = await report.mutateAsync({
          body: checked(form, taskUpdateBody, {
            progress: v.progress,
            note: v.note || undefined,
            product: v.product || undefined,
          }),
          files: files.flatMap((f) => (f.originFileObj ? [f.originFileObj] : [])),
        });
        setFiles([]);
        return res;
      }}
    >
      <Form.Item label="Tiến độ (%)" required>
        <Space.Compact block>
          <Form.Item name="progress" noStyle>
            <Slider min={0} max={100} step={5} style={{ flex: 1, marginRight: 16 }} />
          </Form.Item>
          <Form.Item name="progress" noStyle rules={[{ required: true, message: 'Nhập tiến độ' }]}>
            <InputNumber min={0} max={100} precision={0} suffix="%" aria-label="Tiến độ (%)" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="Kết quả, khó khăn, kiến nghị" name="note">
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
      </Form.Item>
      {progress >= 100 && (
        <Form.Item
          label="Sản phẩm"
          name="product"
          extra="Ví dụ: Báo cáo số 12-BC/ĐU ngày 20/5/2026; đính kèm tệp bên dưới."
        >
          <Input maxLength={500} />
        </Form.Item>
      )}
      <Form.Item label="Tệp đính kèm">
        <Upload multiple fileList={files} beforeUpload={() => false} onChange={(i) => setFiles(i.fileList)}>
          <Button icon={<UploadOutlined />}>Chọn tệp</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}

function ExtendModal({ task, open, onClose }: ModalProps) {
  const [form] = Form.useForm<{ dueOn?: Dayjs | null; reason?: string }>();
  const extend = useExtendTask(task.id);
  return (
    <FormModal<{ dueOn?: Dayjs | null; reason?: string }, unknown>
      open={open}
      onClose={onClose}
      form={form}
      title="Gia hạn nhiệm vụ"
      okText="Gia hạn"
      successMessage="Đã gia hạn."
      submit={(v) =>
        extend.mutateAsync(checked(form, extendTaskBody, { dueOn: isoOf(v.dueOn), reason: v.reason ?? '' }))
      }
    >
      <Typography.Paragraph>
        Hạn hiện tại: <strong>{formatDateVi(task.dueOn)}</strong>
        {task.extensionCount > 0 && ` (đã gia hạn ${task.extensionCount} lần)`}
      </Typography.Paragraph>
      {task.extensionCount >= 2 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Nhiệm vụ đã gia hạn nhiều lần; mỗi lần gia hạn đều được thống kê."
        />
      )}
      <Form.Item label="Hạn mới" name="dueOn" rules={[{ required: true, message: 'Chọn hạn mới' }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="Lý do"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Ghi lý do gia hạn' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

function TransferModal({ task, open, onClose }: ModalProps) {
  const [form] = Form.useForm<{ orgId?: number; reason?: string }>();
  const transfer = useTransferTask(task.id);
  return (
    <FormModal<{ orgId?: number; reason?: string }, unknown>
      open={open}
      onClose={onClose}
      form={form}
      title="Chuyển đơn vị chủ trì"
      okText="Chuyển"
      successMessage="Đã chuyển."
      submit={(v) =>
        transfer.mutateAsync(checked(form, transferTaskBody, { orgId: v.orgId, reason: v.reason ?? '' }))
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="Mỗi lần chuyển đều được ghi lại và thống kê. Nhiệm vụ chuyển từ hai lần trở lên, hoặc quay lại đơn vị đã chuyển đi, được đánh dấu đùn đẩy."
      />
      <Typography.Paragraph>
        Đang chủ trì: <strong>{task.orgName}</strong>
      </Typography.Paragraph>
      <Form.Item label="Đơn vị nhận" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị nhận' }]}>
        <OrgSelect isDisabled={(o) => o.id === task.orgId || !o.active} />
      </Form.Item>
      <Form.Item
        label="Lý do"
        name="reason"
        rules={[{ required: true, whitespace: true, message: 'Ghi lý do chuyển' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
