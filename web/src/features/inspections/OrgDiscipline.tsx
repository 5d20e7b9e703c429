// «Kỷ luật tổ chức đảng» on a unit's page: the decisions on the unit and the units below it, and, for
// those who decide discipline, the form (khiển trách, cảnh cáo, giải tán; the authority is a unit above).
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, List, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ORG_FORM_LABELS, ORG_FORMS, type OrgForm } from '../../../../domain/inspections/discipline.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDecideOrg, useOrgDiscipline } from './api.ts';

interface DecideValues {
  form: OrgForm;
  authorityOrgId: number;
  violatedOn: Dayjs | null;
  decidedOn: Dayjs | null;
  reason: string;
  decisionNo?: string;
}

function DecideOrgForm({ orgId, onDone }: { orgId: number; onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<DecideValues>();
  const decide = useDecideOrg();
  const { message } = App.useApp();
  const submit = async (v: DecideValues) => {
    try {
      await decide.mutateAsync({
        orgId,
        form: v.form,
        authorityOrgId: v.authorityOrgId,
        violatedOn: isoOf(v.violatedOn) ?? '',
        decidedOn: isoOf(v.decidedOn) ?? '',
        reason: v.reason,
        ...(v.decisionNo ? { decisionNo: v.decisionNo } : {}),
      });
      void message.success('Đã ghi quyết định kỷ luật tổ chức đảng.');
      onDone();
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Form<DecideValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ form: 'khien_trach', authorityOrgId: me.user.orgId }}
    >
      <Form.Item label="Hình thức kỷ luật" name="form" rules={[{ required: true }]}>
        <Select
          aria-label="Hình thức kỷ luật tổ chức"
          options={ORG_FORMS.map((f) => ({ value: f, label: ORG_FORM_LABELS[f] }))}
        />
      </Form.Item>
      <Form.Item label="Cấp có thẩm quyền (cấp trên)" name="authorityOrgId" rules={[{ required: true }]}>
        <OrgSelect />
      </Form.Item>
      <Form.Item label="Ngày vi phạm" name="violatedOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="Ngày quyết định" name="decidedOn" rules={[{ required: true, message: 'Chọn ngày' }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="Nội dung vi phạm"
        name="reason"
        rules={[{ required: true, message: 'Nhập nội dung' }]}
      >
        <Input.TextArea aria-label="Nội dung vi phạm của tổ chức" rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item label="Số quyết định" name="decisionNo">
        <Input aria-label="Số quyết định kỷ luật tổ chức" maxLength={60} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={decide.isPending} block>
        Ghi quyết định
      </Button>
    </Form>
  );
}

export function OrgDiscipline({ orgId }: { orgId: number }) {
  const me = useMe();
  const q = useOrgDiscipline(orgId);
  const [adding, setAdding] = useState(false);
  const canDecide = roleCan(me.user.role, 'discipline.decide');
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title="Kỷ luật tổ chức đảng" style={{ marginTop: 12 }}>
      {q.error && <Alert type="error" showIcon title={errorText(q.error)} />}
      {!q.isLoading && !q.error && items.length === 0 && (
        <Empty description="Không có quyết định kỷ luật tổ chức đảng." />
      )}
      {items.length > 0 && (
        <List
          dataSource={items}
          renderItem={(d) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    <Tag color="red">{d.formLabel}</Tag> {d.orgName}
                  </>
                }
                description={
                  <>
                    <div>{d.reason}</div>
                    <div>
                      {d.decisionNo ? `Quyết định ${d.decisionNo}, ` : ''}ngày {formatDateVi(d.decidedOn)} của{' '}
                      {d.authorityName}. Vi phạm ngày {formatDateVi(d.violatedOn)}.
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {canDecide && !adding && (
        <Button onClick={() => setAdding(true)} block>
          Ghi quyết định kỷ luật tổ chức đảng
        </Button>
      )}
      {canDecide && adding && <DecideOrgForm key={orgId} orgId={orgId} onDone={() => setAdding(false)} />}
    </Card>
  );
}
