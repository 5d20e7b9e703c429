// The fields an item shares between adding it (ItemFormModal) and editing it in place (ItemEditor):
// lead unit, deadline, product, coordinating units.
import { AutoComplete, DatePicker, Form } from 'antd';
import { PRODUCT_SUGGESTIONS } from '../../../../domain/programs/labels.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { ScopedOrgSelect } from './ScopedOrgSelect.tsx';

const productOptions = PRODUCT_SUGGESTIONS.map((p) => ({ value: p }));

export function ItemUnitFields() {
  return (
    <>
      <div className="pg-form-grid">
        <Form.Item label="Đơn vị chủ trì" name="leadOrgId">
          <ScopedOrgSelect allowClear placeholder="Chưa giao" />
        </Form.Item>
        <Form.Item label="Thời hạn" name="dueOn">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Sản phẩm" name="product">
          <AutoComplete options={productOptions} placeholder="Báo cáo, đề án…" allowClear />
        </Form.Item>
      </div>
      <Form.Item label="Đơn vị phối hợp" name="coordinatingOrgIds">
        <OrgSelect multiple allowClear placeholder="Không có" />
      </Form.Item>
    </>
  );
}
