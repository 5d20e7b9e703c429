// A small SVG bar chart (no dependency): one row per query, one bar per series, on a logarithmic axis
// of milliseconds so that 2 ms and 2 s are both readable, with the target as a dashed line.

export interface Series {
  name: string;
  color: string;
  values: (number | null)[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function barChart(opts: {
  title: string;
  labels: string[];
  series: Series[];
  target?: number;
  unit?: string;
}): string {
  const { labels, series } = opts;
  const left = 250;
  const plot = 560;
  const bar = 9;
  const rowH = series.length * bar + 8;
  const top = 48;
  const height = top + labels.length * rowH + 48;
  const width = left + plot + 90;
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null && v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...all, opts.target ?? Infinity))));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all, opts.target ?? 0, lo * 10)));
  const x = (v: number) => left + (Math.log10(Math.max(v, lo) / lo) / Math.log10(hi / lo)) * plot;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11" role="img">`,
    `<title>${esc(opts.title)}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(opts.title)}</text>`,
  ];
  for (let t = lo; t <= hi; t *= 10) {
    out.push(`<line x1="${x(t)}" y1="${top - 6}" x2="${x(t)}" y2="${height - 40}" stroke="#ddd"/>`);
    out.push(
      `<text x="${x(t)}" y="${height - 26}" text-anchor="middle">${t >= 1 ? t : t.toFixed(1)} ${opts.unit ?? 'ms'}</text>`,
    );
  }
  if (opts.target) {
    out.push(
      `<line x1="${x(opts.target)}" y1="${top - 6}" x2="${x(opts.target)}" y2="${height - 40}" stroke="#c00" stroke-dasharray="4 3"/>`,
    );
    out.push(
      `<text x="${x(opts.target) + 3}" y="${top - 8}" fill="#c00">mục tiêu / target ${opts.target} ms</text>`,
    );
  }
  labels.forEach((label, i) => {
    const y0 = top + i * rowH;
    out.push(
      `<text x="${left - 6}" y="${y0 + (series.length * bar) / 2 + 4}" text-anchor="end">${esc(label)}</text>`,
    );
    series.forEach((s, k) => {
      const v = s.values[i];
      if (v === null || v === undefined) return;
      const y = y0 + k * bar;
      out.push(
        `<rect x="${left}" y="${y}" width="${Math.max(1, x(v) - left).toFixed(1)}" height="${bar - 1}" fill="${s.color}"/>`,
      );
      out.push(`<text x="${(x(v) + 3).toFixed(1)}" y="${y + bar - 1}" font-size="9">${v}</text>`);
    });
  });
  series.forEach((s, k) => {
    const lx = left + k * 200;
    out.push(`<rect x="${lx}" y="${height - 16}" width="10" height="10" fill="${s.color}"/>`);
    out.push(`<text x="${lx + 14}" y="${height - 7}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
