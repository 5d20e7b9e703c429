// «Cài đặt chung» (admins): installation-wide settings: whether leaders and admins must use a second
// factor, and (when the server has it) after how many days a task counts as stalled.
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Result,
  Skeleton,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { type Settings, useSaveSettings, useSettings } from './api.ts';

export function SettingsPage() {
  const me = useMe();
  const allowed = roleCan(me.user.role, 'settings.manage');
  const { message } = App.useApp();
  const settings = useSettings({ enabled: allowed });
  const saving = useSaveSettings();
  const save = (patch: Partial<Settings>) =>
    saving.mutate(patch, {
      onSuccess: (s) => {
        if (patch.requireTotpForPrivileged === undefined) {
          void message.success('Đã lưu cài đặt.');
          return;
        }
        void message.success(
          s.requireTotpForPrivileged
            ? 'Đã bật: lãnh đạo và quản trị bắt buộc dùng xác thực hai lớp.'
            : 'Đã tắt yêu cầu bắt buộc xác thực hai lớp.',
        );
      },
      onError: (err) => void message.error(errorText(err)),
    });

  if (!allowed) {
    return (
      <Result status="403" title="Không có quyền" subTitle="Chỉ quản trị hệ thống được sửa cài đặt chung." />
    );
  }
  const value = settings.data?.requireTotpForPrivileged ?? false;

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Cài đặt chung</Typography.Title>
      </div>
      <Card title="Bảo mật đăng nhập" style={{ maxWidth: 760 }}>
        {settings.isError && <Alert type="error" showIcon title={settings.error.message} />}
        {settings.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <div className="setting-row">
            <Switch
              id="require-totp"
              checked={value}
              loading={saving.isPending}
              onChange={(checked) => save({ requireTotpForPrivileged: checked })}
              data-testid="setting-require-totp"
            />
            <div>
              <label htmlFor="require-totp">
                <Typography.Text strong>Bắt buộc lãnh đạo và quản trị dùng xác thực hai lớp</Typography.Text>
              </label>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                Khi bật, tài khoản có vai trò Lãnh đạo hoặc Quản trị phải nhập thêm mã 6 chữ số từ ứng dụng
                trên điện thoại mỗi lần đăng nhập. Người chưa đăng ký sẽ được hướng dẫn đăng ký ngay sau lần
                đăng nhập tiếp theo và chưa dùng được phần mềm cho đến khi đăng ký xong; họ cũng không tự tắt
                được. Các vai trò khác vẫn có thể tự bật trong «Tài khoản của tôi».
              </Typography.Paragraph>
            </div>
          </div>
        )}
        {value && !me.user.totpEnabled && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title="Bạn chưa bật xác thực hai lớp."
            description="Ở lần đăng nhập sau bạn sẽ phải đăng ký. Có thể bật ngay trong «Tài khoản của tôi»."
          />
        )}
      </Card>
      {typeof settings.data?.stalledDays === 'number' && (
        <StalledDaysCard
          value={settings.data.stalledDays}
          saving={saving.isPending}
          onSave={(stalledDays) => save({ stalledDays })}
        />
      )}
    </div>
  );
}

/** «Chương trình công tác»: after how many days without a progress report a task counts as stalled. */
function StalledDaysCard({
  value,
  saving,
  onSave,
}: {
  value: number;
  saving: boolean;
  onSave: (days: number) => void;
}) {
  const [days, setDays] = useState<number | null>(value);
  return (
    <Card title="Chương trình công tác" style={{ maxWidth: 760, marginTop: 16 }}>
      <Form
        layout="inline"
        onFinish={() => {
          if (days !== null) onSave(days);
        }}
      >
        <Form.Item label="Nhiệm vụ bị coi là chậm sau" htmlFor="stalled-days">
          <Space.Compact>
            <InputNumber<number>
              id="stalled-days"
              min={1}
              max={365}
              precision={0}
              value={days}
              onChange={setDays}
              style={{ width: 100 }}
            />
            <Space.Addon>ngày</Space.Addon>
          </Space.Compact>
        </Form.Item>
        <Button htmlType="submit" loading={saving} disabled={days === null || days === value}>
          Lưu
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        Số ngày không có báo cáo tiến độ mà nhiệm vụ bị đánh dấu là chậm (từ 1 đến 365).
      </Typography.Paragraph>
    </Card>
  );
}
