// «Kết nạp»: the admission board — one column per stage, a card per person with the date of each
// stage done; the next stage is recorded with its date (in order); introducers are two full members;
// the decision creates the probationary member. Word forms (3-, 6-, 9-KNĐ) once their stage is done.
import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  ADMISSION_STAGE_INFO,
  ADMISSION_STAGES,
  type AdmissionStage,
} from '../../../../domain/members/admission.ts';
import { admissionCreateBody, admissionStageBody } from '../../../../domain/members/schemas.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import {
  downloadAdmissionForm,
  type MemberAdmission,
  useAdmissions,
  useAdvanceAdmission,
  useCreateAdmission,
  useFullMemberSearch,
} from './api.ts';

const FORMS: { stage: AdmissionStage; form: string }[] = [
  { stage: 'introducers', form: '3-KNĐ' },
  { stage: 'cell_resolution', form: '6-KNĐ' },
  { stage: 'decision', form: '9-KNĐ' },
];

export function AdmissionBoard() {
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const [advancing, setAdvancing] = useState<MemberAdmission | null>(null);
  const q = useAdmissions(orgId);
  const items = q.data?.items ?? [];
  const columns: { key: AdmissionStage | 'none'; label: string }[] = [
    { key: 'none', label: 'Mới đưa vào danh sách' },
    ...ADMISSION_STAGES.filter((s) => s !== 'decision').map((s) => ({
      key: s,
      label: ADMISSION_STAGE_INFO[s].label,
    })),
  ];
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Kết nạp đảng viên</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          Thêm người vào quy trình
        </Button>
      </div>
      <div className="filter-bar">
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          style={{ width: 300 }}
        />
        <Typography.Text type="secondary">Tuổi vào Đảng từ đủ 18 đến đủ 60; dự bị 12 tháng.</Typography.Text>
      </div>
      {q.isError && <Alert type="error" showIcon title={errorText(q.error)} />}
      <div className="admission-board" data-testid="admission-board">
        {columns.map((col) => {
          const here = items.filter((a) => (a.stage ?? 'none') === col.key);
          return (
            <div key={col.key} className="admission-column">
              <div className="admission-column-title">
                {col.label} <Tag>{here.length}</Tag>
              </div>
              {here.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="" />}
              {here.map((a) => (
                <Card key={a.id} size="small" className="admission-card" title={a.fullName}>
                  <div className="admission-meta">
                    {formatDateVi(a.birthDate)} · {a.orgName}
                  </div>
                  {ADMISSION_STAGES.filter((s) => a.dates[s]).map((s) => (
                    <div key={s} className="admission-date">
                      {ADMISSION_STAGE_INFO[s].label}: {formatDateVi(a.dates[s])}
                    </div>
                  ))}
                  <Space wrap style={{ marginTop: 8 }}>
                    {a.nextStage && (
                      <Button size="small" type="primary" onClick={() => setAdvancing(a)}>
                        {a.nextStage === 'decision' ? 'Quyết định kết nạp' : 'Bước tiếp'}
                      </Button>
                    )}
                    {FORMS.filter((f) => a.dates[f.stage]).map((f) => (
                      <Button
                        key={f.form}
                        size="small"
                        icon={<FileWordOutlined />}
                        onClick={() =>
                          downloadAdmissionForm(a.id, f.form).catch((e) => message.error(errorText(e)))
                        }
                      >
                        {f.form}
                      </Button>
                    ))}
                    {a.memberId && <Link to={`/dang-vien/${a.memberId}`}>Hồ sơ</Link>}
                  </Space>
                </Card>
              ))}
            </div>
          );
        })}
      </div>
      {creating && <CreateModal onClose={() => setCreating(false)} defaultOrgId={orgId} />}
      {advancing && <StageModal admission={advancing} onClose={() => setAdvancing(null)} />}
    </div>
  );
}

