// Error classes of the services and the one map from them to HTTP statuses. Every error leaves the
// server as { error: { code, message } } with a Vietnamese message.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { OfficeInputError } from '../../domain/office.ts';

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
export class ValidationError extends AppError {
  constructor(message: string, details?: Record<string, unknown>, code = 'validation_failed') {
    super(code, message, details);
  }
}
export class UnauthenticatedError extends AppError {}
export class ForbiddenError extends AppError {}
export class NotFoundError extends AppError {}
export class ConflictError extends AppError {}
export class TooLargeError extends AppError {}
export class RuleError extends AppError {}
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_requests', message);
  }
}
export class UnavailableError extends AppError {}
export class StorageFullError extends AppError {}

const STATUS = new Map<new (...args: never[]) => AppError, ContentfulStatusCode>([
  [ValidationError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [TooLargeError, 413],
  [RuleError, 422],
  [TooManyRequestsError, 429],
  [UnavailableError, 503],
  [StorageFullError, 507],
]);

/** File-system errors of the data directory: a full disk or a store that cannot be written. */
export function fromFileSystem(err: unknown): AppError | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StorageFullError(
      'storage_full',
      'Ổ đĩa lưu trữ của máy chủ đã đầy: tệp chưa được lưu. Báo quản trị hệ thống giải phóng dung lượng.',
    );
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'EIO') {
    return new UnavailableError(
      'storage_unavailable',
      'Không ghi được vào thư mục dữ liệu của máy chủ: tệp chưa được lưu. Báo quản trị hệ thống.',
    );
  }
  return undefined;
}

export function notFound(what = 'Bản ghi'): NotFoundError {
  return new NotFoundError('not_found', `${what} không tồn tại hoặc bạn không có quyền xem.`);
}

export function forbidden(message = 'Vai trò của bạn không được làm việc này.'): ForbiddenError {
  return new ForbiddenError('forbidden', message);
}

export interface ErrorBody {
  error: { code: string; message: string } & Record<string, unknown>;
}

interface PgLikeError {
  code?: string;
  constraint?: string;
  message?: string;
  cause?: unknown;
}

function causeMessages(err: unknown): string {
  const out: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    out.push(
      String((e as { message?: unknown }).message ?? ''),
      String((e as { code?: unknown }).code ?? ''),
    );
    e = (e as { cause?: unknown }).cause;
  }
  return out.join(' ');
}

/** The PostgreSQL error inside whatever wrapped it (Drizzle wraps driver errors in `cause`). */
export function pgError(err: unknown): PgLikeError | undefined {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const candidate = e as PgLikeError;
    if (typeof candidate.code === 'string') return candidate;
    e = candidate.cause;
  }
  return err && typeof err === 'object' ? (err as PgLikeError) : undefined;
}

// Database errors that reach the edge: constraint violations the services did not foresee, and
// a server that is down or restarting (answer 503 so clients retry).
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

function fromDatabase(err: PgLikeError): AppError | undefined {
  const code = err.code ?? '';
  if (code === '23505') return new ConflictError('conflict', 'Dữ liệu bị trùng với một bản ghi đã có.');
  if (code === '23503')
    return new ConflictError('in_use', 'Bản ghi đang được dữ liệu khác tham chiếu nên không thể thực hiện.');
  if (code === '23514' || code === '23502')
    return new RuleError('rule_violation', 'Dữ liệu không thỏa ràng buộc.');
  if (code === '22001') return new ValidationError('Dữ liệu quá dài.');
  if (code === '22P02' || code === '22007' || code === '22008' || code === '22003' || code === '22023')
    return new ValidationError('Dữ liệu không hợp lệ.');
  if (code === '54001' || code === '54000') return new ValidationError('Dữ liệu quá lớn hoặc quá phức tạp.');
  if (code === '53100')
    return new StorageFullError(
      'storage_full',
      'Ổ đĩa của cơ sở dữ liệu đã đầy: thay đổi chưa được lưu. Báo quản trị hệ thống.',
    );
  if (
    CONNECTION_CODES.has(code) ||
    code.startsWith('08') ||
    /Connection terminated|timeout exceeded/i.test(err.message ?? '')
  )
    return new UnavailableError(
      'database_unavailable',
      'Cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau ít phút.',
    );
  return undefined;
}

const HTTP_EXCEPTION_CODES: Record<number, [string, string]> = {
  400: ['bad_request', 'Yêu cầu không hợp lệ (nội dung JSON sai cú pháp?).'],
  401: ['unauthenticated', 'Bạn cần đăng nhập.'],
  404: ['not_found', 'Không tìm thấy.'],
  405: ['method_not_allowed', 'Phương thức không được hỗ trợ.'],
  413: ['too_large', 'Dữ liệu gửi lên quá lớn.'],
  415: [
    'unsupported_media_type',
    'Kiểu nội dung không được hỗ trợ (cần application/json hoặc multipart/form-data).',
  ],
};

/** Seconds a client is told to wait before retrying a 503 (`Retry-After`). */
export const RETRY_AFTER_UNAVAILABLE_SECONDS = 1;

/** Turns anything thrown into a status and the error body. Unknown errors are 500 with no detail. */
export function toErrorResponse(err: unknown): {
  status: ContentfulStatusCode;
  body: ErrorBody;
  known: boolean;
} {
  let app: AppError | undefined;
  if (err instanceof AppError) app = err;
  // A Word file that cannot be printed from what was recorded (a place of dots, a malformed number).
  else if (err instanceof OfficeInputError) app = new RuleError('office_input', err.message);
  else if (err instanceof HTTPException) {
    const [code, message] = HTTP_EXCEPTION_CODES[err.status] ?? ['bad_request', 'Yêu cầu không hợp lệ.'];
    return { status: err.status as ContentfulStatusCode, body: { error: { code, message } }, known: true };
  } else if (err && typeof err === 'object') {
    app = fromFileSystem(err);
    const pg = pgError(err);
    if (!app) app = pg ? fromDatabase(pg) : undefined;
    // A connection lost mid-query may surface without a code, only a message, somewhere in the chain;
    // so does pg-pool's "timeout exceeded when trying to connect" (every connection busy for
    // VANPHONG_DB_CONNECT_TIMEOUT_MS), which Drizzle wraps without a code: the client should retry.
    if (
      !app &&
      /Connection terminated|ECONNREFUSED|connection.*closed|connection error|not queryable|timeout exceeded when trying to connect/i.test(
        causeMessages(err),
      )
    ) {
      app = new UnavailableError(
        'database_unavailable',
        'Cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau ít phút.',
      );
    }
  }
  if (app) {
    let status: ContentfulStatusCode = 500;
    for (const [cls, s] of STATUS) if (app instanceof cls) status = s;
    return { status, body: { error: { code: app.code, message: app.message, ...app.details } }, known: true };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Lỗi hệ thống. Sự cố đã được ghi lại; vui lòng thử lại.' } },
    known: false,
  };
}
