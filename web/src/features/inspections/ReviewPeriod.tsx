// The period of a review, a year or one of its quarters: one picker for the units' and the members'
// review pages (quarter 0 is the whole year, as the server counts it).
import { InputNumber, Select } from 'antd';

const QUARTER_OPTIONS = [
  { value: 0, label: 'Cả năm' },
  { value: 1, label: 'Quý I' },
  { value: 2, label: 'Quý II' },
  { value: 3, label: 'Quý III' },
  { value: 4, label: 'Quý IV' },
];

export function ReviewPeriod(props: {
  year: number;
  quarter: number;
  onYear: (year: number) => void;
  onQuarter: (quarter: number) => void;
}) {
  return (
    <>
      <InputNumber
        aria-label="Năm"
        min={1930}
        max={2200}
        value={props.year}
        onChange={(v) => v && props.onYear(v)}
      />
      <Select
        aria-label="Kỳ kiểm điểm"
        value={props.quarter}
        onChange={props.onQuarter}
        options={QUARTER_OPTIONS}
        style={{ width: 130 }}
      />
    </>
  );
}
