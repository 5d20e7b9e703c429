// Creating and editing a member's record (lý lịch essentials), checked with the same zod schemas as
// the server; interruptions of party membership as a list of periods.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FEE_BASES, FEE_BASIS_LABELS, type FeeBasis } from '../../../../domain/members/fees.ts';
import { GENDERS } from '../../../../domain/members/records.ts';
import { createMemberBody, updateMemberBody } from '../../../../domain/members/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, dayOf, isoOf, zodRules } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type MemberDetail, type MemberRecord, useCreateMember, useUpdateMember } from './api.ts';

const rules = zodRules(createMemberBody);

interface Values {
  fullName: string;
  birthDate?: Dayjs;
  gender?: 'Nam' | 'Nữ';
  orgId?: number;
  admittedOn?: Dayjs;
  officialOn?: Dayjs;
  partyCardNo?: string;
  ethnicity?: string;
  religion?: string;
  homeTown?: string;
  residence?: string;
  education?: string;
  theoryLevel?: string;
  occupation?: string;
  position?: string;
  seriouslyIll?: boolean;
  feeBasis?: FeeBasis;
  feeBase?: number | null;
  interruptions?: { from?: Dayjs; to?: Dayjs; reason?: string }[];
}

function bodyOf(v: Values) {
  const text = (s: string | undefined) => (s?.trim() ? s : undefined);
  return {
    fullName: v.fullName,
    birthDate: isoOf(v.birthDate),
    gender: v.gender,
    admittedOn: isoOf(v.admittedOn),
    officialOn: isoOf(v.officialOn),
    partyCardNo: text(v.partyCardNo),
    ethnicity: text(v.ethnicity),
    religion: text(v.religion),
    homeTown: text(v.homeTown),
    residence: text(v.residence),
    education: text(v.education),
    theoryLevel: text(v.theoryLevel),
    occupation: text(v.occupation),
    position: text(v.position),
    seriouslyIll: v.seriouslyIll ?? false,
    feeBasis: v.feeBasis,
    feeBase: v.feeBase ?? null,
    interruptions: (v.interruptions ?? []).map((i) => ({
      from: isoOf(i.from),
      to: isoOf(i.to),
      reason: i.reason ?? '',
    })),
  };
}

