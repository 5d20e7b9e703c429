// Creating and editing an account, checked with the same zod schemas as the server.
import { Form, Input, Select, Switch } from 'antd';
import { ROLES, type Role } from '../../../../domain/roles.ts';
import { createUserBody, updateUserBody } from '../../../../domain/schemas/users.ts';
import { ROLE_LABELS, SECRECY_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, zodRules } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type User, useCreateUser, useUpdateUser } from './api.ts';

const createRules = zodRules(createUserBody);
const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Levels up to the admin's own; a higher level the account already has may stay as it is. */
function clearanceOptions(max: number, current?: number) {
  return SECRECY_LABELS.map((label, level) => {
    const above = level > max && level !== current;
    return { value: level, label: above ? `${label} (cao hơn mức của bạn)` : label, disabled: above };
  });
}

interface CreateValues {
  username: string;
  password: string;
  fullName: string;
  orgId: number;
  role: Role;
  clearance: number;
}

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const create = useCreateUser();
  const [form] = Form.useForm<CreateValues>();
  return (
    <FormModal<CreateValues, User>
      open={open}
      onClose={onClose}
      form={form}
      title="Tạo tài khoản"
      okText="Tạo tài khoản"
      successMessage={(u) => `Đã tạo tài khoản «${u.username}» cho ${u.fullName}.`}
      initialValues={{ role: 'specialist', clearance: 0 }}
      submit={(v) => create.mutateAsync(checked(form, createUserBody, v))}
    >
      <Form.Item
        label="Họ và tên"
        name="fullName"
        rules={[{ required: true, message: 'Nhập họ và tên' }, ...createRules.fullName]}
      >
        <Input autoFocus maxLength={120} placeholder="Ví dụ: Nguyễn Thị Hoa" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Tên đăng nhập"
        name="username"
        extra="Chữ thường không dấu, số và các dấu . _ -, ví dụ: hoa.nt"
        rules={[{ required: true, message: 'Nhập tên đăng nhập' }, ...createRules.username]}
      >
        <Input maxLength={64} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        label="Mật khẩu ban đầu"
        name="password"
        extra="Ít nhất 10 ký tự. Người dùng nên đổi mật khẩu sau lần đăng nhập đầu."
        rules={[{ required: true, message: 'Nhập mật khẩu' }, ...createRules.password]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <UserFields maxClearance={me.user.clearance} />
    </FormModal>
  );
}

/** Unit, role and clearance: the same in both dialogs. */
function UserFields({
  maxClearance,
  current,
  self,
}: {
  maxClearance: number;
  current?: number;
  self?: boolean;
}) {
  return (
    <>
      <Form.Item label="Đơn vị" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
        <OrgSelect />
      </Form.Item>
      <Form.Item
        label="Vai trò"
        name="role"
        rules={[{ required: true, message: 'Chọn vai trò' }]}
        extra={self ? 'Bạn không thể tự đổi vai trò của chính mình.' : undefined}
      >
        <Select options={roleOptions} disabled={self} />
      </Form.Item>
      <Form.Item
        label="Được tiếp cận"
        name="clearance"
        tooltip="Mức độ mật cao nhất của tài liệu mà người dùng được xem"
        rules={[{ required: true, message: 'Chọn mức tiếp cận' }]}
      >
        <Select options={clearanceOptions(maxClearance, current)} />
      </Form.Item>
    </>
  );
}

interface EditValues {
  fullName: string;
  orgId: number;
  role: Role;
  clearance: number;
  disabled: boolean;
}

export function EditUserModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const me = useMe();
  const update = useUpdateUser(user.id);
  const [form] = Form.useForm<EditValues>();
  const self = user.id === me.user.id;
  return (
    <FormModal<EditValues, User>
      open={open}
      onClose={onClose}
      form={form}
      title={`Sửa tài khoản «${user.username}»`}
      okText="Lưu"
      successMessage={(u) => `Đã lưu tài khoản ${u.fullName}.`}
      initialValues={{
        fullName: user.fullName,
        orgId: user.orgId,
        role: user.role,
        clearance: user.clearance,
        disabled: user.disabled,
      }}
      submit={(v) => update.mutateAsync(checked(form, updateUserBody, v))}
    >
      <Form.Item
        label="Họ và tên"
        name="fullName"
        rules={[{ required: true, message: 'Nhập họ và tên' }, ...createRules.fullName]}
      >
        <Input autoFocus maxLength={120} autoComplete="off" />
      </Form.Item>
      <UserFields maxClearance={me.user.clearance} current={user.clearance} self={self} />
      <Form.Item
        label="Khóa tài khoản"
        name="disabled"
        valuePropName="checked"
        extra={
          self ? 'Bạn không thể tự khóa tài khoản của mình.' : 'Khóa sẽ kết thúc ngay mọi phiên đăng nhập.'
        }
      >
        <Switch disabled={self} checkedChildren="Đã khóa" unCheckedChildren="Hoạt động" />
      </Form.Item>
    </FormModal>
  );
}
