import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { ResponseCache } from './cache.js';
import {
  BillingAbortError,
  BillingApiError,
  BillingAuthenticationError,
  BillingError,
  BillingNetworkError,
  BillingTimeoutError,
  BillingValidationError,
  RETRYABLE_STATUSES,
} from './errors.js';
import { createIdempotencyKey } from './idempotency.js';
import { describeIssue } from './issues.js';
import type { Operation } from './operations.js';
import { buildPath, toSearchParams } from './path.js';
import { Problem } from './schemas/problem.js';

/** Options of `createBillingClient`. */
export interface BillingClientOptions {
  /** The billing API's base URL, e.g. `https://billing.example.com/v1/` or `/api/`. */
  readonly baseUrl: string | URL;
  /** Returns the bearer token; called once for every SDK call (its retries reuse it) and once more after a 401. */
  readonly getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** `fetch` credentials mode: `include` for cookie sessions on another origin. */
  readonly credentials?: RequestCredentials;
  /** Sent as `Accept-Language`; a function is read on every request, so it can follow the page. */
  readonly locale?: string | (() => string | undefined);
  /** A `fetch` to use instead of the global one. */
  readonly fetch?: typeof globalThis.fetch;
  /** Per attempt, in ms. Default 15,000. */
  readonly timeout?: number;
  /** Retries after the first attempt, for requests that are safe to repeat. Default 2. */
  readonly maxRetries?: number;
  /** How long reads stay cached, in ms. Default 0: only identical reads in flight are joined. */
  readonly cacheTtl?: number;
}

/** Options every SDK method takes as its last argument. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Per attempt, in ms; overrides the client's. */
  readonly timeout?: number;
  /** For writes that take one: the key of this attempt. Reuse it to retry the same attempt. */
  readonly idempotencyKey?: string;
  /** Skip the cache for this read (the fresh answer is stored). */
  readonly fresh?: boolean;
}

/** A downloaded file. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
  readonly contentType: string;
}

export interface CallArguments {
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: object | undefined;
  readonly body?: unknown;
  readonly options?: RequestOptions | undefined;
}

/** Told that the person's session ended: they must sign in again. */
export type SessionEndedListener = (error: BillingAuthenticationError) => void;

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUS_CODES = [...RETRYABLE_STATUSES];
const FILE_EXTENSIONS: Readonly<Record<string, string>> = { 'application/pdf': 'pdf', 'text/csv': 'csv' };

/** Sends the contract's operations: auth, retries, validation and errors in one place. */
export class Transport {
  readonly cache: ResponseCache;
  readonly #ky: KyInstance;
  readonly #options: BillingClientOptions;
  readonly #maxRetries: number;
  readonly #sessionEndedListeners = new Set<SessionEndedListener>();
  /** Told already: the next 401 is the same ended session until a call gets through again. */
  #sessionEndedTold = false;

