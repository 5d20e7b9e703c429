// Entering paper ballots one by one: a box per candidate (a vote), or the whole ballot marked invalid;
// each ballot joins the list below, where a slip can be removed before the list is saved.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, List, Switch, Tag } from 'antd';
import { useState } from 'react';
import type { Ballot } from './api.ts';

export function ballotText(b: Ballot, names: readonly string[]): string {
  if (!b.valid) return 'Phiếu không hợp lệ';
  const chosen = names.filter((_, i) => b.marks[i]);
  return chosen.length ? chosen.join(', ') : 'Không bầu ai';
}

export function BallotEntry({
  names,
  seats,
  ballots,
  onChange,
  testId,
}: {
  names: readonly string[];
  seats: number;
  ballots: Ballot[];
  onChange: (b: Ballot[]) => void;
  testId: string;
}) {
  const [marks, setMarks] = useState<boolean[]>(() => names.map(() => false));
  const [invalid, setInvalid] = useState(false);
  const marked = marks.filter(Boolean).length;
  const add = () => {
    onChange([...ballots, { valid: !invalid, marks: invalid ? names.map(() => false) : marks }]);
    setMarks(names.map(() => false));
    setInvalid(false);
  };
  return (
    <div>
      <div className="cg-ballot" data-testid={`${testId}-ballot`}>
        {names.map((n, i) => (
          <Checkbox
            key={n + String(i)}
            checked={marks[i]}
            disabled={invalid}
            onChange={(e) => setMarks(marks.map((m, j) => (j === i ? e.target.checked : m)))}
            data-testid={`${testId}-mark-${i + 1}`}
          >
            {n}
          </Checkbox>
        ))}
      </div>
      <div className="cg-row">
        <Switch checked={invalid} onChange={setInvalid} data-testid={`${testId}-invalid`} /> Phiếu không hợp
        lệ
      </div>
      {!invalid && marked > seats && (
        <Tag color="orange">
          Bầu {marked} người, nhiều hơn số lượng cần bầu ({seats}): phiếu sẽ không hợp lệ
        </Tag>
      )}
      <div className="cg-row">
        <Button icon={<PlusOutlined />} onClick={add} data-testid={`${testId}-add`}>
          Thêm phiếu số {ballots.length + 1}
        </Button>
      </div>
      <List
        size="small"
        dataSource={ballots.map((b, i) => ({ b, i }))}
        renderItem={({ b, i }) => (
          <List.Item
            actions={[
              <Button
                key="rm"
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={`Xóa phiếu ${i + 1}`}
                onClick={() => onChange(ballots.filter((_, j) => j !== i))}
              />,
            ]}
          >
            Phiếu {i + 1}: {ballotText(b, names)}
          </List.Item>
        )}
      />
    </div>
  );
}
