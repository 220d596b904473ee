/**
 * The billing API as an OpenAPI 3.1 document, generated from the contract (`operations` and the
 * zod schemas), so the document cannot drift from what the SDK sends and validates.
 *
 * Published as `@customer-center/sdk/openapi` and deliberately not exported from the package's
 * index: it pulls zod's JSON Schema conversion, which browser bundles do not need.
 * `npm run openapi` writes it to docs/openapi.json.
 */
import * as z from 'zod/mini';
import { OPERATION_SUMMARIES } from './operation-summaries.js';
import { operations, type Operation, type OperationId } from './operations.js';
import * as schemas from './schemas/index.js';

/** The document's `info.version`: the version of @customer-center/sdk (a test keeps them equal). */
export const OPENAPI_DOCUMENT_VERSION = '0.1.0';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type ZodSchema = z.core.$ZodType;

const SCHEMA_REF = '#/components/schemas/';
/** Synthetic ids of schemas that stay inline (query objects, bodies without an id); never in the output. */
const INLINE_ID_PREFIX = '__inline__';
const HTTP_METHOD_ORDER = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const DESCRIPTION = `The billing API behind Customer Center: invoices, payments, the billing profile, Support Rewards, orders, contracts, documents and the team.

- **Money.** Every amount is a \`Money\` object: \`amountMinor\` is an integer count of the currency's minor units (cents, yen, fils; never a float) and \`currency\` its ISO 4217 alphabetic code, e.g. \`{ "amountMinor": 123456, "currency": "USD" }\` for USD 1,234.56.
- **Errors.** Every error response is an RFC 9457 problem details body (\`application/problem+json\`, schema \`Problem\`) with the extension members \`code\` (machine-readable), \`requestId\` (quote it to support) and \`errors\` (per field). Every response carries an \`X-Request-Id\` header; 429 and 503 carry \`Retry-After\` (seconds).
- **Idempotency.** Writes marked as requiring an \`Idempotency-Key\` header replay the first response for the same key instead of acting again, so a write retried after a timeout or a lost connection takes effect once. Use a new key per attempt and the same key to retry that attempt.
- **Permissions.** \`x-permission\` names the permission of the signed-in user's contact role that an operation checks (403 without it); \`null\`: any signed-in user.
- **Lists** are cursor-paginated: pass \`limit\` and the previous page's \`nextCursor\` as \`cursor\`; \`nextCursor\` is null on the last page.
- **Dates** are \`YYYY-MM-DD\` calendar dates or RFC 3339 date-times with an offset.`;

/** Creates the OpenAPI 3.1.0 document of the billing API. Deterministic: the same contract gives the same JSON. */
export function createOpenApiDocument(): Record<string, unknown> {
  const allOperations: readonly Operation[] = Object.values(operations);
  const named = namedSchemas(allOperations);

  // Responses are documented in zod's input shape too, which leaves objects open (no
  // `additionalProperties: false`): the API may add fields later, and clients generated from
  // this document should ignore them, as the SDK does.
  const responseInline = inlineIds(allOperations.map((op) => op.response));
  const output = convert(named, responseInline, 'input');
  // Query parameters and bodies without an id of their own use the input shape (what a client sends).
  const requestInline = inlineIds(allOperations.flatMap((op) => [op.query, op.body]));
  const input = convert(named, requestInline, 'input');

  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const op of allOperations) {
    const item = (paths[op.path] ??= {});
    const method = op.method.toLowerCase();
    if (item[method]) throw new Error(`Two operations for ${op.method} ${op.path}`);
    item[method] = operationObject(op, {
      schema: (schema, io) => reference(schema, named, io === 'input' ? input : output),
      expand: (schema, io) => expand(schema, named, io === 'input' ? input : output),
    });
  }

  const tags = [...new Set(allOperations.map(tagOf))].sort(compare).map((name) => ({ name }));

  return {
    openapi: '3.1.0',
    info: {
      title: 'Customer Center Billing API',
      version: OPENAPI_DOCUMENT_VERSION,
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api' }],
    security: [{ bearerAuth: [] }],
    tags,
    paths: Object.fromEntries(
      Object.keys(paths)
        .sort(compare)
        .map((path) => [path, sortMethods(paths[path]!)]),
    ),
    components: {
      schemas: sortKeys(output.components),
      responses: errorResponses(),
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description:
            'The preferred language of human-readable texts, such as direct-debit mandate texts, e.g. `it-IT`.',
          schema: { type: 'string' },
        },
      },
      headers: {
        'X-Request-Id': {
          description: 'Identifies the request; quote it to support.',
          schema: { type: 'string' },
        },
        'Retry-After': {
          description: 'Seconds to wait before trying again.',
          schema: { type: 'integer', minimum: 0 },
        },
        'Content-Disposition': {
          description: '`attachment` with the file name, e.g. `attachment; filename="INV-2026-0042.pdf"` (RFC 6266).',
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The session token of the signed-in user.' },
      },
    },
  };
}

