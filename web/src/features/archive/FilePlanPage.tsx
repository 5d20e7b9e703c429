// «Danh mục hồ sơ»: a unit's annual file plan as a tree (headings → files), beside the table of the
// same files with their state, retention and counts. A file opens its own page.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Select, Table, Tree, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { fold } from '../../../../domain/text.ts';
import { formatDateVi, todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type ArchiveFile, useFiles, usePlanYears } from './api.ts';
import { FileFormModal } from './FileFormModal.tsx';
import { FileStatusTag, HoldTag, RecordTag, SecrecyTag } from './labels.tsx';

const NO_SECTION = 'Chưa xếp đề mục';

export function FilePlanPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgId = Number(params.get('don-vi')) || me.user.orgId;
  const thisYear = Number(todayVn().slice(0, 4));
  const year = Number(params.get('nam')) || thisYear;
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const set = (k: string, v: string | number) => {
    const next = new URLSearchParams(params);
    next.set(k, String(v));
    setParams(next, { replace: true });
  };
  const years = usePlanYears(orgId);
  const files = useFiles(orgId, year);
  const yearOptions = useMemo(() => {
    const ys = new Set([thisYear, thisYear + 1, year, ...(years.data?.items ?? []).map((y) => y.year)]);
    return [...ys].sort((a, b) => b - a).map((y) => ({ value: y, label: `Năm ${y}` }));
  }, [years.data, year, thisYear]);
  const shown = (files.data?.items ?? []).filter(
    (f) => !q.trim() || fold(`${f.fileCode} ${f.title}`).includes(fold(q.trim())),
  );
  const sections = [...new Set(shown.map((f) => f.section ?? NO_SECTION))].sort((a, b) =>
    a.localeCompare(b, 'vi'),
  );
  const tree: DataNode[] = sections.map((s) => ({
    key: `s:${s}`,
    title: <strong>{s}</strong>,
    selectable: false,
    children: shown
      .filter((f) => (f.section ?? NO_SECTION) === s)
      .map((f) => ({
        key: `f:${f.id}`,
        isLeaf: true,
        title: (
          <span className="ar-tree-file" data-testid="plan-file">
            <span className="ar-code">{f.fileCode}</span>
            <span>{f.title}</span>
            <FileStatusTag status={f.status} label={f.statusLabel} />
          </span>
        ),
      })),
  }));

  const columns: ColumnsType<ArchiveFile> = [
    {
      title: 'Mã',
      dataIndex: 'fileCode',
      width: 80,
      render: (c: string) => <span className="ar-code">{c}</span>,
    },
    {
      title: 'Tiêu đề hồ sơ',
      dataIndex: 'title',
      render: (t: string, f) => (
        <div>
          <Link to={`/luu-tru/ho-so/${f.id}`}>{t}</Link>
          <div className="ar-muted">
            {f.responsibleName ? `Người lập: ${f.responsibleName} · ` : ''}
            {f.documents} văn bản
          </div>
          <div>
            <SecrecyTag level={f.secrecy} />
            {f.declared && <RecordTag />}
            {f.onHold && <HoldTag />}
          </div>
        </div>
      ),
    },
    { title: 'Thời hạn', dataIndex: 'retentionLabel', width: 90 },
    {
      title: 'Trạng thái',
      key: 'status',
      width: 130,
      render: (_: unknown, f) => (
        <div>
          <FileStatusTag status={f.status} label={f.statusLabel} />
          {f.closedOn && <div className="ar-muted">đóng {formatDateVi(f.closedOn)}</div>}
        </div>
      ),
    },
  ];

  const canAdd = roleCan(me.user.role, 'archive.file') || roleCan(me.user.role, 'archive.manage');
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Danh mục hồ sơ</Typography.Title>
        {canAdd && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="file-create"
          >
            Thêm hồ sơ
          </Button>
        )}
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && set('don-vi', v)}
          style={{ width: 300 }}
          aria-label="Đơn vị"
        />
        <Select
          value={year}
          options={yearOptions}
          onChange={(v) => set('nam', v)}
          style={{ width: 130 }}
          aria-label="Năm"
        />
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo mã, tiêu đề"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 240 }}
          aria-label="Tìm hồ sơ"
        />
      </div>
      {files.isError && (
        <Alert type="error" showIcon title={files.error.message} style={{ marginBottom: 12 }} />
      )}
      <div className="ar-layout">
        <Card size="small" title={`Cây danh mục năm ${year}`} loading={files.isLoading}>
          {tree.length === 0 ? (
            <Empty description="Chưa có hồ sơ nào trong danh mục năm này" />
          ) : (
            <Tree
              className="ar-tree"
              treeData={tree}
              defaultExpandAll
              blockNode
              onSelect={(keys) => {
                const k = String(keys[0] ?? '');
                if (k.startsWith('f:')) void navigate(`/luu-tru/ho-so/${k.slice(2)}`);
              }}
            />
          )}
        </Card>
        <Table<ArchiveFile>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={shown}
          loading={files.isLoading}
          scroll={{ x: 560 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `${n} hồ sơ` }}
          locale={{ emptyText: 'Chưa có hồ sơ' }}
        />
      </div>
      {canAdd && (
        <FileFormModal
          open={creating}
          onClose={() => setCreating(false)}
          orgId={orgId}
          year={year}
          sections={[
            ...new Set((files.data?.items ?? []).map((f) => f.section).filter((s): s is string => !!s)),
          ]}
          onCreated={(f) => void navigate(`/luu-tru/ho-so/${f.id}`)}
        />
      )}
    </div>
  );
}
