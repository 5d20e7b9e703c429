// The minutes: the actual hours (judged against the minimum duration the meeting keeps, with its
// source), the discussion and the conclusion; saved, then downloaded as Word in the Party layout.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { minutesBody } from '../../../../domain/meetings/schemas.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { checked, errorText, FormInvalid } from '../forms.ts';
import { downloadPaper, type MeetingDetail, useSaveMinutes } from './api.ts';

interface Values {
  from: string;
  to?: string;
  discussion?: string;
  conclusion?: string;
}

export function MinutesPanel({ m }: { m: MeetingDetail }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveMinutes(m.id);
  const day = dayjs(m.startsAt).format('YYYY-MM-DD');
  const d = m.rules.duration;
  const editable = m.can.manage && m.status !== 'cancelled' && m.resolution.symbol === null;
  const onFinish = (v: Values) => {
    try {
      const body = checked(form, minutesBody, {
        startsAt: `${day}T${v.from}`,
        endsAt: v.to ? `${day}T${v.to}` : null,
        discussion: v.discussion || null,
        conclusion: v.conclusion || null,
      });
      save.mutate(body, {
        onSuccess: () => void message.success('Đã lưu biên bản.'),
        onError: (err) => void message.error(errorText(err)),
      });
    } catch (err) {
      if (!(err instanceof FormInvalid)) void message.error(errorText(err));
    }
  };
  return (
    <div>
      <Alert
        type="info"
        showIcon
        className="mt-block"
        title={`Thời lượng tối thiểu: ${d.requiredMinutes} phút (${d.single} phút một cuộc, ${d.combined} phút khi thường kỳ kết hợp chuyên đề).`}
        description={`Căn cứ: ${d.source}`}
      />
      <div className="mt-actions">
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void downloadPaper(m.id, 'minutes').catch((err) => void message.error(errorText(err)))
          }
          data-testid="minutes-word"
        >
          Tải biên bản (Word)
        </Button>
        {m.minutes.recordedAt && (
          <span className="mt-muted">Đã ghi biên bản {formatDateTimeVi(m.minutes.recordedAt)}</span>
        )}
      </div>
      <Card size="small">
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          disabled={!editable}
          requiredMark={false}
          initialValues={{
            from: dayjs(m.minutes.startsAt).format('HH:mm'),
            to: m.minutes.endsAt ? dayjs(m.minutes.endsAt).format('HH:mm') : undefined,
            discussion: m.minutes.discussion ?? undefined,
            conclusion: m.minutes.conclusion ?? undefined,
          }}
        >
          <div className="mt-two">
            <Form.Item
              name="from"
              label="Giờ bắt đầu thực tế"
              rules={[{ required: true, message: 'Nhập giờ' }]}
            >
              <Input type="time" aria-label="Giờ bắt đầu thực tế" />
            </Form.Item>
            <Form.Item name="to" label="Giờ kết thúc thực tế">
              <Input type="time" aria-label="Giờ kết thúc thực tế" />
            </Form.Item>
          </div>
          <Form.Item name="discussion" label="Ý kiến thảo luận">
            <Input.TextArea rows={5} maxLength={50_000} />
          </Form.Item>
          <Form.Item name="conclusion" label="Kết luận của chủ trì">
            <Input.TextArea rows={4} maxLength={50_000} />
          </Form.Item>
          {editable && (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="minutes-save">
              Lưu biên bản
            </Button>
          )}
        </Form>
      </Card>
    </div>
  );
}
