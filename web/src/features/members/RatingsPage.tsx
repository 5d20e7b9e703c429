// «Xếp loại»: the year's quality rating of a unit's members — the statistics by unit (chart and
// table), each member's score and category, entering scores (the category follows the thresholds)
// and the chi bộ's or committee's decision.
import { Column } from '@ant-design/plots';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { RATING_CATEGORIES, RATING_LABELS, RATING_PARTS } from '../../../../domain/members/rating.ts';
import { ratingBody, ratingDecisionBody } from '../../../../domain/members/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type RatingSheetRow, useRateMember, useRatingSheet } from './api.ts';

export function RatingsPage() {
  const me = useMe();
  const [orgId, setOrgId] = useState<number>(me.user.orgId);
  const [year, setYear] = useState(new Date().getFullYear() - (new Date().getMonth() < 10 ? 1 : 0));
  const [editing, setEditing] = useState<RatingSheetRow | null>(null);
  const q = useRatingSheet(orgId, year);
  const chart = (q.data?.stats ?? []).flatMap((s) =>
    RATING_CATEGORIES.map((c) => ({ unit: s.orgName, category: RATING_LABELS[c], n: s[c] })).filter(
      (x) => x.n > 0,
    ),
  );
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Xếp loại chất lượng năm {year}</Typography.Title>
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && setOrgId(v)}
          style={{ width: 300 }}
          aria-label="Đơn vị"
        />
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          aria-label="Năm"
          options={Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i).map((y) => ({
            value: y,
            label: `Năm ${y}`,
          }))}
        />
      </div>
      {q.isError && <Alert type="error" showIcon title={errorText(q.error)} />}
      {chart.length > 0 && (
        <div style={{ height: 240, marginBottom: 16 }}>
          <Column data={chart} xField="unit" yField="n" colorField="category" stack height={240} />
        </div>
      )}
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        style={{ marginBottom: 16 }}
        dataSource={q.data?.stats ?? []}
        columns={[
          { title: 'Đơn vị', dataIndex: 'orgName' },
          { title: 'Số đảng viên', dataIndex: 'total', align: 'right' },
          ...RATING_CATEGORIES.map((c) => ({
            title: RATING_LABELS[c],
            dataIndex: c,
            align: 'right' as const,
          })),
          { title: 'Chưa xếp loại', dataIndex: 'unrated', align: 'right' },
        ]}
      />
      <Table
        size="small"
        rowKey="memberId"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          {
            title: 'Họ và tên',
            dataIndex: 'fullName',
            render: (n: string, r) => <Link to={`/dang-vien/${r.memberId}`}>{n}</Link>,
          },
          { title: 'Chi bộ', dataIndex: 'orgName' },
          { title: 'Điểm', key: 'total', align: 'right', render: (_: unknown, r) => r.rating?.total ?? '—' },
          { title: 'Theo điểm', key: 'cat', render: (_: unknown, r) => r.rating?.categoryLabel ?? '—' },
          { title: 'Kết quả', key: 'final', render: (_: unknown, r) => r.rating?.finalLabel ?? '—' },
          {
            title: '',
            key: 'act',
            render: (_: unknown, r) => (
              <Button size="small" onClick={() => setEditing(r)}>
                Chấm điểm / quyết định
              </Button>
            ),
          },
        ]}
      />
      {editing && <RatingModal year={year} target={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

interface RatingValues {
  generalScore: number;
  resultScore: number;
  allTasksOnTime: boolean;
  level: 'none' | 'cell' | 'committee';
  category?: (typeof RATING_CATEGORIES)[number];
  decidedOn?: Dayjs;
}

function RatingModal({
  year,
  target,
  onClose,
}: {
  year: number;
  target: RatingSheetRow;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RatingValues>();
  const rate = useRateMember();
  const level = Form.useWatch('level', form);
  const r = target.rating;
  return (
    <FormModal<RatingValues, unknown>
      open
      onClose={onClose}
      form={form}
      title={`Xếp loại năm ${year}: ${target.fullName}`}
      okText="Lưu"
      successMessage="Đã lưu xếp loại."
      initialValues={{
        generalScore: r?.generalScore ?? undefined,
        resultScore: r?.resultScore ?? undefined,
        allTasksOnTime: r?.allTasksOnTime ?? false,
        level: 'none',
        decidedOn: dayjs(),
      }}
      submit={(v) =>
        rate.mutateAsync({
          memberId: target.memberId,
          scores: checked(form, ratingBody, {
            year,
            generalScore: v.generalScore,
            resultScore: v.resultScore,
            allTasksOnTime: v.allTasksOnTime,
          }),
          decision:
            v.level === 'none'
              ? undefined
              : checked(form, ratingDecisionBody, {
                  year,
                  level: v.level,
                  category: v.category,
                  decidedOn: isoOf(v.decidedOn),
                }),
        })
      }
    >
      <Space wrap>
        <Form.Item
          label={`Tiêu chí chung (tối đa ${RATING_PARTS.general})`}
          name="generalScore"
          rules={[{ required: true, message: 'Nhập điểm' }]}
        >
          <InputNumber min={0} max={RATING_PARTS.general} step={0.5} />
        </Form.Item>
        <Form.Item
          label={`Kết quả nhiệm vụ (tối đa ${RATING_PARTS.results})`}
          name="resultScore"
          rules={[{ required: true, message: 'Nhập điểm' }]}
        >
          <InputNumber min={0} max={RATING_PARTS.results} step={0.5} />
        </Form.Item>
      </Space>
      <Form.Item
        name="allTasksOnTime"
        valuePropName="checked"
        extra="Điều kiện để xếp «Hoàn thành xuất sắc nhiệm vụ». Khi phân hệ nhiệm vụ được nối vào, giá trị này lấy từ đó."
      >
        <Checkbox>Mọi nhiệm vụ được giao đều hoàn thành đúng hạn</Checkbox>
      </Form.Item>
      <Form.Item label="Quyết định xếp loại" name="level">
        <Radio.Group
          options={[
            { value: 'none', label: 'Chưa' },
            { value: 'cell', label: 'Của chi bộ' },
            { value: 'committee', label: 'Của cấp ủy cấp trên' },
          ]}
        />
      </Form.Item>
      {level && level !== 'none' && (
        <Space wrap>
          <Form.Item label="Xếp loại" name="category" rules={[{ required: true, message: 'Chọn xếp loại' }]}>
            <Select
              style={{ width: 280 }}
              options={RATING_CATEGORIES.map((c) => ({ value: c, label: RATING_LABELS[c] }))}
            />
          </Form.Item>
          <Form.Item
            label="Ngày quyết định"
            name="decidedOn"
            rules={[{ required: true, message: 'Chọn ngày' }]}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
      )}
    </FormModal>
  );
}
