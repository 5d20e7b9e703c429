// The fields of a document form, shared by creating and editing: checked with the server's zod
// schemas (domain/schemas/documents.ts).
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { createDocumentBody } from '../../../../domain/schemas/documents.ts';
import { fold } from '../../../../domain/text.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { zodRules } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { typeOptions, useDocTypes } from './api.ts';
import { LEVEL_OPTIONS } from './labels.tsx';

export const docRules = zodRules(createDocumentBody);

export interface DocFormValues {
  typeCode: string;
  summary: string;
  content?: string;
  orgId: number;
  secrecy: number;
  urgency: number;
  issuedOn?: Dayjs | null;
  symbol?: string;
  issuer?: string;
  receivedOn?: Dayjs | null;
  pages?: number | null;
  deadline?: Dayjs | null;
  issuerOrgId?: number;
  congress?: boolean;
  place?: string;
  signAuthority?: string;
  signerTitle?: string;
}

const searchable = {
  filterOption: (input: string, o?: { label?: unknown }) =>
    fold(String(o?.label ?? '')).includes(fold(input)),
};

export function TypeField({ outgoing }: { outgoing?: boolean }) {
  const types = useDocTypes();
  const items = (types.data?.items ?? []).filter((t) => !(outgoing && t.centralOnly));
  return (
    <Form.Item
      label="Loại văn bản"
      name="typeCode"
      rules={[{ required: true, message: 'Chọn loại văn bản' }]}
    >
      <Select
        options={typeOptions(items)}
        loading={types.isLoading}
        showSearch={searchable}
        placeholder="Chọn loại"
      />
    </Form.Item>
  );
}

export function LevelFields() {
  return (
    <>
      <Form.Item label="Độ mật" name="secrecy" rules={[{ required: true, message: 'Chọn độ mật' }]}>
        <Select options={LEVEL_OPTIONS.secrecy} />
      </Form.Item>
      <Form.Item label="Độ khẩn" name="urgency" rules={[{ required: true, message: 'Chọn độ khẩn' }]}>
        <Select options={LEVEL_OPTIONS.urgency} />
      </Form.Item>
    </>
  );
}

export function SummaryField() {
  return (
    <Form.Item
      label="Trích yếu"
      name="summary"
      className="doc-form-wide"
      rules={[{ required: true, message: 'Nhập trích yếu' }, ...docRules.summary]}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder="về việc …" />
    </Form.Item>
  );
}

function DateField({ label, name, required }: { label: string; name: string; required?: boolean }) {
  return (
    <Form.Item
      label={label}
      name={name}
      rules={required ? [{ required: true, message: `Chọn ${label.toLowerCase()}` }] : []}
    >
      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="DD/MM/YYYY" />
    </Form.Item>
  );
}

/** Incoming: as printed on the paper, plus the register's own data. */
export function IncomingFields({ editing }: { editing?: boolean }) {
  return (
    <div className="doc-form-grid">
      <Form.Item label="Cơ quan ban hành" name="issuer" className="doc-form-wide" rules={docRules.issuer}>
        <Input maxLength={300} placeholder="Ví dụ: Văn phòng Trung ương Đảng" autoFocus={!editing} />
      </Form.Item>
      <Form.Item label="Số ký hiệu" name="symbol" rules={docRules.symbol}>
        <Input maxLength={60} placeholder="Ví dụ: 34-CT/TU" spellCheck={false} />
      </Form.Item>
      <TypeField />
      <DateField label="Ngày văn bản" name="issuedOn" />
      <DateField label="Ngày đến" name="receivedOn" required />
      <SummaryField />
      <LevelFields />
      <Form.Item label="Số trang" name="pages">
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <DateField label="Hạn xử lý" name="deadline" />
      {!editing && (
        <Form.Item
          label="Đơn vị vào sổ"
          name="orgId"
          className="doc-form-wide"
          rules={[{ required: true, message: 'Chọn đơn vị' }]}
        >
          <OrgSelect />
        </Form.Item>
      )}
    </div>
  );
}

/** Outgoing: what the Word layout needs (place, authority, signer's title) besides the text. */
export function OutgoingFields({ editing }: { editing?: boolean }) {
  return (
    <div className="doc-form-grid">
      <TypeField outgoing />
      <DateField label="Ngày văn bản" name="issuedOn" />
      <SummaryField />
      <Form.Item label="Nội dung" name="content" className="doc-form-wide" rules={docRules.content}>
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 18 }}
          placeholder="Nội dung văn bản (để xuất bản Word)"
        />
      </Form.Item>
      {!editing && (
        <>
          <Form.Item label="Đơn vị soạn" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
            <OrgSelect />
          </Form.Item>
          <Form.Item label="Cơ quan ban hành" name="issuerOrgId" extra="Để trống: chính đơn vị soạn">
            <OrgSelect allowClear placeholder="Như đơn vị soạn" />
          </Form.Item>
        </>
      )}
      <LevelFields />
      <Form.Item label="Địa danh" name="place" rules={docRules.place}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="Thẩm quyền ký" name="signAuthority" rules={docRules.signAuthority}>
        <Input maxLength={100} placeholder="Ví dụ: T/M BAN THƯỜNG VỤ" />
      </Form.Item>
      <Form.Item label="Chức vụ người ký" name="signerTitle" rules={docRules.signerTitle}>
        <Input maxLength={100} placeholder="Ví dụ: BÍ THƯ" />
      </Form.Item>
      {!editing && (
        <Form.Item
          label="Văn bản đại hội"
          name="congress"
          valuePropName="checked"
          tooltip="Văn bản đại hội đánh một dãy số chung, không theo loại"
        >
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
      )}
    </div>
  );
}
