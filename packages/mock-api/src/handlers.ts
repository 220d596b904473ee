import { describeIssue, operations, ROLE_PERMISSIONS, type Operation, type OperationId } from '@customer-center/sdk';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import { Faults, NO_FAULTS, type FaultDecision, type FaultSettings } from './faults.js';
import { fingerprint } from './idempotency.js';
import { problem, ProblemError, type ProblemResult } from './problem.js';
import type { RouteResult } from './routes/context.js';
import { routes } from './routes/index.js';
import { MockStore } from './store.js';
import { TEST_BANK_ACCOUNTS, TEST_CARDS, tokenizeTestBankAccount, tokenizeTestCard } from './test-cards.js';
import { MOCK_API_VERSION } from './version.js';

/** Options for {@link createMockApi} and {@link createHandlers}. */
export interface MockApiOptions {
  /**
   * Where the mock API lives. The default `*\/api` matches `/api` on any origin, so the
   * same handlers serve a browser page, a Node test and the demo server alike.
   */
  readonly baseUrl?: string;
  /** The state to serve; a new seeded store by default. */
  readonly store?: MockStore;
  /** Faults to inject from the start. */
  readonly faults?: FaultSettings | Faults;
}

/** A mock API: its msw handlers, and its store and faults for tests to inspect and steer. */
export interface MockApi {
  readonly handlers: RequestHandler[];
  readonly store: MockStore;
  readonly faults: Faults;
}

type Json = Record<string, unknown>;

// Parses a query string with the operation's schema: arrays repeat the key, numbers are read as numbers.
function queryObject(schema: z.ZodMiniType, params: URLSearchParams): Json {
  const shape =
    (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodMiniType> } } })._zod.def.shape ?? {};
  const result: Json = {};
  for (const [key, field] of Object.entries(shape)) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    let def = (field as unknown as { _zod: { def: { type: string; innerType?: unknown } } })._zod.def;
    while (def.type === 'optional' && def.innerType) def = (def.innerType as { _zod: { def: typeof def } })._zod.def;
    if (def.type === 'array') result[key] = values.flatMap((value) => value.split(',')).filter(Boolean);
    else if (def.type === 'number') result[key] = values[0] === '' ? NaN : Number(values[0]);
    else result[key] = values[0];
  }
  return result;
}

