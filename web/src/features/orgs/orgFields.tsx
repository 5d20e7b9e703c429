// Form fields shared by the unit dialogs, validated with the same zod rules as the server.
import { DatePicker, Form, Input, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { ReactNode } from 'react';
import { canBeChildOf, ORG_KINDS, type OrgKind } from '../../../../domain/orgs.ts';
import { placeName, shortCode } from '../../../../domain/schemas/orgs.ts';
import { text } from '../../../../domain/validation.ts';
import { DATE_FORMAT, ORG_KIND_LABELS } from '../../lib/format.ts';
import { zodRule } from '../forms.ts';

const nameRule = zodRule(text(200));
const codeRule = zodRule(shortCode);
const placeRule = zodRule(placeName);

export function kindOptions(parentKind?: OrgKind) {
  return ORG_KINDS.filter((k) => !parentKind || canBeChildOf(k, parentKind)).map((k) => ({
    value: k,
    label: ORG_KIND_LABELS[k],
  }));
}

export function NameField({ name = 'name', autoFocus }: { name?: NamePath; autoFocus?: boolean }) {
  return (
    <Form.Item
      label="Tên đơn vị"
      name={name}
      rules={[{ required: true, message: 'Nhập tên đơn vị' }, nameRule]}
    >
      <Input autoFocus={autoFocus} maxLength={200} placeholder="Ví dụ: Chi bộ Tổ dân phố số 3" />
    </Form.Item>
  );
}

export function ShortCodeField({
  name = 'shortCode',
  required = true,
}: {
  name?: NamePath;
  required?: boolean;
}) {
  return (
    <Form.Item
      label="Ký hiệu"
      name={name}
      tooltip="Chữ viết tắt dùng trong số, ký hiệu văn bản, ví dụ: VPTU, ĐU, CB"
      rules={[...(required ? [{ required: true, message: 'Nhập ký hiệu' }] : []), codeRule]}
    >
      <Input maxLength={20} placeholder="Ví dụ: CB" />
    </Form.Item>
  );
}

/**
 * The place name (địa danh) printed before the date of the unit's documents ("Hà Nội, ngày …"). Empty:
 * the unit takes the place of the nearest unit above that has one.
 */
export function PlaceField({ inherited }: { inherited?: string | undefined }) {
  return (
    <Form.Item
      label="Địa danh"
      name="place"
      tooltip="In trước ngày tháng của văn bản, ví dụ: «Hà Nội, ngày 05 tháng 3 năm 2026»"
      extra={inherited ? `Để trống để dùng địa danh của cấp trên: «${inherited}».` : undefined}
      rules={[placeRule]}
    >
      <Input maxLength={100} placeholder="Ví dụ: Hà Nội" />
    </Form.Item>
  );
}

export function KindField({
  name = 'kind',
  parentKind,
}: {
  name?: NamePath;
  parentKind?: OrgKind | undefined;
}) {
  return (
    <Form.Item label="Loại tổ chức" name={name} rules={[{ required: true, message: 'Chọn loại tổ chức' }]}>
      <Select options={kindOptions(parentKind)} placeholder="Chọn loại" />
    </Form.Item>
  );
}

/** The date a change takes effect: DD/MM/YYYY on screen, today when left empty (unless required). */
export function EffectiveDateField({ required, help }: { required?: boolean; help?: ReactNode }) {
  return (
    <Form.Item
      label="Ngày hiệu lực"
      name="on"
      extra={help ?? (required ? undefined : 'Để trống nếu thay đổi có hiệu lực từ hôm nay.')}
      rules={required ? [{ required: true, message: 'Chọn ngày hiệu lực' }] : []}
    >
      <DatePicker format={DATE_FORMAT} placeholder="DD/MM/YYYY" style={{ width: 200 }} />
    </Form.Item>
  );
}
