// How a copy score shows: as a percentage, in a colour (the more copied, the redder), and as the tag
// of an item that says whether it still copies the superior's text.
import { Tag, Tooltip } from 'antd';
import type { ItemVerdict } from '../../../../domain/programs/copycheck.ts';

/** "65%" for a 0–1 score. */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Colour of a copy score: the more copied, the redder. */
export function copyColor(score: number): string {
  if (score >= 0.6) return '#cf1322';
  if (score >= 0.3) return '#d48806';
  return '#389e0d';
}

/** `linked`: the item names the superior item it concretises (otherwise it is the unit's own). */
export function CopyTag({ verdict, linked }: { verdict: ItemVerdict; linked: boolean }) {
  if (verdict.copy) {
    return (
      <Tooltip title="Mức giống nội dung cấp trên (không dấu, bỏ tên cấp và tên đơn vị)">
        <Tag color="red" data-testid="copy-tag">
          Giống cấp trên {percent(verdict.similarity)}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <Tag color="green" data-testid="copy-tag">
      {linked ? `Đã cụ thể hóa (giống ${percent(verdict.similarity)})` : 'Nội dung riêng'}
    </Tag>
  );
}
