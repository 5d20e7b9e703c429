// Comments on a scheme: a consulted unit (or the lead unit, entering a written opinion it received)
// comments on a version and, when it is about one, a paragraph of it; the lead unit accepts, explains
// or keeps each with a reply, and downloads the table of comments (bảng tổng hợp tiếp thu, giải
// trình) in Word. A consulted unit sees only its own comments.
import { CommentOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, List, Radio, Select, Tag } from 'antd';
import { useState } from 'react';
import {
  DISPOSITION_COLORS,
  DISPOSITION_LABELS,
  DISPOSITIONS,
  type Disposition,
} from '../../../../domain/proposals/labels.ts';
import { addCommentBody, disposeCommentBody } from '../../../../domain/proposals/schemas.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText } from '../forms.ts';
import {
  downloadResponseTable,
  type ProposalComment,
  type ProposalDetail,
  useComments,
  useProposalActions,
  useVersionText,
} from './api.ts';

interface CommentValues {
  version?: number;
  paragraph?: number;
  author?: string;
  text?: string;
}

function CommentForm({ p }: { p: ProposalDetail }) {
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommentValues>();
  const { comment } = useProposalActions(p.id);
  const [error, setError] = useState<string | null>(null);
  // The version of the newest open round (what a consulted unit comments on), else the newest version.
  const openRound = [...p.rounds].reverse().find((r) => r.open);
  const initialVersion = openRound?.version ?? p.versions[p.versions.length - 1]?.version;
  const version = Form.useWatch('version', form) ?? initialVersion;
  const text = useVersionText(p.id, version);
  const submit = (v: CommentValues) => {
    setError(null);
    let body: ReturnType<typeof addCommentBody.parse>;
    try {
      body = checked(form, addCommentBody, {
        version: v.version ?? initialVersion,
        paragraph: v.paragraph,
        author: v.author ?? '',
        text: v.text ?? '',
      });
    } catch {
      return;
    }
    comment.mutate(body, {
      onSuccess: () => {
        void message.success('Đã ghi nhận ý kiến góp ý.');
        form.setFieldsValue({ text: '', paragraph: undefined });
      },
      onError: (e) => setError(errorText(e)),
    });
  };
  return (
    <Card size="small" title="Góp ý" className="pp-comment-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<CommentValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ version: initialVersion, author: p.can.manage ? '' : me.user.orgName }}
        onFinish={submit}
      >
        <div className="pp-two">
          <Form.Item label="Dự thảo lần" name="version">
            <Select options={p.versions.map((v) => ({ value: v.version, label: `Lần ${v.version}` }))} />
          </Form.Item>
          <Form.Item label="Đoạn (nếu góp ý vào một đoạn)" name="paragraph">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="Góp ý chung"
              options={(text.data?.paragraphs ?? []).map((t, i) => ({
                value: i,
                label: `Đoạn ${i + 1}: ${t.length > 90 ? `${t.slice(0, 90)}…` : t}`,
              }))}
            />
          </Form.Item>
        </div>
        <Form.Item
          label="Đơn vị, cá nhân góp ý"
          name="author"
          rules={[{ required: true, message: 'Nhập tên' }]}
        >
          <Input maxLength={300} data-testid="comment-author" />
        </Form.Item>
        <Form.Item label="Nội dung góp ý" name="text" rules={[{ required: true, message: 'Nhập nội dung' }]}>
          <Input.TextArea rows={3} maxLength={20_000} data-testid="comment-text" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<CommentOutlined />}
          loading={comment.isPending}
          data-testid="comment-submit"
        >
          Gửi góp ý
        </Button>
      </Form>
    </Card>
  );
}

interface DisposeValues {
  disposition: Disposition;
  reply?: string;
}

