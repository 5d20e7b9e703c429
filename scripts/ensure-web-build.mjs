// `npm start` builds the web client when web/dist is missing or older than its sources, so that a
// fresh clone needs only `npm install && npm start`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'web', 'dist', 'index.html');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'domain')));
if (!existsSync(dist) || statSync(dist).mtimeMs < sources) {
  console.log('Đang build giao diện web (lần đầu mất khoảng một phút)… / building the web client…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}