/** A schema issue as a sentence for a problem's field errors: `Expected string`. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const phrase = describeIssue(issue);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function invalid(where: 'query' | 'body', error: z.core.$ZodError): ProblemResult {
  return problem(400, 'invalid_request', `The request ${where} is not valid`, {
    errors: error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || where,
      code: issue.code,
      message: issueMessage(issue),
    })),
  });
}

/** A schema-valid body made invalid, for the `schemaBreakRate` fault. */
function breakSchema(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { broken: true };
  const [first] = Object.keys(body);
  return first === undefined ? { broken: true } : { ...(body as Json), [first]: { broken: true } };
}

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Creates the mock billing API: msw handlers for every operation of the SDK's contract. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = options.baseUrl ?? '*/api';
  const store = options.store ?? new MockStore();
  const faults = options.faults instanceof Faults ? options.faults : new Faults(options.faults);
  let requestCount = 0;

  const respond = (result: RouteResult, requestId: string, decision: FaultDecision, replayed = false): Response => {
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (replayed) headers['idempotent-replayed'] = 'true';
    if (result.kind === 'problem') {
      return HttpResponse.json(
        {
          type: 'about:blank',
          title: result.title,
          status: result.status,
          code: result.code,
          detail: result.detail,
          errors: result.errors,
          requestId,
        },
        {
          status: result.status,
          headers: { ...headers, ...result.headers, 'content-type': 'application/problem+json' },
        },
      );
    }
    if (result.kind === 'empty') return new HttpResponse(null, { status: 204, headers });
    if (result.kind === 'file') {
      return new HttpResponse(result.bytes, {
        headers: {
          ...headers,
          'content-type': result.contentType,
          'content-disposition': contentDisposition(result.filename),
        },
      });
    }
    if (decision.malformedJson) {
      const text = JSON.stringify(result.body);
      return new HttpResponse(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
        status: result.status,
        headers: { ...headers, 'content-type': 'application/json' },
      });
    }
    return HttpResponse.json((decision.schemaBreak ? breakSchema(result.body) : result.body) as never, {
      status: result.status,
      headers,
    });
  };

  async function handle(
    operation: Operation,
    request: Request,
    params: Record<string, string>,
    cookies: Record<string, string>,
  ): Promise<Response> {
    requestCount += 1;
    const requestId = `req_${String(requestCount).padStart(6, '0')}`;
    const isWrite = operation.method !== 'GET';
    const decision = faults.decide(operation.id as OperationId, isWrite);
    if (decision.latencyMs > 0) await delay(decision.latencyMs);
    if (decision.hangMs !== null) {
      await delay(decision.hangMs);
      return HttpResponse.error();
    }
    if (decision.error !== null) {
      const headers: Record<string, string> =
        decision.error === 503 ? { 'retry-after': String(decision.retryAfterSeconds) } : {};
      return respond(
        problem(decision.error, 'injected_fault', 'A fault injected by the mock API', { headers }),
        requestId,
        decision,
      );
    }

    // A bearer token, or the session cookie a signed-in portal page sends on its own.
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? cookies.cc_session;
    const session = token ? store.authenticate(token) : undefined;
    if (!session) {
      return respond(
        problem(
          401,
          'unauthenticated',
          'Sign in: send a test token as `Authorization: Bearer <token>` or a `cc_session` cookie',
          {
            headers: { 'www-authenticate': 'Bearer' },
          },
        ),
        requestId,
        decision,
      );
    }
    const permissions = ROLE_PERMISSIONS[session.member.role];
    if (operation.permission !== null && !permissions.includes(operation.permission)) {
      return respond(
        problem(403, 'forbidden', `A ${session.member.role} contact may not do this (needs ${operation.permission})`),
        requestId,
        decision,
      );
    }

    const url = new URL(request.url);
    let query: Json = {};
    if (operation.query) {
      const parsed = z.safeParse(operation.query, queryObject(operation.query, url.searchParams));
      if (!parsed.success) return respond(invalid('query', parsed.error), requestId, decision);
      query = parsed.data as Json;
    }
    let body: unknown;
    if (operation.body) {
      let raw: unknown;
      try {
        raw = await request.json();
      } catch {
        return respond(problem(400, 'invalid_json', 'The request body is not JSON'), requestId, decision);
      }
      const parsed = z.safeParse(operation.body, raw);
      if (!parsed.success) return respond(invalid('body', parsed.error), requestId, decision);
      body = parsed.data;
    }

    const key = request.headers.get('idempotency-key');
    if (operation.requiresIdempotencyKey && !key) {
      return respond(
        problem(400, 'idempotency_key_required', 'Send an Idempotency-Key header with this request'),
        requestId,
        decision,
      );
    }
    const scope = session.organization.organization.id;
    const print = fingerprint(operation.id, url.pathname, body ?? null);
    if (key && isWrite) {
      const stored = store.idempotency.lookup(scope, key, print, store.now);
      if (stored === 'mismatch') {
        return respond(
          problem(422, 'idempotency_key_reused', 'This Idempotency-Key was used with another request'),
          requestId,
          decision,
        );
      }
      if (stored)
        return respond(stored.response as RouteResult, requestId, { ...decision, dropAfterCommit: false }, true);
    }

    let result: RouteResult;
    try {
      result = routes[operation.id as OperationId]({
        store,
        organization: session.organization,
        member: session.member,
        params,
        query,
        body,
      });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      result = error.result;
    }
    if (result.kind === 'json' && typeof operation.response !== 'string') {
      // A mock that breaks its own contract is a bug here, not in the widget under test.
      const checked = z.safeParse(operation.response, result.body);
      if (!checked.success) {
        result = problem(
          500,
          'mock_response_invalid',
          `The mock built an invalid ${operation.id} response: ${issueMessage(checked.error.issues[0]!)} at ${checked.error.issues[0]!.path.join('.')}`,
        );
      }
    }
    if (key && isWrite && (result.kind !== 'problem' || result.status < 500)) {
      store.idempotency.remember(scope, key, print, result, store.now);
    }
    if (decision.dropAfterCommit) return HttpResponse.error();
    return respond(result, requestId, decision);
  }

  // Static paths before parameterised ones, so `/invoices/summary` is not read as an invoice id.
  const ordered = Object.values(operations as Readonly<Record<string, Operation>>).sort(
    (a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0),
  );
  const operationHandlers = ordered.map((operation) => {
    const path = `${baseUrl}${operation.path.replace(/\{(\w+)\}/g, ':$1')}`;
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    // msw parses cookies for us: from the Cookie header in Node, from document.cookie in the
    // browser, where a service worker never sees the header.
    return http[method](path, ({ request, params, cookies }) =>
      handle(operation, request, params as Record<string, string>, cookies),
    );
  });

  const admin = `${baseUrl}/__mock`;
  const adminHandlers = [
    http.get(`${baseUrl}/health`, () =>
      HttpResponse.json({ status: 'ok', service: 'customer-center-mock-api', version: MOCK_API_VERSION }),
    ),
    http.post(`${admin}/reset`, () => {
      store.reset();
      faults.clear();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${admin}/users`, () =>
      HttpResponse.json(
        store.organizations.map(({ slug, organization, members }) => ({
          slug,
          organization: {
            id: organization.id,
            name: organization.name,
            country: organization.country,
            defaultCurrency: organization.defaultCurrency,
          },
          members: members.map(({ id, name, email, role, token }) => ({ id, name, email, role, token })),
        })),
      ),
    ),
    http.get(`${admin}/faults`, () => HttpResponse.json(faults.settings)),
    http.put(`${admin}/faults`, async ({ request }) => {
      const settings = await request.json().catch(() => undefined);
      if (!settings || typeof settings !== 'object' || Array.isArray(settings)) {
        return respond(
          problem(400, 'invalid_fault_settings', 'Send the fault settings as a JSON object'),
          'req_admin',
          NO_FAULTS,
        );
      }
      faults.set(settings as FaultSettings);
      return HttpResponse.json(faults.settings);
    }),
    http.delete(`${admin}/faults`, () => {
      faults.clear();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${admin}/clock`, async ({ request }) => {
      const { advanceMs } = ((await request.json().catch(() => ({}))) ?? {}) as { advanceMs?: unknown };
      if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
        return respond(
          problem(400, 'invalid_clock_advance', 'advanceMs must be a non-negative number'),
          'req_admin',
          NO_FAULTS,
        );
      }
      store.advance(advanceMs);
      return HttpResponse.json({ now: store.nowIso() });
    }),
    // A payment provider's tokenization endpoint, for pages that cannot import tokenizeTestCard
    // (the demo's card form). No token needed, as a provider's publishable key is public.
    http.post(`${admin}/tokens`, async ({ request }) => {
      const answer = (result: ProblemResult) => respond(result, 'req_admin', NO_FAULTS);
      const body: unknown = await request.json().catch(() => undefined);
      if (body === undefined) return answer(problem(400, 'invalid_json', 'The request body is not JSON'));
      const fields = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Json;
      const errors: { field: string; code: string; message: string }[] = [];
      const check = (ok: boolean, field: string, message: string) => {
        if (!ok) errors.push({ field, code: 'invalid', message });
      };
      const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
      const { kind, holderName } = fields;
      check(kind === 'card' || kind === 'bank', 'kind', 'kind must be "card" or "bank"');
      check(holderName === undefined || typeof holderName === 'string', 'holderName', 'holderName must be a string');
      if (kind === 'card') {
        const { expMonth, expYear } = fields;
        check(text(fields.number), 'number', 'number must be the card number, as a string');
        check(
          Number.isInteger(expMonth) && (expMonth as number) >= 1 && (expMonth as number) <= 12,
          'expMonth',
          'expMonth must be a month, 1 to 12',
        );
        check(
          Number.isInteger(expYear) && (expYear as number) >= 1000 && (expYear as number) <= 9999,
          'expYear',
          'expYear must be a four-digit year',
        );
      }
      if (kind === 'bank') {
        check(text(fields.account), 'account', 'account must be the account number (an IBAN), as a string');
      }
      if (errors.length > 0) {
        return answer(problem(400, 'invalid_request', 'The request body is not valid', { errors }));
      }

      const holder = typeof holderName === 'string' && holderName.trim() ? holderName.trim() : undefined;
      // The mock's tokens carry the test outcome, so only its test numbers can become one.
      try {
        const token =
          kind === 'card'
            ? tokenizeTestCard({
                number: fields.number as string,
                expMonth: fields.expMonth as number,
                expYear: fields.expYear as number,
                cvc: '',
                ...(holder ? { holderName: holder } : {}),
              })
            : tokenizeTestBankAccount(fields.account as string, holder);
        return HttpResponse.json({ token }, { status: 201 });
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        const [field, code, detail] =
          kind === 'card'
            ? ([
                'number',
                'not_a_test_card',
                'This is not one of the mock API’s test cards. Only the TEST_CARDS numbers can be tokenized: ' +
                  TEST_CARDS.map((test) => `${test.number} (${test.brand}, ${test.outcome})`).join(', '),
              ] as const)
            : ([
                'account',
                'not_a_test_bank_account',
                'This is not one of the mock API’s test bank accounts. Only the TEST_BANK_ACCOUNTS can be tokenized: ' +
                  TEST_BANK_ACCOUNTS.map((test) => `${test.account} (${test.outcome})`).join(', '),
              ] as const);
        return answer(problem(422, code, detail, { errors: [{ field, code, message: detail }] }));
      }
    }),
  ];

  return { handlers: [...adminHandlers, ...operationHandlers], store, faults };
}

/** The msw request handlers of the mock billing API. */
export function createHandlers(options: MockApiOptions = {}): RequestHandler[] {
  return createMockApi(options).handlers;
}
