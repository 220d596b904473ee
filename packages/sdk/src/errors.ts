import type { FieldError, Problem } from './schemas/problem.js';

/**
 * The base of every error the SDK throws. Messages name the operation, never a header,
 * token, cookie or card detail, so an error can be logged or shown as it is.
 */
export class BillingError extends Error {
  override name = 'BillingError';
  /** Whether trying again later may succeed (network trouble, timeouts, 429, 5xx). */
  get retryable(): boolean {
    return false;
  }
}

/** Statuses that say "try again later"; the transport retries exactly these. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export interface ApiErrorInit {
  status: number;
  problem: Problem | undefined;
  requestId: string | undefined;
  operation: string;
  retryAfterSeconds?: number | undefined;
}

/** The API answered with an error status; `problem` holds its RFC 9457 body when it sent one. */
export class BillingApiError extends BillingError {
  override name = 'BillingApiError';
  readonly status: number;
  /** Machine-readable reason, e.g. `card_limit_exceeded`, `invitation_duplicate`. */
  readonly code: string | undefined;
  /** Quote it to support. */
  readonly requestId: string | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  /** Per-field problems of the request, for forms. */
  readonly fieldErrors: readonly FieldError[];
  readonly problem: Problem | undefined;
  readonly operation: string;
  /** The API's `Retry-After`, in seconds, when it sent one (429, 503). */
  readonly retryAfterSeconds: number | undefined;

  constructor({ status, problem, requestId, operation, retryAfterSeconds }: ApiErrorInit) {
    const title = problem?.title ?? `HTTP ${status}`;
    super(`${operation} failed: ${title} (${status})${problem?.detail ? `: ${problem.detail}` : ''}`);
    this.status = status;
    this.code = problem?.code;
    this.requestId = requestId ?? problem?.requestId;
    this.title = title;
    this.detail = problem?.detail;
    this.fieldErrors = problem?.errors ?? [];
    this.problem = problem;
    this.operation = operation;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  // The statuses the transport retries: after its retries ran out, a later try may still succeed.
  override get retryable(): boolean {
    return RETRYABLE_STATUSES.has(this.status);
  }

  /** The subclass for a status, as the transport raises it. */
  static generate(init: ApiErrorInit): BillingApiError {
    const { status } = init;
    if (status === 400) return new BillingBadRequestError(init);
    if (status === 401) return new BillingAuthenticationError(init);
    if (status === 403) return new BillingPermissionError(init);
    if (status === 404) return new BillingNotFoundError(init);
    if (status === 409) return new BillingConflictError(init);
    if (status === 422) return new BillingUnprocessableError(init);
    if (status === 429) return new BillingRateLimitError(init);
    if (status >= 500) return new BillingServerError(init);
    return new BillingApiError(init);
  }
}

/** 400: the request was malformed; see `fieldErrors`. */
export class BillingBadRequestError extends BillingApiError {
  override name = 'BillingBadRequestError';
}
/** 401: no valid credentials (the SDK already asked `getToken` once more). */
export class BillingAuthenticationError extends BillingApiError {
  override name = 'BillingAuthenticationError';
}
/** 403: the signed-in user's contact role does not allow this. */
export class BillingPermissionError extends BillingApiError {
  override name = 'BillingPermissionError';
}
/** 404: no such resource, or not visible to this organisation. */
export class BillingNotFoundError extends BillingApiError {
  override name = 'BillingNotFoundError';
}
/** 409: the resource's state forbids this now (e.g. invoice already paid). */
export class BillingConflictError extends BillingApiError {
  override name = 'BillingConflictError';
}
/** 422: understood but refused (e.g. a reward code that expired, an idempotency key reused with another body). */
export class BillingUnprocessableError extends BillingApiError {
  override name = 'BillingUnprocessableError';
}
/** 429: too many requests; `retryAfterSeconds` says when to try again, if the API said. */
export class BillingRateLimitError extends BillingApiError {
  override name = 'BillingRateLimitError';
}
/** 5xx: the API failed; retried already where safe. `retryable` is false for 501 and 505. */
export class BillingServerError extends BillingApiError {
  override name = 'BillingServerError';
}

/** The request never got an answer: offline, DNS, connection refused, CORS. */
export class BillingNetworkError extends BillingError {
  override name = 'BillingNetworkError';
  override get retryable(): boolean {
    return true;
  }
}

/** No answer within the timeout. For a payment, the outcome is unknown: retry with the same idempotency key. */
export class BillingTimeoutError extends BillingError {
  override name = 'BillingTimeoutError';
  override get retryable(): boolean {
    return true;
  }
}

/** The caller aborted the request through its `signal`. */
export class BillingAbortError extends BillingError {
  override name = 'BillingAbortError';
}

/** One way the response broke the contract. */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/** The API answered, but its response broke the contract's schema (or was not JSON). */
export class BillingValidationError extends BillingError {
  override name = 'BillingValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly requestId: string | undefined;
  readonly operation: string;

  constructor(operation: string, issues: readonly ValidationIssue[], requestId: string | undefined) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
    super(
      `${operation} returned a response that breaks the billing API contract${where}: ${first?.message ?? 'invalid'}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more issues)` : ''),
    );
    this.issues = issues;
    this.requestId = requestId;
    this.operation = operation;
  }
}