interface OperationContext {
  /** A JSON Schema for a zod schema: a `$ref` to its component, or the schema inline. */
  schema(schema: ZodSchema, io: 'input' | 'output'): JsonObject;
  /** The JSON Schema itself, never a `$ref`. */
  expand(schema: ZodSchema, io: 'input' | 'output'): JsonObject;
}

function operationObject(op: Operation, context: OperationContext): JsonObject {
  const parameters: Json[] = [];
  for (const [, name] of op.path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({ name: name!, in: 'path', required: true, schema: { type: 'string', minLength: 1 } });
  }
  if (op.query) parameters.push(...queryParameters(op, context.expand(op.query, 'input')));
  if (op.method !== 'GET') {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: op.requiresIdempotencyKey === true,
      description: op.requiresIdempotencyKey
        ? 'Required. Identifies this attempt: a request repeated with the same key gets the first response replayed instead of acting again. Use a new key per attempt.'
        : 'Optional for this operation; identifies the attempt when a client retries it.',
      schema: { type: 'string', minLength: 1 },
    });
  }
  parameters.push({ $ref: '#/components/parameters/AcceptLanguage' });

  const result: JsonObject = {
    tags: [tagOf(op)],
    summary: OPERATION_SUMMARIES[op.id as OperationId],
    description: describe(op),
    operationId: op.id,
    'x-permission': op.permission,
    parameters,
  };
  if (op.body) {
    result.requestBody = {
      required: true,
      content: { 'application/json': { schema: context.schema(op.body, 'input') } },
    };
  }
  result.responses = { [String(op.successStatus)]: successResponse(op, context), ...errorResponseRefs() };
  return result;
}

function describe(op: Operation): string {
  const lines = [
    op.permission === null
      ? 'Any signed-in user may call it.'
      : `Requires the \`${op.permission}\` permission (403 without it).`,
  ];
  if (op.requiresIdempotencyKey) {
    lines.push('Requires an `Idempotency-Key`: the server replays the first response for the same key.');
  }
  if (op.safe) lines.push('Safe to retry: repeating it has no further effect.');
  return lines.join(' ');
}

function queryParameters(op: Operation, query: JsonObject): Json[] {
  if (query.type !== 'object' || !isObject(query.properties)) {
    throw new Error(`The query of ${op.id} must be an object schema`);
  }
  const required = new Set(Array.isArray(query.required) ? query.required : []);
  return Object.entries(query.properties).map(([name, schema]) => {
    if (!isObject(schema)) throw new Error(`Query parameter ${name} of ${op.id} has no schema`);
    const parameter: JsonObject = { name, in: 'query', required: required.has(name) };
    if (typeof schema.description === 'string') parameter.description = schema.description;
    parameter.schema = schema;
    // Arrays repeat the key: `?invoiceIds=a&invoiceIds=b` (what the SDK's toSearchParams sends).
    if (schema.type === 'array') Object.assign(parameter, { style: 'form', explode: true });
    return parameter;
  });
}