  constructor(options: BillingClientOptions) {
    this.#options = options;
    this.#maxRetries = options.maxRetries ?? 2;
    this.cache = new ResponseCache(options.cacheTtl ?? 0);
    const baseUrl = String(options.baseUrl);
    this.#ky = ky.create({
      // A trailing slash makes relative paths extend the base path instead of replacing its last segment.
      baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
      timeout: options.timeout ?? 15_000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      hooks: {
        beforeRequest: [
          async ({ request }) => {
            await this.#authorize(request);
            const locale = this.#locale();
            if (locale) request.headers.set('Accept-Language', locale);
          },
        ],
        beforeRetry: [
          async ({ request, error }) => {
            if (isHTTPError(error) && error.response.status === 401) await this.#authorize(request);
          },
        ],
      },
    });
  }

  /** Calls a JSON operation and returns its validated body (cached if it is a read). */
  async call<T>(operation: Operation, args: CallArguments = {}): Promise<T> {
    const path = buildPath(operation.path, args.pathParams ?? {});
    const search = toSearchParams(args.query).toString();
    if (operation.method !== 'GET') return this.#json<T>(operation, path, search, args);
    // One read may serve several callers, so it runs without any caller's signal; each caller
    // stops waiting on its own abort without cancelling the others.
    const { signal, ...shared } = args.options ?? {};
    const key = `${this.#locale() ?? ''} ${path}?${search}`;
    const read = this.cache.read(
      key,
      operation.reads,
      () => this.#json<T>(operation, path, search, { ...args, options: shared }),
      shared.fresh,
    );
    return signal ? untilAborted(read, signal, operation) : read;
  }

  /** Downloads a binary operation's file with its name. */
  async download(operation: Operation, args: CallArguments = {}): Promise<DownloadedFile> {
    const path = buildPath(operation.path, args.pathParams ?? {});
    const response = await this.#send(operation, path, toSearchParams(args.query).toString(), args);
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (operation.binaryTypes && !operation.binaryTypes.includes(contentType)) {
      // E.g. a proxy's HTML login page with status 200 instead of the PDF.
      throw new BillingValidationError(
        operation.id,
        [
          {
            path: [],
            message: `expected ${operation.binaryTypes.join(' or ')}, got ${contentType || 'no content type'}`,
          },
        ],
        requestId,
      );
    }
    const blob = await response.blob();
    const extension = FILE_EXTENSIONS[contentType];
    const stem = path.split('/').filter(Boolean).slice(0, 2).map(decodeURIComponent).join('-');
    const fallback = sanitizeFilename(extension ? `${stem}.${extension}` : stem);
    return { blob, contentType, filename: filenameFrom(response.headers.get('content-disposition')) ?? fallback };
  }

  async #json<T>(operation: Operation, path: string, search: string, args: CallArguments): Promise<T> {
    let response: Response;
    try {
      response = await this.#send(operation, path, search, args);
    } catch (error) {
      // After a timeout, a lost connection or an abort, a write may have happened: refresh what it touches.
      if (!(error instanceof BillingApiError)) this.#invalidate(operation);
      throw error;
    }
    this.#invalidate(operation);
    if (operation.response === 'empty' || response.status === 204) return undefined as T;
    if (operation.response === 'binary') throw new TypeError(`${operation.id} returns a file: use download()`);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        throw new BillingAbortError(`${operation.id} was aborted`);
      throw new BillingValidationError(operation.id, [{ path: [], message: 'the body is not valid JSON' }], requestId);
    }
    const result = z.safeParse(operation.response, body);
    if (!result.success) {
      throw new BillingValidationError(
        operation.id,
        result.error.issues.map((issue) => ({ path: issue.path, code: issue.code, message: describeIssue(issue) })),
        requestId,
      );
    }
    return result.data as T;
  }

  async #send(operation: Operation, path: string, search: string, args: CallArguments): Promise<Response> {
    const { options = {} } = args;
    const headers: Record<string, string> = { Accept: operation.response === 'binary' ? '*/*' : 'application/json' };
    const idempotencyKey =
      options.idempotencyKey ?? (operation.requiresIdempotencyKey ? createIdempotencyKey() : undefined);
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    const repeatable =
      IDEMPOTENT_METHODS.has(operation.method) || operation.safe === true || idempotencyKey !== undefined;
    let refreshedToken = false;
    const maxRetries = this.#maxRetries;
    const hasTokenSource = this.#options.getToken !== undefined;
    try {
      const response = await this.#ky(path.replace(/^\//, ''), {
        method: operation.method,
        headers,
        searchParams: search,
        ...(args.body !== undefined ? { json: args.body } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
        retry: {
          // One extra attempt is kept for the token refresh after a 401.
          limit: maxRetries + (hasTokenSource ? 1 : 0),
          methods: [operation.method.toLowerCase()],
          statusCodes: RETRY_STATUS_CODES,
          afterStatusCodes: [429, 503],
          maxRetryAfter: 60_000,
          backoffLimit: 10_000,
          jitter: true,
          retryOnTimeout: true,
          shouldRetry: ({ error, retryCount }) => {
            if (isHTTPError(error) && error.response.status === 401) {
              if (!hasTokenSource || refreshedToken) return false;
              refreshedToken = true;
              return true;
            }
            if (!repeatable) return false;
            if (retryCount - (refreshedToken ? 1 : 0) > maxRetries) return false;
            return undefined;
          },
        },
      });
      this.#sessionEndedTold = false;
      return response;
    } catch (error) {
      const billingError = await toBillingError(error, operation);
      if (billingError instanceof BillingAuthenticationError) this.#tellSessionEnded(billingError);
      throw billingError;
    }
  }

  /** Calls `listener` once when the session ends (a 401 that a new token did not fix). */
  onSessionEnded(listener: SessionEndedListener): () => void {
    this.#sessionEndedListeners.add(listener);
    return () => this.#sessionEndedListeners.delete(listener);
  }

  #tellSessionEnded(error: BillingAuthenticationError): void {
    if (this.#sessionEndedTold) return;
    this.#sessionEndedTold = true;
    for (const listener of [...this.#sessionEndedListeners]) listener(error);
  }

  #locale(): string | undefined {
    const { locale } = this.#options;
    return typeof locale === 'function' ? locale() : locale;
  }

  async #authorize(request: Request): Promise<void> {
    const token = await this.#options.getToken?.();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    else request.headers.delete('Authorization');
  }

  #invalidate(operation: Operation): void {
    if (operation.invalidates) this.cache.invalidate(operation.invalidates);
  }
}

// Errors are rebuilt from scratch: ky's errors hold the Request, whose headers carry the
// token, and must not reach a log through `cause`.
async function toBillingError(error: unknown, operation: Operation): Promise<BillingError> {
  if (error instanceof BillingError) return error;
  if (isHTTPError(error)) {
    const { status, headers } = error.response;
    const parsed = z.safeParse(Problem, error.data);
    const retryAfterHeader = headers.get('retry-after');
    // Only the delay-seconds form; an HTTP-date is honoured by the retries but not reported.
    const retryAfter =
      retryAfterHeader !== null && /^\d+$/.test(retryAfterHeader.trim()) ? Number(retryAfterHeader) : NaN;
    return BillingApiError.generate({
      status,
      problem: parsed.success ? parsed.data : undefined,
      requestId: headers.get('x-request-id') ?? undefined,
      operation: operation.id,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
    });
  }
  if (isTimeoutError(error)) return new BillingTimeoutError(`${operation.id} timed out`);
  if (isNetworkError(error)) return new BillingNetworkError(`${operation.id} could not reach the billing API`);
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return error.name === 'AbortError'
      ? new BillingAbortError(`${operation.id} was aborted`)
      : new BillingTimeoutError(`${operation.id} timed out`);
  }
  if (error instanceof TypeError) return new BillingNetworkError(`${operation.id} could not reach the billing API`);
  return new BillingError(`${operation.id} failed unexpectedly`);
}

/** Rejects with a `BillingAbortError` as soon as `signal` aborts, else settles like `promise`. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, operation: Operation): Promise<T> {
  const aborted = () => new BillingAbortError(`${operation.id} was aborted`);
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The file name from a Content-Disposition header (RFC 6266; `filename*` wins). */
export function filenameFrom(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return sanitizeFilename(decodeURIComponent(extended[1].trim()));
    } catch {
      // Malformed percent-encoding: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? sanitizeFilename(name) : undefined;
}

// A file name from the server must not carry a path.
function sanitizeFilename(name: string): string {
  return name.replace(/[/\\]/g, '_').replace(/^\.+/, '').trim() || 'download';
}
