// The two tellers' entries: each enters the same ballots under their own number, from their own
// account; the ballots where the two differ are listed until both agree, then the count is accepted.
import { Alert, Button, Radio, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../forms.ts';
import { type Ballot, type ElectionDetail, useElectionActions, useTally } from './api.ts';
import { BallotEntry, ballotText } from './BallotEntry.tsx';

export function TallyPanel({ e }: { e: ElectionDetail }) {
  const tally = useTally(e.id, e.can.manage);
  const { enter, agree } = useElectionActions(e.id);
  const names = e.candidates.map((c) => c.fullName);
  const [teller, setTeller] = useState<number>(1);
  const [ballots, setBallots] = useState<Ballot[]>([]);
  const [error, setError] = useState<string | null>(null);
  const s = tally.data;
  useEffect(() => {
    if (s?.mineTeller) {
      setTeller(s.mineTeller);
      setBallots(s.mine);
    }
  }, [s?.mineTeller, s?.mine]);
  if (!s) return null;
  const run = (p: Promise<unknown>) => {
    setError(null);
    p.catch((err: unknown) => setError(errorText(err)));
  };
  return (
    <div>
      <Typography.Paragraph className="cg-muted">
        Mỗi người kiểm phiếu nhập các phiếu theo đúng thứ tự, từ tài khoản của mình. Đã nhập:{' '}
        {s.tellers
          .map((t) => `người ${t.teller}: ${t.count} phiếu${t.enteredByName ? ` (${t.enteredByName})` : ''}`)
          .join('; ')}
        .
      </Typography.Paragraph>
      <Radio.Group
        optionType="button"
        value={teller}
        onChange={(x) => setTeller(x.target.value as number)}
        disabled={!!s.mineTeller}
        options={[
          { value: 1, label: 'Người kiểm phiếu 1' },
          { value: 2, label: 'Người kiểm phiếu 2' },
        ]}
      />
      <BallotEntry names={names} seats={e.seats} ballots={ballots} onChange={setBallots} testId="tally" />
      <div className="cg-row">
        <Button
          type="primary"
          disabled={ballots.length === 0}
          loading={enter.isPending}
          onClick={() => run(enter.mutateAsync({ teller, ballots }))}
          data-testid="tally-save"
        >
          Lưu phần nhập của người {teller}
        </Button>
        <Button
          disabled={!s.agreed}
          loading={agree.isPending}
          onClick={() => run(agree.mutateAsync().then(() => setBallots([])))}
          data-testid="tally-agree"
        >
          Thống nhất, đưa vào kết quả
        </Button>
      </div>
      {error && <Alert type="error" showIcon message={error} />}
      {s.tellers.every((t) => t.count > 0) &&
        (s.agreed ? (
          <Alert type="success" showIcon message="Hai phần nhập khớp nhau." />
        ) : (
          <>
            <Alert
              type="warning"
              showIcon
              message={`Hai phần nhập còn khác nhau ở ${s.differenceCount} phiếu.`}
            />
            <Table
              size="small"
              rowKey="seq"
              pagination={false}
              dataSource={s.differences}
              data-testid="tally-differences"
              columns={[
                { title: 'Phiếu', dataIndex: 'seq', width: 60 },
                {
                  title: 'Người 1',
                  render: (_, d) => (d.first ? ballotText(d.first, names) : 'Chưa nhập'),
                },
                {
                  title: 'Người 2',
                  render: (_, d) => (d.second ? ballotText(d.second, names) : 'Chưa nhập'),
                },
              ]}
            />
          </>
        ))}
    </div>
  );
}
