// What an admin can do with one account: edit, lock or unlock, reset the password, remove the
// second factor (when the phone is lost).
import { DownOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input, type MenuProps, Space, Typography } from 'antd';
import { useState } from 'react';
import { resetPasswordBody } from '../../../../domain/schemas/users.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, zodRules } from '../forms.ts';
import { type User, useResetPassword, useResetTotp, useUpdateUser } from './api.ts';
import { EditUserModal } from './UserFormModal.tsx';

const passwordRules = zodRules(resetPasswordBody).newPassword;

function ResetPasswordModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const reset = useResetPassword(user.id);
  return (
    <FormModal<{ newPassword: string; confirm: string }, void>
      open={open}
      onClose={onClose}
      form={form}
      title={`Đặt lại mật khẩu cho ${user.fullName}`}
      okText="Đặt lại mật khẩu"
      successMessage="Đã đặt lại mật khẩu. Mọi phiên đăng nhập của tài khoản đã kết thúc."
      submit={(v) =>
        reset.mutateAsync(checked(form, resetPasswordBody, { newPassword: v.newPassword }).newPassword)
      }
    >
      <Typography.Paragraph type="secondary">
        Tài khoản «{user.username}» sẽ bị đăng xuất khỏi mọi thiết bị. Hãy trao mật khẩu mới trực tiếp cho
        người dùng.
      </Typography.Paragraph>
      <Form.Item
        label="Mật khẩu mới"
        name="newPassword"
        rules={[{ required: true, message: 'Nhập mật khẩu mới' }, ...passwordRules]}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Nhập lại mật khẩu mới"
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Nhập lại mật khẩu mới' },
          ({ getFieldValue }) => ({
            validator: async (_r, value: string) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('Hai mật khẩu không khớp');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

export function UserRowActions({ user }: { user: User }) {
  const me = useMe();
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<'edit' | 'password' | null>(null);
  const self = user.id === me.user.id;

  const update = useUpdateUser(user.id);
  const setDisabled = (disabled: boolean) =>
    update.mutateAsync({ disabled }).then(
      (u) =>
        void message.success(
          u.disabled ? `Đã khóa tài khoản ${u.fullName}.` : `Đã mở khóa tài khoản ${u.fullName}.`,
        ),
      (err: unknown) => void message.error(errorText(err)),
    );
  const resetTotp = useResetTotp(user.id);
  const removeTotp = () =>
    resetTotp.mutateAsync().then(
      () => void message.success(`Đã gỡ xác thực hai lớp của ${user.fullName}.`),
      (err: unknown) => void message.error(errorText(err)),
    );

  const items: MenuProps['items'] = [
    user.disabled
      ? { key: 'enable', label: 'Mở khóa' }
      : { key: 'disable', label: 'Khóa', danger: true, disabled: self },
    { key: 'password', label: 'Đặt lại mật khẩu' },
    { key: 'totp', label: 'Gỡ xác thực 2 lớp', disabled: !user.totpEnabled },
  ];
  const onMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'enable') void setDisabled(false);
    if (key === 'password') setDialog('password');
    if (key === 'disable') {
      modal.confirm({
        title: `Khóa tài khoản ${user.fullName}?`,
        content: 'Người dùng bị đăng xuất ngay và không đăng nhập được cho đến khi được mở khóa.',
        okText: 'Khóa',
        okButtonProps: { danger: true },
        cancelText: 'Hủy',
        onOk: () => setDisabled(true),
      });
    }
    if (key === 'totp') {
      modal.confirm({
        title: `Gỡ xác thực hai lớp của ${user.fullName}?`,
        content:
          'Dùng khi người dùng mất điện thoại. Người dùng sẽ bị đăng xuất và đăng nhập lại chỉ bằng mật khẩu (rồi đăng ký lại nếu quy định bắt buộc).',
        okText: 'Gỡ',
        cancelText: 'Hủy',
        onOk: () => removeTotp(),
      });
    }
  };

  return (
    <>
      <Space size={4}>
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setDialog('edit')}
          data-testid="user-edit"
        >
          Sửa
        </Button>
        <Dropdown menu={{ items, onClick: onMenu }} trigger={['click']}>
          <Button size="small" aria-label={`Thao tác khác với ${user.fullName}`}>
            Khác <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      <EditUserModal user={user} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <ResetPasswordModal user={user} open={dialog === 'password'} onClose={() => setDialog(null)} />
    </>
  );
}
