// The versions of a scheme: upload the next Word draft (with a progress bar), the list with each
// version's text size and stage, and the readable diff between two versions: paragraphs added (green),
// removed (struck out, red), and reworded ones with their words changed inline.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Input, Progress, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { formatDateTimeVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import {
  type ProposalDetail,
  type ProposalDiff,
  type ProposalVersion,
  uploadVersion,
  useDiff,
  useProposalActions,
} from './api.ts';

type Block = ProposalDiff['blocks'][number];

function DiffBlock({ b }: { b: Block }) {
  if (b.kind === 'changed') {
    return (
      <p className="pp-diff-changed">
        <Tag color="gold">Sửa</Tag>
        {(b.parts ?? []).map((part, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one paragraph never reorder
          <span key={i} className={`pp-part-${part.kind}`}>
            {part.text}
          </span>
        ))}
      </p>
    );
  }
  const tag =
    b.kind === 'added' ? (
      <Tag color="green">Thêm</Tag>
    ) : b.kind === 'removed' ? (
      <Tag color="red">Bỏ</Tag>
    ) : null;
  return (
    <p className={`pp-diff-${b.kind}`}>
      {tag}
      {b.text}
    </p>
  );
}

function DiffView({ id, versions }: { id: number; versions: ProposalVersion[] }) {
  const last = versions[versions.length - 1]?.version;
  const [from, setFrom] = useState<number | undefined>(last ? last - 1 : undefined);
  const [to, setTo] = useState<number | undefined>(last);
  const [sameToo, setSameToo] = useState(false);
  const diff = useDiff(id, from, to);
  const options = versions.map((v) => ({ value: v.version, label: `Lần ${v.version}` }));
  const d = diff.data;
  return (
    <div className="pp-diff" data-testid="proposal-diff">
      <Space wrap style={{ marginBottom: 8 }}>
        So sánh
        <Select
          value={from}
          onChange={setFrom}
          options={options}
          style={{ width: 100 }}
          aria-label="Dự thảo trước"
        />
        với
        <Select
          value={to}
          onChange={setTo}
          options={options}
          style={{ width: 100 }}
          aria-label="Dự thảo sau"
        />
        <Button size="small" onClick={() => setSameToo(!sameToo)}>
          {sameToo ? 'Ẩn đoạn giữ nguyên' : 'Hiện cả đoạn giữ nguyên'}
        </Button>
      </Space>
      {diff.isError && <Alert type="error" showIcon title={diff.error.message} />}
      {d && (
        <>
          <div className="pp-muted" style={{ marginBottom: 8 }}>
            {d.stats.changed} đoạn sửa, {d.stats.added} đoạn thêm, {d.stats.removed} đoạn bỏ, {d.stats.same}{' '}
            đoạn giữ nguyên
          </div>
          <div className="pp-diff-body">
            {d.blocks
              .filter((b) => sameToo || b.kind !== 'same')
              .map((b) => (
                <DiffBlock key={`${b.kind}-${b.from}-${b.to}`} b={b} />
              ))}
          </div>
        </>
      )}
    </div>
  );
}

export function VersionsPanel({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const { invalidate } = useProposalActions(p.id);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      {p.can.manage && (
        <div className="pp-upload">
          <Input
            placeholder="Ghi chú cho lần dự thảo (không bắt buộc)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            style={{ maxWidth: 360 }}
          />
          <Upload
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            showUploadList={false}
            customRequest={({ file }) => {
              setError(null);
              setProgress(0);
              uploadVersion(p.id, file as File, note, setProgress)
                .then((v) => {
                  void message.success(`Đã lưu dự thảo lần ${v.version} (${v.textChars} ký tự).`);
                  setNote('');
                  void invalidate();
                })
                .catch((e) => setError(errorText(e)))
                .finally(() => setProgress(null));
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} data-testid="version-upload">
              Tải lên dự thảo (Word)
            </Button>
          </Upload>
          {progress !== null && <Progress percent={progress} size="small" style={{ width: 160 }} />}
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<ProposalVersion>
        rowKey="version"
        size="small"
        pagination={false}
        scroll={{ x: 720 }}
        dataSource={[...p.versions].reverse()}
        locale={{ emptyText: 'Chưa có dự thảo nào' }}
        columns={[
          { title: 'Lần', dataIndex: 'version', width: 60 },
          {
            title: 'Tệp',
            dataIndex: 'name',
            render: (n: string, v) => (
              <a href={v.url} download>
                <DownloadOutlined /> {n}
              </a>
            ),
          },
          { title: 'Bước', dataIndex: 'stageLabel', width: 170 },
          {
            title: 'Nội dung',
            key: 'text',
            width: 150,
            render: (_: unknown, v) => `${v.paragraphCount} đoạn, ${v.textChars} ký tự`,
          },
          {
            title: 'Người tải, lúc',
            key: 'by',
            width: 200,
            render: (_: unknown, v) => (
              <div>
                {v.createdByName}
                <div className="pp-muted">{v.createdAt ? formatDateTimeVi(v.createdAt) : ''}</div>
                {v.note && <div className="pp-muted">{v.note}</div>}
              </div>
            ),
          },
        ]}
      />
      {p.versions.length >= 2 ? (
        <DiffView id={p.id} versions={p.versions} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Cần ít nhất hai lần dự thảo để so sánh" />
      )}
    </div>
  );
}
