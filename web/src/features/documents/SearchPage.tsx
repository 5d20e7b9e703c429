// «Tìm kiếm»: one box, searched as you type, without diacritics: symbols, summaries, contents and
// the text of the files (OCR of scans included); each hit shows where the words were found.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Input, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DIRECTION_LABELS } from '../../../../domain/documents.ts';
import { fold } from '../../../../domain/text.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import {
  type DocumentListItem,
  type RegisterFilters,
  totalText,
  typeOptions,
  useDocTypes,
  useRegister,
  useTypeName,
} from './api.ts';
import { Highlighted } from './Highlighted.tsx';
import { LoadMore } from './LoadMore.tsx';
import { LEVEL_OPTIONS, SecrecyTag, StatusTag, symbolText, UrgencyTag } from './labels.tsx';

const DIRECTION_OPTIONS = (['in', 'out'] as const).map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));

/** Whether the snippet was cut from the summary (the server tries the summary first). */
function fromSummary(d: DocumentListItem): boolean {
  const core = d.snippet.replace(/^… /, '').replace(/ …$/, '');
  return d.summary.replace(/\s+/g, ' ').trim().includes(core);
}

function Hit({ d, typeName }: { d: DocumentListItem; typeName: (c: string) => string }) {
  const marked = d.highlights.length > 0;
  const inSummary = marked && fromSummary(d);
  return (
    <li className="doc-hit" data-testid="search-hit">
      <div className="doc-hit-head">
        <Link to={`/van-ban/${d.id}`} className="doc-hit-title">
          {symbolText(d)}
        </Link>
        <Typography.Text type="secondary">{typeName(d.typeCode)}</Typography.Text>
        <Tag>{DIRECTION_LABELS[d.direction]}</Tag>
        <StatusTag status={d.status} label={d.statusLabel} />
        <SecrecyTag level={d.secrecy} />
        <UrgencyTag level={d.urgency} />
      </div>
      <div className="doc-hit-summary">
        {inSummary ? <Highlighted text={d.snippet} ranges={d.highlights} /> : d.summary}
      </div>
      {marked && !inSummary && (
        <div className="doc-hit-snippet">
          <Typography.Text type="secondary">Trong nội dung hoặc tệp: </Typography.Text>
          <Highlighted text={d.snippet} ranges={d.highlights} />
        </div>
      )}
      <Typography.Text type="secondary" className="doc-hit-meta">
        {[
          d.direction === 'in' && d.issuer ? `Cơ quan ban hành: ${d.issuer}` : null,
          d.direction === 'in' ? `Sổ của ${d.orgName}` : `Đơn vị soạn: ${d.orgName}`,
          d.issuedOn ? `Ngày văn bản ${formatDateVi(d.issuedOn)}` : null,
          d.receivedOn ? `Ngày đến ${formatDateVi(d.receivedOn)}` : null,
          d.incomingNumber !== null ? `Số đến ${d.incomingNumber}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </li>
  );
}

export function SearchPage() {
  const types = useDocTypes();
  const typeName = useTypeName();
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<RegisterFilters>({});
  const q = useDebounced(text.trim(), 300);
  const list = useRegister({ ...filters, q });
  const set = (patch: Partial<RegisterFilters>) => setFilters({ ...filters, ...patch });
  const dirty = Object.values(filters).some((v) => v !== undefined && v !== null);

  return (
    <div className="doc-search">
      <Input
        size="large"
        allowClear
        autoFocus
        prefix={<SearchOutlined />}
        suffix={list.isFetching && !list.isFetchingNextPage ? <Spin size="small" /> : null}
        placeholder="Gõ không dấu cũng được, ví dụ: giai phong mat bang, 34-CT/TU"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label="Tìm văn bản"
        data-testid="doc-search"
      />
      <div className="filter-bar doc-search-filters">
        <Select
          allowClear
          placeholder="Mọi sổ"
          value={filters.direction}
          onChange={(v: 'in' | 'out' | undefined) => set({ direction: v })}
          options={DIRECTION_OPTIONS}
          style={{ width: 150 }}
          aria-label="Loại sổ"
        />
        <Select
          allowClear
          placeholder="Mọi loại văn bản"
          value={filters.typeCode}
          onChange={(v: string | undefined) => set({ typeCode: v })}
          options={typeOptions(types.data?.items)}
          showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
          style={{ width: 200 }}
          popupMatchSelectWidth={false}
          aria-label="Loại văn bản"
        />
        <DatePicker
          format={DATE_FORMAT}
          placeholder="Từ ngày"
          value={filters.from ?? null}
          onChange={(d) => set({ from: d })}
          aria-label="Từ ngày"
        />
        <DatePicker
          format={DATE_FORMAT}
          placeholder="Đến ngày"
          value={filters.to ?? null}
          onChange={(d) => set({ to: d })}
          aria-label="Đến ngày"
        />
        <Select
          allowClear
          placeholder="Mọi độ mật"
          value={filters.secrecy}
          onChange={(v: number | undefined) => set({ secrecy: v })}
          options={LEVEL_OPTIONS.secrecy}
          style={{ width: 140 }}
          aria-label="Độ mật"
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={filters.orgId}
          onChange={(v) => set({ orgId: typeof v === 'number' ? v : undefined })}
          style={{ width: 240 }}
          aria-label="Đơn vị"
        />
        {dirty && (
          <Button type="link" onClick={() => setFilters({})}>
            Bỏ lọc
          </Button>
        )}
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      {q === '' && !dirty && (
        <Typography.Paragraph type="secondary">
          Tìm theo số ký hiệu, trích yếu, nội dung và chữ trong tệp đính kèm. Dưới đây là các văn bản mới
          nhất.
        </Typography.Paragraph>
      )}
      {list.isLoading ? (
        <div className="load-more">
          <Spin />
        </div>
      ) : list.items.length === 0 ? (
        <Empty description={q ? `Không tìm thấy văn bản nào với «${q}»` : 'Không có văn bản nào phù hợp'} />
      ) : (
        <>
          {list.total && (
            <Typography.Paragraph type="secondary" data-testid="search-total">
              {totalText(list.total)}
            </Typography.Paragraph>
          )}
          <ul className="doc-hits">
            {list.items.map((d) => (
              <Hit key={d.id} d={d} typeName={typeName} />
            ))}
          </ul>
        </>
      )}
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        count={list.items.length}
        onMore={() => void list.fetchNextPage()}
        testId="search-more"
      />
    </div>
  );
}
