// Regenerates the files in test/fixtures with Debian's Chromium: a text PDF with Vietnamese text,
// a "scan" (PNG) of a Vietnamese page and the same scan as an image-only PDF. Run with
// `npx tsx scripts/make-fixtures.ts`; the outputs are committed so tests need no browser.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const OUT = 'test/fixtures';
const page = `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
body{font-family:'Liberation Serif','Times New Roman',serif;font-size:22px;margin:60px;color:#000;background:#fff}
h1{font-size:26px;text-align:center}
</style><body>
<p>ĐẢNG CỘNG SẢN VIỆT NAM</p>
<h1>CHỈ THỊ</h1>
<p>về tăng cường công tác giải phóng mặt bằng các dự án trọng điểm trên địa bàn thành phố</p>
<p>Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo
thực hiện nghiêm công tác bồi thường, hỗ trợ, tái định cư; kiên quyết khắc phục tình trạng
né tránh, đùn đẩy trách nhiệm.</p>
</body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const ctx = await browser.newContext({ viewport: { width: 1240, height: 900 }, deviceScaleFactor: 2 });
const p = await ctx.newPage();
await p.setContent(page);
writeFileSync(`${OUT}/chi-thi-giai-phong-mat-bang.pdf`, await p.pdf({ format: 'A4' }));
const png = await p.screenshot({ fullPage: false, type: 'png' });
writeFileSync(`${OUT}/scan-chi-thi.png`, png);
await p.setContent(
  `<!doctype html><style>@page{size:A4;margin:0}body{margin:0}img{width:210mm}</style><img src="data:image/png;base64,${png.toString('base64')}">`,
);
writeFileSync(`${OUT}/scan-chi-thi.pdf`, await p.pdf({ format: 'A4', printBackground: true }));
await browser.close();
console.log('fixtures written');
