// «Lưu trữ»: the file plan and files, disposal, holds, digitisation, the retention schedule, and the
// fixity report and transfer packages — one sidebar entry with its own tabs, each with its address.
import { Segmented } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { BatchesPage } from './BatchesPage.tsx';
import { BatchPage } from './BatchPage.tsx';
import { DisposalListPage } from './DisposalListPage.tsx';
import { DisposalPage } from './DisposalPage.tsx';
import { FilePage } from './FilePage.tsx';
import { FilePlanPage } from './FilePlanPage.tsx';
import { HoldsPage } from './HoldsPage.tsx';
import { SchedulePage } from './SchedulePage.tsx';
import { ToolsPage } from './ToolsPage.tsx';
import './archive.css';

const BASE = '/luu-tru';

export function ArchiveArea() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = [
    { value: '', label: 'Danh mục hồ sơ' },
    { value: 'tieu-huy', label: 'Tiêu hủy' },
    { value: 'tam-giu', label: 'Tạm giữ' },
    { value: 'so-hoa', label: 'Số hóa' },
    { value: 'thoi-han', label: 'Bảng thời hạn bảo quản' },
    ...(roleCan(me.user.role, 'archive.manage') || roleCan(me.user.role, 'archive.fixity')
      ? [{ value: 'kiem-tra', label: 'Kiểm tra, nộp lưu' }]
      : []),
  ];
  const first = location.pathname.slice(BASE.length).replace(/^\//, '').split('/')[0] ?? '';
  const current = first === 'ho-so' ? '' : tabs.some((t) => t.value === first) ? first : '';
  return (
    <div>
      <Segmented
        className="ar-tabs"
        value={current}
        options={tabs.map((t) => ({
          ...t,
          label: <span data-testid={`ar-tab-${t.value || 'ho-so'}`}>{t.label}</span>,
        }))}
        onChange={(v) => void navigate(v ? `${BASE}/${v}` : BASE)}
        aria-label="Các mục của phần lưu trữ"
      />
      <Routes>
        <Route index element={<FilePlanPage />} />
        <Route path="ho-so/:id" element={<FilePage />} />
        <Route path="tieu-huy" element={<DisposalPage />} />
        <Route path="tieu-huy/:id" element={<DisposalListPage />} />
        <Route path="tam-giu" element={<HoldsPage />} />
        <Route path="so-hoa" element={<BatchesPage />} />
        <Route path="so-hoa/:id" element={<BatchPage />} />
        <Route path="thoi-han" element={<SchedulePage />} />
        <Route path="kiem-tra" element={<ToolsPage />} />
        <Route path="*" element={<Navigate to={BASE} replace />} />
      </Routes>
    </div>
  );
}
