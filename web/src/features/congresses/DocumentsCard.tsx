// The congress's papers (political report, self-review, draft resolution, personnel plan): the
// versions of each, a new version (its text), and one version read with its comments, where a
// comment can be added.
import { Alert, Button, Card, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTimeVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import {
  type CongressDetail,
  type DocumentKind,
  useDocumentActions,
  useDocuments,
  useDocumentVersion,
} from './api.ts';

export function DocumentsCard({ c }: { c: CongressDetail }) {
  const docs = useDocuments(c.id);
  const { addVersion, comment } = useDocumentActions(c.id);
  const [kind, setKind] = useState<DocumentKind>('political_report');
  const [body, setBody] = useState('');
  const [open, setOpen] = useState<{ kind: DocumentKind; version: number } | undefined>();
  const [author, setAuthor] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = useDocumentVersion(c.id, open?.kind, open?.version);
  const fail = (e: unknown) => setError(errorText(e));
  return (
    <Card size="small" title="Văn kiện, đề án nhân sự" className="cg-card">
      <List
        dataSource={docs.data?.items ?? []}
        renderItem={(d) => (
          <List.Item>
            <div>
              <div>{d.label}</div>
              <div className="cg-row">
                {d.versions.length === 0 && <span className="cg-muted">Chưa có dự thảo</span>}
                {d.versions.map((v) => (
                  <Button
                    key={v.version}
                    size="small"
                    onClick={() => setOpen({ kind: d.kind, version: v.version })}
                  >
                    Lần {v.version}
                    {v.comments > 0 && <Tag style={{ marginLeft: 4 }}>{v.comments} ý kiến</Tag>}
                  </Button>
                ))}
              </div>
            </div>
          </List.Item>
        )}
      />
      {open && shown.data && (
        <Card size="small" type="inner" title={`Dự thảo lần ${open.version}`} className="cg-card">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{shown.data.body}</Typography.Paragraph>
          {shown.data.comments.map((x) => (
            <div key={x.id} className="cg-muted">
              <b>{x.author}</b> ({formatDateTimeVi(x.createdAt)}): {x.body}
            </div>
          ))}
          {c.can.manage && (
            <div>
              <Input value={author} onChange={(e) => setAuthor(e.target.value)} placeholder="Người góp ý" />
              <Input.TextArea
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={2}
                placeholder="Ý kiến"
              />
              <Button
                size="small"
                disabled={!author.trim() || !text.trim()}
                onClick={() =>
                  comment.mutate(
                    { ...open, author, body: text },
                    { onSuccess: () => setText(''), onError: fail },
                  )
                }
              >
                Ghi ý kiến
              </Button>
            </div>
          )}
        </Card>
      )}
      {c.can.manage && (
        <div>
          <Select<DocumentKind>
            value={kind}
            onChange={setKind}
            style={{ width: '100%' }}
            options={(docs.data?.items ?? []).map((d) => ({ value: d.kind, label: d.label }))}
          />
          <Input.TextArea
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={4}
            placeholder="Nội dung dự thảo"
          />
          <Button
            disabled={!body.trim()}
            loading={addVersion.isPending}
            onClick={() => addVersion.mutate({ kind, body }, { onSuccess: () => setBody(''), onError: fail })}
          >
            Lưu lần dự thảo mới
          </Button>
        </div>
      )}
      {error && <Alert type="error" showIcon message={error} />}
    </Card>
  );
}
