// Dialogs of study sessions: create one (the text studied — a document of the system or its symbol
// and title —, in person or by video bridge, when and where), and open a make-up session for those
// who have not studied yet.
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { STUDY_MODES, type StudyMode } from '../../../../domain/studies/labels.ts';
import { createMakeupBody, createStudyBody } from '../../../../domain/studies/schemas.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type StudySession, useCreateMakeup, useCreateStudy, useStudiedDocuments } from './api.ts';

const DATE_TIME = 'DD/MM/YYYY HH:mm';

interface TimePlace {
  mode: StudyMode;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  place?: string;
  bridge?: { host?: string; points?: string[] };
  presenter?: string;
}

interface CreateValues extends TimePlace {
  orgId: number;
  source: 'document' | 'reference';
  documentId?: number;
  resolution?: { ref?: string; title?: string };
  title?: string;
}

const local = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DDTHH:mm') : undefined);

/** The body's time and place from the form (the bridge only for a video session). */
function timePlace(v: TimePlace) {
  return {
    mode: v.mode,
    startsAt: local(v.startsAt),
    endsAt: local(v.endsAt),
    place: v.place || undefined,
    bridge: v.mode === 'video' ? { host: v.bridge?.host ?? '', points: v.bridge?.points ?? [] } : undefined,
    presenter: v.presenter || undefined,
  };
}

function TimePlaceFields() {
  const mode = Form.useWatch<StudyMode | undefined>('mode');
  return (
    <>
      <Form.Item label="Hình thức" name="mode">
        <Radio.Group
          optionType="button"
          options={STUDY_MODES.map((m) => ({ value: m, label: m === 'video' ? 'Trực tuyến' : 'Trực tiếp' }))}
        />
      </Form.Item>
      <div className="st-two">
        <Form.Item
          label="Bắt đầu"
          name="startsAt"
          rules={[{ required: true, message: 'Chọn ngày giờ bắt đầu' }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Kết thúc" name="endsAt">
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      {mode === 'video' ? (
        <>
          <Form.Item label="Điểm cầu chính" name={['bridge', 'host']}>
            <Input maxLength={300} placeholder="Ví dụ: Hội trường Đảng ủy phường" />
          </Form.Item>
          <Form.Item label="Các điểm cầu kết nối" name={['bridge', 'points']} extra="Gõ tên rồi nhấn Enter.">
            <Select
              mode="tags"
              tokenSeparators={[';']}
              open={false}
              placeholder="Nhà văn hóa khu dân cư số 1; …"
            />
          </Form.Item>
        </>
      ) : (
        <Form.Item label="Địa điểm" name="place">
          <Input maxLength={300} placeholder="Ví dụ: Hội trường Đảng ủy phường" />
        </Form.Item>
      )}
      <Form.Item label="Báo cáo viên" name="presenter">
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}

function DocumentField() {
  const [q, setQ] = useState('');
  const search = useStudiedDocuments(useDebounced(q.trim()));
  return (
    <Form.Item
      label="Văn bản trong hệ thống"
      name="documentId"
      rules={[{ required: true, message: 'Chọn văn bản' }]}
      extra="Gõ số ký hiệu hoặc vài từ của trích yếu."
    >
      <Select
        showSearch={{ filterOption: false, onSearch: setQ }}
        loading={search.isFetching}
        notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không thấy văn bản phù hợp'}
        options={(search.data ?? []).map((d) => ({ value: d.id, label: `${d.symbol} — ${d.summary}` }))}
      />
    </Form.Item>
  );
}

export function CreateStudyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateStudy();
  const navigate = useNavigate();
  const source = Form.useWatch('source', form);
  return (
    <FormModal<CreateValues, StudySession>
      open={open}
      onClose={onClose}
      form={form}
      title="Tạo buổi học tập, quán triệt"
      okText="Tạo"
      successMessage={(s) => `Đã tạo «${s.title}» với ${s.counts.expected} đảng viên dự kiến.`}
      initialValues={{ orgId: me.user.orgId, source: 'reference', mode: 'in_person' }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createStudyBody, {
            orgId: v.orgId,
            resolution:
              v.source === 'document'
                ? { documentId: v.documentId }
                : { ref: v.resolution?.ref, title: v.resolution?.title },
            title: v.title || undefined,
            ...timePlace(v),
          }),
        )
      }
      onSuccess={(s) => void navigate(`/hoc-tap/${s.id}`)}
    >
      <Form.Item label="Đơn vị tổ chức" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
        <OrgSelect />
      </Form.Item>
      <Form.Item label="Văn bản được học tập" name="source">
        <Radio.Group
          options={[
            { value: 'reference', label: 'Ghi số ký hiệu' },
            { value: 'document', label: 'Chọn trong hệ thống' },
          ]}
        />
      </Form.Item>
      {source === 'document' ? (
        <DocumentField />
      ) : (
        <>
          <Form.Item
            label="Số ký hiệu"
            name={['resolution', 'ref']}
            rules={[{ required: true, message: 'Nhập số ký hiệu' }]}
          >
            <Input maxLength={200} placeholder="Ví dụ: Nghị quyết số 57-NQ/TW" />
          </Form.Item>
          <Form.Item
            label="Trích yếu"
            name={['resolution', 'title']}
            rules={[{ required: true, message: 'Nhập trích yếu' }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={1000}
              placeholder="về đột phá phát triển khoa học, công nghệ…"
            />
          </Form.Item>
        </>
      )}
      <Form.Item label="Tên buổi học tập" name="title" extra="Để trống: «Học tập, quán triệt» và số ký hiệu.">
        <Input maxLength={500} />
      </Form.Item>
      <TimePlaceFields />
      <div className="st-muted">
        Đảng viên dự kiến: mọi đảng viên của đơn vị và các đơn vị trực thuộc vào ngày học tập.
      </div>
    </FormModal>
  );
}

export function MakeupModal({
  session,
  open,
  onClose,
}: {
  session: { id: number; title: string; counts: { notStudied: number } };
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TimePlace>();
  const create = useCreateMakeup(session.id);
  const navigate = useNavigate();
  return (
    <FormModal<TimePlace, StudySession>
      open={open}
      onClose={onClose}
      form={form}
      title="Mở buổi học bù"
      okText="Mở buổi học bù"
      successMessage={(s) => `Đã mở buổi học bù cho ${s.counts.expected} đảng viên.`}
      initialValues={{ mode: 'in_person' }}
      submit={(v) => create.mutateAsync(checked(form, createMakeupBody, timePlace(v)))}
      onSuccess={(s) => void navigate(`/hoc-tap/${s.id}`)}
    >
      <p>
        Buổi học bù của «{session.title}» dành cho {session.counts.notStudied} đảng viên chưa học.
      </p>
      <TimePlaceFields />
    </FormModal>
  );
}