function successResponse(op: Operation, context: OperationContext): JsonObject {
  const headers: JsonObject = { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
  if (op.response === 'empty') return { description: 'No content.', headers };
  if (op.response === 'binary') {
    const types = op.binaryTypes ?? ['application/octet-stream'];
    return {
      description: `The file (${types.join(' or ')}), named in \`Content-Disposition\`.`,
      headers: { ...headers, 'Content-Disposition': { $ref: '#/components/headers/Content-Disposition' } },
      content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    };
  }
  return {
    description: op.successStatus === 201 ? 'Created.' : 'OK.',
    headers,
    content: { 'application/json': { schema: context.schema(op.response, 'output') } },
  };
}

const ERRORS: readonly { status: string; name: string; description: string; retryAfter?: true }[] = [
  { status: '400', name: 'BadRequest', description: 'The request is malformed; `errors` lists the invalid fields.' },
  { status: '401', name: 'Unauthorized', description: 'No valid bearer token.' },
  { status: '403', name: 'Forbidden', description: 'The contact role lacks the permission (`x-permission`).' },
  { status: '404', name: 'NotFound', description: 'No such resource, or not visible to this organisation.' },
  {
    status: '409',
    name: 'Conflict',
    description: 'The request conflicts with the current state, e.g. a duplicate invitation.',
  },
  {
    status: '422',
    name: 'UnprocessableContent',
    description: 'Well-formed but refused by a business rule.',
  },
  {
    status: '429',
    name: 'TooManyRequests',
    description: 'Too many requests; try again after `Retry-After`.',
    retryAfter: true,
  },
  { status: '500', name: 'InternalServerError', description: 'The server failed.' },
  {
    status: '503',
    name: 'ServiceUnavailable',
    description: 'Temporarily unavailable; try again after `Retry-After`.',
    retryAfter: true,
  },
];

function errorResponses(): JsonObject {
  return Object.fromEntries(
    ERRORS.map(({ name, description, retryAfter }) => {
      const headers: JsonObject = { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
      if (retryAfter) headers['Retry-After'] = { $ref: '#/components/headers/Retry-After' };
      const content = { 'application/problem+json': { schema: { $ref: `${SCHEMA_REF}Problem` } } };
      return [name, { description, headers, content }];
    }),
  );
}

function errorResponseRefs(): JsonObject {
  return Object.fromEntries(ERRORS.map(({ status, name }) => [status, { $ref: `#/components/responses/${name}` }]));
}

function tagOf(op: Operation): string {
  const segment = op.path.split('/').find((part) => part.length > 0);
  if (!segment || segment.startsWith('{')) throw new Error(`No tag for ${op.path}`);
  return segment;
}

// ---------------------------------------------------------------------------------------------
// zod → JSON Schema

/**
 * The schemas that become components, by id: every schema of the contract (exported from
 * ./schemas or used by an operation) whose metadata carries an `id`.
 *
 * Not `z.globalRegistry`'s own id map: `z.extend(Invoice, …)` copies Invoice's `meta({ id })`
 * check into the extended schema, so registering InvoiceDetail re-points the id `Invoice` at
 * InvoiceDetail and leaves an intermediate schema claiming it (zod then refuses the conversion as
 * a duplicate id). The global registry also holds whatever else the process registered (other
 * packages, tests), which would make the document depend on what was imported.
 */
function namedSchemas(allOperations: readonly Operation[]): Map<string, ZodSchema> {
  const candidates: unknown[] = [
    ...Object.values(schemas),
    ...allOperations.flatMap((op) => [op.query, op.body, op.response]),
  ];
  const named = new Map<string, ZodSchema>();
  for (const candidate of candidates) {
    if (!(candidate instanceof z.core.$ZodType)) continue;
    const id = z.globalRegistry.get(candidate)?.id;
    if (id === undefined) continue;
    const existing = named.get(id);
    if (existing && existing !== candidate) throw new Error(`Two schemas of the contract have the id "${id}"`);
    named.set(id, candidate);
  }
  return named;
}

/** Synthetic ids for the schemas among `candidates` that have no id and so stay inline. */
function inlineIds(candidates: readonly unknown[]): Map<ZodSchema, string> {
  const ids = new Map<ZodSchema, string>();
  for (const candidate of candidates) {
    if (!(candidate instanceof z.core.$ZodType) || z.globalRegistry.get(candidate)?.id !== undefined) continue;
    if (!ids.has(candidate)) ids.set(candidate, `${INLINE_ID_PREFIX}${ids.size}`);
  }
  return ids;
}

/**
 * The global registry's metadata (descriptions, examples), with ids only on the schemas in
 * `ids`: a schema that merely inherited an id (see `namedSchemas`) is converted inline.
 */
class ContractRegistry extends z.core.$ZodRegistry<Record<string, unknown>> {
  readonly #idOf: ReadonlyMap<ZodSchema, string>;

  constructor(ids: ReadonlyMap<string, ZodSchema>) {
    super();
    for (const [id, schema] of ids) this._idmap.set(id, schema);
    this.#idOf = new Map([...ids].map(([id, schema]) => [schema, id]));
  }

  override get(schema: ZodSchema): Record<string, unknown> | undefined {
    const { id: _inherited, ...meta } = z.globalRegistry.get(schema) ?? {};
    const id = this.#idOf.get(schema);
    const result = id === undefined ? meta : { ...meta, id };
    return Object.keys(result).length > 0 ? result : undefined;
  }

  override has(schema: ZodSchema): boolean {
    return this.get(schema) !== undefined;
  }
}

interface Conversion {
  /** Every named schema, by id, with `$ref`s to each other as `#/components/schemas/<id>`. */
  readonly components: Record<string, JsonObject>;
  /** The schemas without an id, inline (their `$ref`s point at components). */
  readonly inline: Map<ZodSchema, JsonObject>;
}

function convert(
  named: ReadonlyMap<string, ZodSchema>,
  inline: ReadonlyMap<ZodSchema, string>,
  io: 'input' | 'output',
): Conversion {
  const registry = new ContractRegistry(
    new Map([...named, ...[...inline].map(([schema, id]) => [id, schema] as const)]),
  );
  const result = z.toJSONSchema(registry, {
    metadata: registry,
    io,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    cycles: 'ref',
    reused: 'inline',
    uri: (id) => `${SCHEMA_REF}${id}`,
    override: ({ jsonSchema }) => {
      // JSON Schema 2020-12 (and OpenAPI 3.1, which deprecates `example`) spell it `examples`.
      const schema = jsonSchema as Record<string, unknown>;
      if ('example' in schema) {
        schema.examples = [schema.example];
        delete schema.example;
      }
    },
  }) as { schemas: Record<string, Json> };
  if ('__shared' in result.schemas) throw new Error('zod extracted shared definitions the document cannot place');

  const converted = new Map<string, JsonObject>();
  for (const [id, schema] of Object.entries(result.schemas)) {
    if (!isObject(schema)) throw new Error(`Schema ${id} did not convert to an object`);
    // A component is not a JSON Schema resource of its own: no `$schema`, no `$id`.
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    converted.set(id, rest);
  }
  const resolveInline = (value: Json, seen: readonly string[]): Json => {
    if (Array.isArray(value)) return value.map((item) => resolveInline(item, seen));
    if (!isObject(value)) return value;
    const ref = value.$ref;
    if (typeof ref === 'string' && ref.startsWith(`${SCHEMA_REF}${INLINE_ID_PREFIX}`)) {
      const id = ref.slice(SCHEMA_REF.length);
      if (seen.includes(id)) throw new Error('An inline schema refers to itself; give it an id');
      const { $ref: _ref, ...siblings } = value;
      return resolveInline({ ...converted.get(id)!, ...siblings }, [...seen, id]);
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveInline(item, seen)]));
  };

  const components: Record<string, JsonObject> = {};
  for (const id of named.keys()) components[id] = resolveInline(converted.get(id)!, []) as JsonObject;
  const inlineSchemas = new Map<ZodSchema, JsonObject>();
  for (const [schema, id] of inline) inlineSchemas.set(schema, resolveInline(converted.get(id)!, [id]) as JsonObject);
  return { components, inline: inlineSchemas };
}

