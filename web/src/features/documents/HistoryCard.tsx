// The document's history: who did what and when, with the note they left.
import { Card, Timeline, Typography } from 'antd';
import { formatDateTimeVi } from '../../lib/format.ts';
import type { DocumentEvent } from './api.ts';
import { EVENT_COLORS, EVENT_LABELS } from './labels.tsx';

/** What an event's data adds for a reader: the number given, the units sent to. */
function detail(e: DocumentEvent): string | null {
  const d = (e.data ?? {}) as Record<string, unknown>;
  if (e.kind === 'registered' && d.incomingNumber) return `Số đến ${String(d.incomingNumber)}`;
  if (e.kind === 'received' && d.incomingNumber) return `Số đến ${String(d.incomingNumber)}`;
  if (e.kind === 'issued' && d.symbol) return `Số ${String(d.symbol)}${d.term ? ` · ${String(d.term)}` : ''}`;
  if (e.kind === 'sent' && Array.isArray(d.recipients)) return `Tới: ${d.recipients.map(String).join(', ')}`;
  return null;
}

export function HistoryCard({ events }: { events: DocumentEvent[] }) {
  return (
    <Card title="Lịch sử" size="small" className="doc-card">
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          color: EVENT_COLORS[e.kind] ?? 'blue',
          content: (
            <div className="doc-event">
              <Typography.Text strong>{EVENT_LABELS[e.kind] ?? e.kind}</Typography.Text>
              <div className="doc-event-meta">
                {formatDateTimeVi(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </div>
              {detail(e) && <div>{detail(e)}</div>}
              {e.note && <div className="doc-event-note">{e.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
