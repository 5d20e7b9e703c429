// «Mã truy cập cá nhân (API token)»: tokens for scripts (Authorization: Bearer …). A new token is
// shown once, in a dialog, then only its prefix is known.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { tokenBody } from '../../../../domain/schemas/auth.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { applyApiError, checked, errorText, FormInvalid, zodRules } from '../forms.ts';
import { type ApiToken, createToken, profileKeys, useRevokeToken, useTokens } from './api.ts';

const nameRules = zodRules(tokenBody).name;

export function TokensCard() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const [created, setCreated] = useState<string | null>(null);
  const tokens = useTokens();
  const create = useMutation({
    mutationFn: (name: string) => createToken(checked(form, tokenBody, { name })),
    onSuccess: (t) => {
      setCreated(t.token);
      form.resetFields();
      void qc.invalidateQueries({ queryKey: profileKeys.tokens });
    },
    onError: (err) => {
      if (!(err instanceof FormInvalid)) void message.error(applyApiError(form, err));
    },
  });
  const revoking = useRevokeToken();
  const revoke = (id: number) =>
    revoking.mutateAsync(id).then(
      () => void message.success('Đã thu hồi mã truy cập.'),
      (err: unknown) => void message.error(errorText(err)),
    );

  return (
    <Card title="Mã truy cập cá nhân (API token)">
      <Typography.Paragraph type="secondary">
        Dùng cho chương trình, script gọi API thay bạn. Mã có mọi quyền của tài khoản bạn: giữ bí mật, thu hồi
        khi không dùng nữa.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        requiredMark={false}
        onFinish={(v) => create.mutate(v.name)}
        className="token-form"
      >
        <Form.Item
          name="name"
          rules={[{ required: true, message: 'Đặt tên cho mã' }, ...nameRules]}
          style={{ flex: 1 }}
        >
          <Input
            placeholder="Tên gợi nhớ, ví dụ: Script báo cáo tuần"
            maxLength={100}
            aria-label="Tên mã truy cập"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="token-create">
          Tạo mã
        </Button>
      </Form>
      {tokens.isError && <Alert type="error" showIcon title={tokens.error.message} />}
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={tokens.isLoading}
        dataSource={tokens.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có mã truy cập nào' }}
        columns={[
          { title: 'Tên', dataIndex: 'name' },
          {
            title: 'Mã bắt đầu bằng',
            dataIndex: 'prefix',
            render: (p: string) => <Typography.Text code>{p}…</Typography.Text>,
          },
          { title: 'Tạo lúc', dataIndex: 'createdAt', render: (v: string | null) => formatDateTimeVi(v) },
          {
            title: 'Dùng lần cuối',
            dataIndex: 'lastUsedAt',
            render: (v: string | null) =>
              v ? formatDateTimeVi(v) : <Typography.Text type="secondary">chưa dùng</Typography.Text>,
          },
          {
            title: 'Trạng thái',
            key: 'state',
            render: (_: unknown, t) =>
              t.revoked ? (
                <Tag>Đã thu hồi</Tag>
              ) : (
                <Popconfirm
                  title={`Thu hồi mã «${t.name}»?`}
                  description="Chương trình đang dùng mã này sẽ không gọi được API nữa."
                  okText="Thu hồi"
                  cancelText="Hủy"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke(t.id)}
                >
                  <Button size="small" danger>
                    Thu hồi
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={created !== null}
        title="Mã truy cập mới"
        onCancel={() => setCreated(null)}
        destroyOnHidden
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="modal-submit">
            Tôi đã lưu mã
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Mã chỉ hiện một lần này."
          description="Hãy sao chép và cất vào nơi an toàn ngay. Đóng hộp thoại này là không xem lại được; mất mã thì thu hồi và tạo mã mới."
        />
        <Typography.Paragraph
          code
          copyable={{ text: created ?? '', tooltips: ['Sao chép', 'Đã sao chép'] }}
          className="token-value"
          data-testid="token-value"
        >
          {created}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          Cách dùng: gửi kèm tiêu đề <Typography.Text code>Authorization: Bearer {'<mã>'}</Typography.Text>
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}
