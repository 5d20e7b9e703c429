// An election's page: the list and the rules it counts under; the result with both shares (of the
// valid ballots, of those convened), who is elected and who goes to another round; entering ballots
// as an agreed count or by two tellers; the count record in Word, the signed package, sending the
// result for approval (chuẩn y) and the approval by the committee above.
import { CloudDownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '../../../../domain/congresses/labels.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import {
  type Ballot,
  downloadCountRecord,
  downloadPackage,
  type ElectionDetail,
  useElection,
  useElectionActions,
} from './api.ts';
import { BallotEntry } from './BallotEntry.tsx';
import { CONGRESSES_BASE } from './CongressesPage.tsx';
import { TallyPanel } from './TallyPanel.tsx';

const pct = (x: number) => `${(x * 100).toFixed(2).replace('.', ',')}%`;

function ResultPanel({ e }: { e: ElectionDetail }) {
  const r = e.result;
  const nomination = e.kind === 'nomination';
  return (
    <div>
      <div className="cg-stats">
        <Statistic title="Phiếu thu vào" value={r.cast} />
        <Statistic title="Hợp lệ" value={r.validBallots} />
        <Statistic title="Không hợp lệ" value={r.invalidBallots} />
        <Statistic title="Cần từ" value={`${r.votesNeeded} phiếu`} />
      </div>
      <Typography.Paragraph className="cg-muted">
        Quá bán tính trên{' '}
        {r.baseKind === 'valid_ballots'
          ? `số phiếu hợp lệ (${r.base})`
          : `số người được triệu tập (${r.base})`}
        ; cần bầu {r.seats}, đã {nomination ? 'giới thiệu' : 'trúng cử'} {r.elected}
        {r.unfilled > 0 ? `, còn thiếu ${r.unfilled}` : ''}.
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="position"
        pagination={false}
        scroll={{ x: 520 }}
        data-testid="election-result"
        dataSource={[...r.items].sort((a, b) => b.votes - a.votes || a.position - b.position)}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          { title: 'Số phiếu', dataIndex: 'votes', align: 'right', width: 80 },
          { title: '% phiếu hợp lệ', dataIndex: 'share', align: 'right', width: 110, render: pct },
          { title: '% triệu tập', dataIndex: 'shareOfConvened', align: 'right', width: 100, render: pct },
          {
            title: 'Kết quả',
            width: 130,
            render: (_, i) =>
              i.elected ? (
                <Tag color="green">{nomination ? 'Được giới thiệu' : 'Trúng cử'}</Tag>
              ) : i.runoff ? (
                <Tag color="orange">Bầu tiếp</Tag>
              ) : (
                <Tag>{i.aboveThreshold ? 'Không trúng cử' : 'Không quá bán'}</Tag>
              ),
          },
        ]}
      />
      <div className="cg-muted" style={{ marginTop: 8 }}>
        {r.rules.map((x) => (
          <div key={x.key}>
            {x.label}: {x.source}
          </div>
        ))}
        <div>{r.tieRule}</div>
      </div>
    </div>
  );
}

function AgreedEntry({ e }: { e: ElectionDetail }) {
  const { ballots } = useElectionActions(e.id);
  const [list, setList] = useState<Ballot[]>([]);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Typography.Paragraph className="cg-muted">
        Nhập các phiếu Ban kiểm phiếu đã kiểm và thống nhất (mỗi phiếu một lần), rồi ghi vào kết quả.
      </Typography.Paragraph>
      <BallotEntry
        names={e.candidates.map((c) => c.fullName)}
        seats={e.seats}
        ballots={list}
        onChange={setList}
        testId="agreed"
      />
      <Button
        type="primary"
        disabled={list.length === 0}
        loading={ballots.isPending}
        onClick={() => {
          setError(null);
          ballots.mutate(
            { ballots: list },
            { onSuccess: () => setList([]), onError: (x) => setError(errorText(x)) },
          );
        }}
        data-testid="agreed-save"
      >
        Ghi {list.length} phiếu vào kết quả
      </Button>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
    </div>
  );
}

function Actions({ e }: { e: ElectionDetail }) {
  const { message } = App.useApp();
  const { submit, approve } = useElectionActions(e.id);
  const [note, setNote] = useState('');
  const fail = (x: unknown) => void message.error(errorText(x));
  return (
    <div className="cg-row">
      <Button
        icon={<PrinterOutlined />}
        onClick={() => downloadCountRecord(e.id).catch(fail)}
        data-testid="record-docx"
      >
        In biên bản kiểm phiếu
      </Button>
      {e.can.manage && (
        <Button icon={<CloudDownloadOutlined />} onClick={() => downloadPackage(e.id).catch(fail)}>
          Xuất gói kết quả đã ký
        </Button>
      )}
      {(e.status === 'counting' || e.status === 'closed') && e.ballots > 0 && (
        <Button onClick={() => submit.mutate(undefined, { onError: fail })} data-testid="election-submit">
          Kết thúc kiểm phiếu, trình chuẩn y
        </Button>
      )}
      {e.can.approve && (
        <>
          <Input
            value={note}
            onChange={(x) => setNote(x.target.value)}
            placeholder="Ghi chú chuẩn y"
            style={{ maxWidth: 240 }}
          />
          <Button
            type="primary"
            onClick={() => approve.mutate(note, { onError: fail })}
            data-testid="election-approve"
          >
            Chuẩn y
          </Button>
        </>
      )}
    </div>
  );
}

export function ElectionPage() {
  const id = Number(useParams().id);
  const q = useElection(id);
  if (q.error) return <Alert type="error" showIcon message={q.error.message} />;
  const e = q.data;
  if (!e) return null;
  const back = e.congressId ? `${CONGRESSES_BASE}/${e.congressId}` : CONGRESSES_BASE;
  return (
    <div>
      <Link to={back} className="cg-back">
        ← {e.congressTitle ?? 'Đại hội, bầu cử'}
      </Link>
      <Typography.Title level={3}>{e.title}</Typography.Title>
      <div className="cg-muted">
        {ELECTION_KIND_LABELS[e.kind]} · {e.orgName} · cần bầu {e.seats} · triệu tập {e.convened} ·{' '}
        {e.candidates.length} người trong danh sách (tối đa {e.maxCandidates}){' '}
        <Tag color={e.status === 'approved' ? 'green' : 'blue'} data-testid="election-status">
          {ELECTION_STATUS_LABELS[e.status]}
        </Tag>
      </div>
      {e.imported && (
        <Alert
          type="info"
          showIcon
          message="Kết quả nhập từ gói đã ký của máy kiểm phiếu (đã kiểm tra chữ ký và chuỗi mã băm)."
        />
      )}
      {e.approvedAt && (
        <Alert
          type="success"
          showIcon
          message={`Đã chuẩn y: ${e.approvedByName ?? ''}, ${formatDateTimeVi(e.approvedAt)}${e.approvalNote ? ` — ${e.approvalNote}` : ''}`}
        />
      )}
      <Actions e={e} />
      <Card size="small" className="cg-card">
        <Tabs
          items={[
            { key: 'result', label: 'Kết quả', children: <ResultPanel e={e} /> },
            ...(e.can.manage
              ? [
                  { key: 'agreed', label: 'Nhập phiếu', children: <AgreedEntry e={e} /> },
                  { key: 'tally', label: 'Hai người kiểm phiếu', children: <TallyPanel e={e} /> },
                ]
              : []),
          ]}
        />
      </Card>
    </div>
  );
}