/** A `$ref` for a named schema, else the schema inline from `conversion`. */
function reference(schema: ZodSchema, named: ReadonlyMap<string, ZodSchema>, conversion: Conversion): JsonObject {
  const id = idOf(schema, named);
  return id === undefined ? expand(schema, named, conversion) : { $ref: `${SCHEMA_REF}${id}` };
}

/** The JSON Schema of `schema` from `conversion`, not a `$ref` (its own `$ref`s stay). */
function expand(schema: ZodSchema, named: ReadonlyMap<string, ZodSchema>, conversion: Conversion): JsonObject {
  const id = idOf(schema, named);
  const result = id === undefined ? conversion.inline.get(schema) : conversion.components[id];
  if (!result) throw new Error('A schema of an operation was not converted');
  return result;
}

function idOf(schema: ZodSchema, named: ReadonlyMap<string, ZodSchema>): string | undefined {
  for (const [id, candidate] of named) if (candidate === schema) return id;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// helpers

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Code-unit order: unlike `localeCompare`, the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort(compare)
      .map((key) => [key, record[key]!]),
  );
}

function sortMethods(item: Record<string, JsonObject>): Record<string, JsonObject> {
  const order = (method: string) => HTTP_METHOD_ORDER.indexOf(method);
  return Object.fromEntries(
    Object.keys(item)
      .sort((a, b) => order(a) - order(b))
      .map((m) => [m, item[m]!]),
  );
}
