// The congress file (hồ sơ đại hội) as a list of items: where each goes in the package (folders by
// part, names without diacritics so every unzip tool keeps them), and the manifest that lists each
// item with its size and SHA-256, so the receiver can check nothing was changed or lost.
import { fold } from '../text.ts';

/** The parts of the congress file, in the order of the package. */
export const FILING_PARTS = {
  papers: '01-van-kien',
  delegates: '02-dai-bieu',
  candidates: '03-ho-so-nhan-su',
  elections: '04-bau-cu',
} as const;
export type FilingPart = keyof typeof FILING_PARTS;

export const FILING_PART_LABELS: Record<FilingPart, string> = {
  papers: 'Văn kiện đại hội (các bản dự thảo, ý kiến góp ý)',
  delegates: 'Danh sách đại biểu và kết quả thẩm tra tư cách',
  candidates: 'Hồ sơ nhân sự',
  elections: 'Biên bản kiểm phiếu, kết quả bầu cử và chuẩn y',
};

export const MANIFEST_PATH = 'manifest.json';

/** A name usable as one path segment: no diacritics, lower case, words joined by «-», at most 60 characters. */
export function segment(name: string): string {
  const s = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'khong-ten';
}

/** `NN-name`, numbered from 1 with two digits, so the folder sorts in the file's order. */
export function numbered(n: number, name: string): string {
  return `${String(n).padStart(2, '0')}-${segment(name)}`;
}

export interface FilingItem {
  path: string;
  part: FilingPart;
  title: string;
  size: number;
  sha256: string;
}

export interface FilingManifest {
  congress: { id: number; title: string; orgName: string; term: string; heldOn: string };
  builtAt: string;
  parts: { part: FilingPart; folder: string; label: string; items: number }[];
  items: FilingItem[];
}

export function manifestOf(
  congress: FilingManifest['congress'],
  builtAt: string,
  items: FilingItem[],
): FilingManifest {
  const paths = new Set<string>();
  for (const i of items) {
    if (paths.has(i.path)) throw new Error(`duplicate path in the congress file: ${i.path}`);
    paths.add(i.path);
  }
  const parts = (Object.keys(FILING_PARTS) as FilingPart[]).map((part) => ({
    part,
    folder: FILING_PARTS[part],
    label: FILING_PART_LABELS[part],
    items: items.filter((i) => i.part === part).length,
  }));
  return { congress, builtAt, parts, items };
}