function DisposeModal({
  p,
  c,
  onClose,
}: {
  p: ProposalDetail;
  c: ProposalComment | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DisposeValues>();
  const { dispose } = useProposalActions(p.id);
  return (
    <FormModal<DisposeValues, ProposalComment>
      open={c !== null}
      onClose={onClose}
      form={form}
      title="Tiếp thu, giải trình ý kiến"
      okText="Lưu"
      successMessage={(r) => `Đã ghi «${r.dispositionLabel}».`}
      initialValues={{ disposition: c?.disposition ?? 'accepted', reply: c?.reply ?? '' }}
      submit={(v) =>
        dispose.mutateAsync({
          cid: c?.id ?? 0,
          ...checked(form, disposeCommentBody, { disposition: v.disposition, reply: v.reply ?? '' }),
        })
      }
    >
      {c && (
        <div className="pp-quote">
          <b>{c.author}:</b> {c.text}
        </div>
      )}
      <Form.Item label="Hướng xử lý" name="disposition">
        <Radio.Group
          optionType="button"
          options={DISPOSITIONS.map((d) => ({ value: d, label: DISPOSITION_LABELS[d] }))}
          data-testid="dispose-kind"
        />
      </Form.Item>
      <Form.Item label="Nội dung tiếp thu, giải trình" name="reply">
        <Input.TextArea rows={3} maxLength={20_000} data-testid="dispose-reply" />
      </Form.Item>
    </FormModal>
  );
}

export function CommentsPanel({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const list = useComments(p.id);
  const [disposing, setDisposing] = useState<ProposalComment | null>(null);
  const [downloading, setDownloading] = useState(false);
  const download = () => {
    setDownloading(true);
    downloadResponseTable(p.id)
      .catch((e) => void message.error(errorText(e)))
      .finally(() => setDownloading(false));
  };
  return (
    <div>
      {p.can.manage && (
        <Button
          icon={<FileWordOutlined />}
          onClick={download}
          loading={downloading}
          style={{ marginBottom: 12 }}
          data-testid="response-table"
        >
          Tải bảng tổng hợp tiếp thu, giải trình
        </Button>
      )}
      {p.can.comment && p.versions.length > 0 && <CommentForm p={p} />}
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      {list.data?.ownOnly && <div className="pp-muted">Đây là các ý kiến của đơn vị bạn.</div>}
      <List<ProposalComment>
        className="pp-comments"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Chưa có ý kiến góp ý' }}
        renderItem={(c) => (
          <List.Item
            data-testid={`comment-${c.id}`}
            actions={
              p.can.dispose
                ? [
                    <Button
                      key="d"
                      size="small"
                      onClick={() => setDisposing(c)}
                      data-testid={`dispose-${c.id}`}
                    >
                      {c.disposition ? 'Sửa' : 'Xử lý'}
                    </Button>,
                  ]
                : []
            }
          >
            <div className="pp-comment">
              <div>
                <b>{c.author}</b>{' '}
                <span className="pp-muted">
                  dự thảo lần {c.version}
                  {c.paragraph !== null ? `, đoạn ${c.paragraph + 1}` : ''}
                  {c.roundNumber ? `, đợt ${c.roundNumber}` : ''}
                  {c.createdAt ? ` · ${formatDateTimeVi(c.createdAt)}` : ''}
                </span>
                {c.late && <Tag color="red">Sau hạn</Tag>}
              </div>
              {c.paragraphText && <div className="pp-quote">«{c.paragraphText}»</div>}
              <div>{c.text}</div>
              <div className="pp-reply">
                {c.disposition ? (
                  <>
                    <Tag color={DISPOSITION_COLORS[c.disposition]}>{c.dispositionLabel}</Tag>
                    {c.reply}
                  </>
                ) : (
                  <Tag>Chưa xử lý</Tag>
                )}
              </div>
            </div>
          </List.Item>
        )}
      />
      {p.can.dispose && <DisposeModal p={p} c={disposing} onClose={() => setDisposing(null)} />}
    </div>
  );
}
