// Uploading the scans of a digitisation batch one by one (each request streams one file), with the
// progress of the whole set and the server's reason for any scan it refuses.
import { uploadScan } from './api.ts';

export interface ScanOutcome {
  name: string;
  ok: boolean;
  message?: string;
}

export async function uploadScans(
  batchId: number,
  files: File[],
  onProgress: (percent: number, current: string) => void,
): Promise<ScanOutcome[]> {
  const total = files.reduce((n, f) => n + f.size, 0) || 1;
  let sent = 0;
  const out: ScanOutcome[] = [];
  for (const file of files) {
    try {
      await uploadScan(batchId, file, (p) =>
        onProgress(Math.round(((sent + (file.size * p) / 100) / total) * 100), file.name),
      );
      out.push({ name: file.name, ok: true });
    } catch (err) {
      out.push({ name: file.name, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
    sent += file.size;
    onProgress(Math.round((sent / total) * 100), file.name);
  }
  return out;
}
