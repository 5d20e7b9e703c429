// The document's data as a Descriptions block, for the register it belongs to.
import { Card, Descriptions, type DescriptionsProps, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { type DocumentDetail, useTypeName } from './api.ts';
import { DeadlineText } from './labels.tsx';

const none = <Typography.Text type="secondary">—</Typography.Text>;
const or = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? none : v);

export function DocumentMeta({ doc }: { doc: DocumentDetail }) {
  const typeName = useTypeName();
  const items: DescriptionsProps['items'] =
    doc.direction === 'in'
      ? [
          { key: 'no', label: 'Số đến', children: or(doc.incomingNumber) },
          { key: 'recv', label: 'Ngày đến', children: or(formatDateVi(doc.receivedOn)) },
          { key: 'sym', label: 'Số ký hiệu', children: or(doc.symbol) },
          { key: 'date', label: 'Ngày văn bản', children: or(formatDateVi(doc.issuedOn)) },
          { key: 'issuer', label: 'Cơ quan ban hành', children: or(doc.issuer), span: 2 },
          { key: 'type', label: 'Loại văn bản', children: typeName(doc.typeCode) },
          { key: 'pages', label: 'Số trang', children: or(doc.pages) },
          { key: 'org', label: 'Đơn vị vào sổ', children: doc.orgName },
          {
            key: 'deadline',
            label: 'Hạn xử lý',
            children: doc.deadline ? (
              <DeadlineText deadline={doc.deadline} done={doc.status === 'done'} />
            ) : (
              none
            ),
          },
          { key: 'secrecy', label: 'Độ mật', children: doc.secrecyLabel },
          { key: 'urgency', label: 'Độ khẩn', children: doc.urgencyLabel },
          ...(doc.sourceDocumentId
            ? [
                {
                  key: 'source',
                  label: 'Văn bản gốc',
                  children: <Link to={`/van-ban/${doc.sourceDocumentId}`}>Văn bản đi của nơi gửi</Link>,
                  span: 2,
                },
              ]
            : []),
        ]
      : [
          { key: 'sym', label: 'Số ký hiệu', children: or(doc.symbol ?? '(chưa cấp số)') },
          { key: 'date', label: 'Ngày văn bản', children: or(formatDateVi(doc.issuedOn)) },
          { key: 'type', label: 'Loại văn bản', children: typeName(doc.typeCode) },
          { key: 'org', label: 'Đơn vị soạn', children: doc.orgName },
          { key: 'issuer', label: 'Cơ quan ban hành', children: or(doc.issuer), span: 2 },
          { key: 'place', label: 'Địa danh', children: or(doc.place) },
          { key: 'authority', label: 'Thẩm quyền ký', children: or(doc.signAuthority) },
          { key: 'title', label: 'Chức vụ người ký', children: or(doc.signerTitle) },
          { key: 'signer', label: 'Người ký', children: or(doc.signerName) },
          ...(doc.signDueOn
            ? [
                {
                  key: 'signDue',
                  label: 'Hạn ký',
                  span: 2,
                  children: (
                    <span data-testid="doc-sign-due">
                      {doc.signDoneOn ? (
                        formatDateVi(doc.signDueOn)
                      ) : (
                        <DeadlineText deadline={doc.signDueOn} done={false} />
                      )}
                      {doc.signRuleArticle && ` (theo ${doc.signRuleArticle})`}
                      {doc.signDoneOn && `; đã ký, trả lại ngày ${formatDateVi(doc.signDoneOn)}`}
                    </span>
                  ),
                },
              ]
            : []),
          { key: 'secrecy', label: 'Độ mật', children: doc.secrecyLabel },
          { key: 'urgency', label: 'Độ khẩn', children: doc.urgencyLabel },
        ];
  items.push({ key: 'created', label: 'Tạo lúc', children: formatDateTimeVi(doc.createdAt) });
  items.push({ key: 'updated', label: 'Sửa lần cuối', children: formatDateTimeVi(doc.updatedAt) });
  return (
    <Card title="Thông tin văn bản" size="small" className="doc-card">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />
      {doc.content && (
        <div className="doc-content">
          <Typography.Text strong>Nội dung</Typography.Text>
          <Typography.Paragraph
            ellipsis={{
              rows: 8,
              expandable: 'collapsible',
              symbol: (open) => (open ? 'Thu gọn' : 'Xem thêm'),
            }}
          >
            {doc.content}
          </Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}
