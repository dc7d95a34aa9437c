// One error type with stable codes (DESIGN §6). Callers match on `code`, never on message text.

export const ERROR_STATUS = {
  C981_ERR_VALIDATION: 400,
  // Issue #9: an uploaded or named file is not a pcap or pcapng capture (gzip or not).
  C981_ERR_CAPTURE_FORMAT: 400,
  /** A change to a regulated site needs a reason (DESIGN §5 import). */
  C981_ERR_REASON_REQUIRED: 400,
  C981_ERR_UNAUTHENTICATED: 401,
  /** An approval in a regulated site must be signed (password re-entered). */
  C981_ERR_SIGNATURE_REQUIRED: 400,
  /** The signature's password did not match the signer's. */
  C981_ERR_SIGNATURE_INVALID: 403,
  C981_ERR_FORBIDDEN: 403,
  /** A cookie-authenticated write without the session's CSRF token (header x-csrf-token). */
  C981_ERR_CSRF: 403,
  /** Too many failed logins: the account is locked for a while. */
  C981_ERR_LOCKED: 423,
  C981_ERR_NOT_FOUND: 404,
  C981_ERR_CONFLICT: 409,
  /** The entity is still referenced; retry with ?cascade=true to remove the references too. */
  C981_ERR_IN_USE: 409,
  /** A change request's base changed since it was proposed: rebase it (issue #7). */
  C981_ERR_STALE: 409,
  /** The site is under change control: edit its model through a change request (issue #7). */
  C981_ERR_CHANGE_CONTROL: 409,
  C981_ERR_TOO_LARGE: 413,
  /** Issue #10: an uploaded advisory is not valid CSAF 2.0 (schema or mandatory tests) or fails its hash. */
  C981_ERR_CSAF_INVALID: 422,
  C981_ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  C981_ERR_RATE_LIMITED: 429,
  C981_ERR_INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  path?: string;
  message?: string;
  file?: string;
  line?: number;
  column?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON(): { error: { code: ErrorCode; message: string; details?: ErrorDetail[] } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError('C981_ERR_NOT_FOUND', `${what} "${id}" not found`);
