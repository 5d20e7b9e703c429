// Draws the web app's PNG icons (web/public/icons/) from web/public/favicon.svg with the same
// Chromium the browser tests use, so no image tool has to be installed. Run after changing the
// favicon: `node --import tsx scripts/icons.ts`. The PNGs are committed; the build only copies them.
//   icon-192.png, icon-512.png       the favicon as drawn (rounded square), purpose "any"
//   icon-maskable-512.png            full-bleed square: the launcher cuts its own shape (the star
//                                    stays inside the central 80 % safe zone)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'web/public/favicon.svg'), 'utf8');
const maskable = svg.replace(/<rect([^>]*?)\s+rx="[^"]*"/, '<rect$1');

const icons: [file: string, size: number, art: string][] = [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, maskable],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [file, size, art] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(art).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(root, 'web/public/icons', file), omitBackground: true });
    await page.close();
    console.log(`web/public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