function CreateModal({ onClose, defaultOrgId }: { onClose: () => void; defaultOrgId?: number | undefined }) {
  const [form] = Form.useForm<{
    fullName: string;
    birthDate?: Dayjs;
    gender?: 'Nam' | 'Nữ';
    orgId?: number;
    residence?: string;
    occupation?: string;
    courseOn?: Dayjs;
  }>();
  const create = useCreateAdmission();
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title="Đưa người vào quy trình kết nạp"
      okText="Thêm"
      successMessage="Đã thêm vào quy trình kết nạp."
      initialValues={{ orgId: defaultOrgId }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, admissionCreateBody, {
            fullName: v.fullName,
            birthDate: isoOf(v.birthDate),
            gender: v.gender,
            orgId: v.orgId,
            residence: v.residence || undefined,
            occupation: v.occupation || undefined,
            courseOn: isoOf(v.courseOn),
          }),
        )
      }
    >
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, message: 'Nhập họ và tên' }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Space wrap>
        <Form.Item label="Ngày sinh" name="birthDate" rules={[{ required: true, message: 'Chọn ngày sinh' }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label="Giới tính" name="gender">
          <Select allowClear style={{ width: 100 }} options={[{ value: 'Nam' }, { value: 'Nữ' }]} />
        </Form.Item>
        <Form.Item label="Học lớp bồi dưỡng ngày" name="courseOn">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item label="Chi bộ" name="orgId" rules={[{ required: true, message: 'Chọn chi bộ' }]}>
        <OrgSelect />
      </Form.Item>
      <Form.Item label="Nơi cư trú" name="residence">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label="Nghề nghiệp" name="occupation">
        <Input maxLength={120} />
      </Form.Item>
    </FormModal>
  );
}

function MemberPicker({ value, onChange }: { value?: number[]; onChange?: (v: number[]) => void }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useFullMemberSearch(q);
  return (
    <Select
      mode="multiple"
      maxCount={2}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      placeholder="Gõ tên để tìm đảng viên chính thức"
      notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
      options={(found.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.fullName} — ${m.orgName}` }))}
    />
  );
}

function StageModal({ admission, onClose }: { admission: MemberAdmission; onClose: () => void }) {
  const [form] = Form.useForm<{
    on?: Dayjs;
    introducerIds?: number[];
    decisionNo?: string;
    partyCardNo?: string;
    note?: string;
  }>();
  const advance = useAdvanceAdmission(admission.id);
  const stage = admission.nextStage as AdmissionStage;
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      title={`${admission.fullName}: ${ADMISSION_STAGE_INFO[stage].label}`}
      okText="Ghi nhận"
      successMessage={
        stage === 'decision' ? 'Đã kết nạp; hồ sơ đảng viên dự bị đã được tạo.' : 'Đã ghi nhận bước.'
      }
      initialValues={{ on: dayjs() }}
      submit={(v) =>
        advance.mutateAsync(
          checked(form, admissionStageBody, {
            stage,
            on: isoOf(v.on),
            introducerIds: stage === 'introducers' ? v.introducerIds : undefined,
            decisionNo: v.decisionNo || undefined,
            partyCardNo: v.partyCardNo || undefined,
            note: v.note || undefined,
          }),
        )
      }
    >
      {ADMISSION_STAGE_INFO[stage].form && (
        <Typography.Paragraph type="secondary">Mẫu {ADMISSION_STAGE_INFO[stage].form}</Typography.Paragraph>
      )}
      <Form.Item label="Ngày" name="on" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      {stage === 'introducers' && (
        <Form.Item
          label="Hai đảng viên chính thức giới thiệu"
          name="introducerIds"
          rules={[{ required: true, message: 'Chọn hai đảng viên' }]}
        >
          <MemberPicker />
        </Form.Item>
      )}
      {stage === 'decision' && (
        <>
          <Form.Item label="Số quyết định" name="decisionNo">
            <Input maxLength={40} placeholder="Ví dụ: 45-QĐ/ĐU" />
          </Form.Item>
          <Form.Item label="Số thẻ đảng viên (nếu đã có)" name="partyCardNo">
            <Input maxLength={30} />
          </Form.Item>
        </>
      )}
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
