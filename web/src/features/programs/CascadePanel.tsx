// The cascade, from both ends: a unit starts its own programme from its superior's (the button), and
// the superior sees every lower programme with its copy score in one table, and who has not started.
import { BranchesOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PROGRAM_STATUS_LABELS } from '../../../../domain/programs/labels.ts';
import { cascadeProgramBody } from '../../../../domain/programs/schemas.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import {
  type CascadeRow,
  type Program,
  type ProgramDetail,
  useCascadeProgram,
  useCascadeTable,
} from './api.ts';
import { copyColor, percent } from './copyScore.tsx';
import { ScopedOrgSelect } from './ScopedOrgSelect.tsx';

export function CascadeButton({ program }: { program: ProgramDetail }) {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ orgId: number }>();
  const cascade = useCascadeProgram();
  const navigate = useNavigate();
  return (
    <>
      <Button icon={<BranchesOutlined />} onClick={() => setOpen(true)} data-testid="program-cascade">
        Cụ thể hóa cho đơn vị
      </Button>
      <FormModal<{ orgId: number }, Program>
        open={open}
        onClose={() => setOpen(false)}
        form={form}
        title="Cụ thể hóa chương trình cho đơn vị cấp dưới"
        okText="Tạo chương trình của đơn vị"
        successMessage="Đã tạo. Hãy viết lại từng nội dung cho phù hợp tình hình của đơn vị."
        initialValues={me.user.orgId !== program.orgId ? { orgId: me.user.orgId } : {}}
        submit={(v) =>
          cascade.mutateAsync({
            programId: program.id,
            ...checked(form, cascadeProgramBody, { orgId: v.orgId }),
          })
        }
        onSuccess={(p) => void navigate(`/chuong-trinh/${p.id}`)}
      >
        <Typography.Paragraph>
          Các nội dung của «{program.title}» được chép sang và liên kết với nội dung gốc; đơn vị viết lại cho
          phù hợp và thêm nhiệm vụ riêng. Mức dập khuôn được theo dõi trên từng nội dung.
        </Typography.Paragraph>
        <Form.Item
          label="Đơn vị cụ thể hóa"
          name="orgId"
          rules={[{ required: true, message: 'Chọn đơn vị' }]}
        >
          <ScopedOrgSelect />
        </Form.Item>
      </FormModal>
    </>
  );
}

export function CascadePanel({ program }: { program: ProgramDetail }) {
  const table = useCascadeTable(program.id);
  if (table.isError) return <Alert type="error" showIcon title={table.error.message} />;
  const data = table.data;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        Mức dập khuôn: tỷ lệ nội dung của chương trình cấp dưới còn giống nội dung cấp trên (so sánh không
        dấu, bỏ tên cấp và tên đơn vị). Càng thấp càng được cụ thể hóa.
      </Typography.Paragraph>
      <Table<CascadeRow>
        rowKey="programId"
        size="middle"
        loading={table.isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="cascade-table"
        locale={{ emptyText: 'Chưa có đơn vị nào cụ thể hóa chương trình này' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'orgName' },
          {
            title: 'Chương trình',
            dataIndex: 'title',
            render: (title: string, r) => <Link to={`/chuong-trinh/${r.programId}`}>{title}</Link>,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: CascadeRow['status']) => (
              <Tag color={s === 'approved' ? 'green' : 'default'}>{PROGRAM_STATUS_LABELS[s]}</Tag>
            ),
          },
          { title: 'Số mục', dataIndex: 'itemCount', align: 'right' },
          { title: 'Mục cụ thể hóa, mục riêng', dataIndex: 'localItems', align: 'right' },
          {
            title: 'Mức dập khuôn',
            dataIndex: 'copyScore',
            width: 220,
            render: (score: number, r) => (
              <div className="pg-score-cell" data-testid={`cascade-score-${r.orgId}`}>
                <Progress
                  percent={Math.round(score * 100)}
                  strokeColor={copyColor(score)}
                  size="small"
                  format={() => percent(score)}
                />
              </div>
            ),
          },
        ]}
      />
      {data && data.missing.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>Chưa cụ thể hóa ({data.missing.length}): </Typography.Text>
          {data.missing.map((m) => (
            <Tag key={m.orgId}>{m.orgName}</Tag>
          ))}
        </div>
      )}
    </div>
  );
}