function Fields({ withOrg }: { withOrg: boolean }) {
  const date = { format: DATE_FORMAT, style: { width: '100%' } };
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item
            label="Họ và tên"
            name="fullName"
            rules={[{ required: true, message: 'Nhập họ và tên' }, ...rules.fullName]}
          >
            <Input maxLength={120} autoComplete="off" placeholder="Ví dụ: Nguyễn Thị Hoa" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item label="Giới tính" name="gender">
            <Select allowClear options={GENDERS.map((g) => ({ value: g, label: g }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            label="Ngày sinh"
            name="birthDate"
            rules={[{ required: true, message: 'Chọn ngày sinh' }]}
          >
            <DatePicker {...date} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            label="Ngày vào Đảng"
            name="admittedOn"
            rules={[{ required: true, message: 'Chọn ngày vào Đảng' }]}
          >
            <DatePicker {...date} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label="Ngày chính thức" name="officialOn">
            <DatePicker {...date} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {withOrg && (
          <Col xs={24} sm={14}>
            <Form.Item label="Chi bộ" name="orgId" rules={[{ required: true, message: 'Chọn chi bộ' }]}>
              <OrgSelect />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={withOrg ? 10 : 12}>
          <Form.Item label="Số thẻ đảng viên" name="partyCardNo" rules={rules.partyCardNo}>
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item label="Dân tộc" name="ethnicity">
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label="Tôn giáo" name="religion">
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label="Quê quán" name="homeTown">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Nơi cư trú" name="residence">
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="Trình độ học vấn, chuyên môn" name="education">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="Lý luận chính trị" name="theoryLevel">
            <Input maxLength={100} placeholder="Sơ cấp, Trung cấp, Cao cấp…" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="Nghề nghiệp" name="occupation">
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="Chức vụ" name="position">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label="Căn cứ đóng đảng phí" name="feeBasis">
            <Select options={FEE_BASES.map((b) => ({ value: b, label: FEE_BASIS_LABELS[b] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="Mức lương (hoặc mức cố định), đồng" name="feeBase">
            <InputNumber min={0} step={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="seriouslyIll" valuePropName="checked">
        <Checkbox>Đang ốm nặng (được xét tặng Huy hiệu sớm)</Checkbox>
      </Form.Item>
      <Form.List name="interruptions">
        {(fields, { add, remove }) => (
          <div>
            <div style={{ marginBottom: 8 }}>Thời gian gián đoạn (không tính tuổi đảng)</div>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: 'Từ ngày' }]}>
                  <DatePicker format={DATE_FORMAT} placeholder="Từ ngày" />
                </Form.Item>
                <Form.Item name={[f.name, 'to']} rules={[{ required: true, message: 'Ngày sinh hoạt lại' }]}>
                  <DatePicker format={DATE_FORMAT} placeholder="Sinh hoạt lại từ" />
                </Form.Item>
                <Form.Item name={[f.name, 'reason']}>
                  <Input placeholder="Lý do" maxLength={300} style={{ width: 200 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="Bỏ khoảng gián đoạn" />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} size="small">
              Thêm khoảng gián đoạn
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}

export function CreateMemberModal({
  open,
  onClose,
  defaultOrgId,
}: {
  open: boolean;
  onClose: () => void;
  defaultOrgId?: number | undefined;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateMember();
  const navigate = useNavigate();
  return (
    <FormModal<Values, MemberRecord>
      open={open}
      onClose={onClose}
      form={form}
      width={760}
      title="Thêm hồ sơ đảng viên"
      okText="Thêm"
      successMessage={(m) => `Đã thêm hồ sơ của ${m.fullName}.`}
      initialValues={{ orgId: defaultOrgId, feeBasis: 'salary' }}
      submit={(v) => create.mutateAsync(checked(form, createMemberBody, { ...bodyOf(v), orgId: v.orgId }))}
      onSuccess={(m) => void navigate(`/dang-vien/${m.id}`)}
    >
      <Fields withOrg />
    </FormModal>
  );
}

export function EditMemberModal({
  open,
  onClose,
  member,
}: {
  open: boolean;
  onClose: () => void;
  member: MemberDetail;
}) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateMember(member.id);
  return (
    <FormModal<Values, MemberRecord>
      open={open}
      onClose={onClose}
      form={form}
      width={760}
      title={`Sửa hồ sơ: ${member.fullName}`}
      okText="Lưu"
      successMessage="Đã lưu; thay đổi được ghi vào lịch sử hồ sơ."
      initialValues={{
        fullName: member.fullName,
        birthDate: dayOf(member.birthDate),
        gender: member.gender ?? undefined,
        admittedOn: dayOf(member.admittedOn),
        officialOn: dayOf(member.officialOn),
        partyCardNo: member.partyCardNo ?? undefined,
        ethnicity: member.ethnicity ?? undefined,
        religion: member.religion ?? undefined,
        homeTown: member.homeTown ?? undefined,
        residence: member.residence ?? undefined,
        education: member.education ?? undefined,
        theoryLevel: member.theoryLevel ?? undefined,
        occupation: member.occupation ?? undefined,
        position: member.position ?? undefined,
        seriouslyIll: member.seriouslyIll,
        feeBasis: member.feeBasis,
        feeBase: member.feeBase,
        interruptions: member.interruptions.map((i) => ({
          from: dayOf(i.from),
          to: dayOf(i.to),
          reason: i.reason,
        })),
      }}
      submit={(v) => {
        const b = bodyOf(v);
        return update.mutateAsync(
          checked(form, updateMemberBody, {
            ...b,
            gender: b.gender ?? null,
            officialOn: b.officialOn ?? null,
            partyCardNo: b.partyCardNo ?? null,
          }),
        );
      }}
    >
      <Fields withOrg={false} />
    </FormModal>
  );
}
