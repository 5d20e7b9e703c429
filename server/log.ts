// pino JSON lines. Tests and CLI commands pass their own level.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL || 'info'): Logger {
  return pino({ level, base: { app: 'vanphong' }, timestamp: pino.stdTimeFunctions.isoTime });
}
