/// <reference types="node" />
import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { expect } from 'chai';
import * as sdk from '@customer-center/sdk';
import {
  createBillingClient,
  operations,
  type BillingClient,
  type Operation,
  type OperationId,
} from '@customer-center/sdk';
import { createOpenApiDocument, OPENAPI_DOCUMENT_VERSION } from '@customer-center/sdk/openapi';
import { OPERATION_SUMMARIES } from '../src/operation-summaries.js';

// Node only: SwaggerParser and the committed docs/openapi.json are read from the file system.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Record<string, unknown>;
  $ref?: string;
}
interface MediaTypes {
  [type: string]: { schema: Record<string, unknown> };
}
interface ResponseObject {
  $ref?: string;
  description?: string;
  headers?: Record<string, { $ref: string }>;
  content?: MediaTypes;
}
interface OperationObject {
  operationId: string;
  summary: string;
  tags: string[];
  'x-permission': string | null;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: MediaTypes };
  responses: Record<string, ResponseObject>;
}
interface Document {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, { properties?: Record<string, { type?: unknown }> }>;
    responses: Record<string, ResponseObject>;
    parameters: Record<string, Parameter>;
    securitySchemes: Record<string, { type: string; scheme?: string }>;
  };
}

const root = new URL('../../../', import.meta.url);
const document = createOpenApiDocument() as unknown as Document;
const allOperations: Operation[] = Object.values(operations);

function operationsOf(doc: Document): { path: string; method: string; operation: OperationObject }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );
}

function resolveResponse(response: ResponseObject): ResponseObject {
  const name = response.$ref?.replace('#/components/responses/', '');
  return name === undefined ? response : document.components.responses[name]!;
}

function resolveParameter(parameter: Parameter): Parameter {
  const name = parameter.$ref?.replace('#/components/parameters/', '');
  return name === undefined ? parameter : document.components.parameters[name]!;
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1.0 document', async () => {
    expect(document.openapi).to.equal('3.1.0');
    // SwaggerParser dereferences in place: give it a copy.
    const api = await SwaggerParser.validate(structuredClone(document) as never);
    expect(api).to.have.property('openapi', '3.1.0');
  });

  it('describes the API: title, version, conventions, server and bearer authentication', () => {
    const { version } = JSON.parse(readFileSync(new URL('packages/sdk/package.json', root), 'utf8')) as {
      version: string;
    };
    expect(OPENAPI_DOCUMENT_VERSION, 'OPENAPI_DOCUMENT_VERSION must follow packages/sdk/package.json').to.equal(
      version,
    );
    expect(document.info.title).to.equal('Customer Center Billing API');
    expect(document.info.version).to.equal(version);
    expect(document.info.description).to.include('minor units').and.include('ISO 4217');
    expect(document.info.description).to.include('RFC 9457').and.include('application/problem+json');
    expect(document.info.description).to.include('Idempotency-Key');
    expect(document.servers).to.deep.equal([{ url: '/api' }]);
    expect(document.components.securitySchemes.bearerAuth).to.include({ type: 'http', scheme: 'bearer' });
    expect(document.security).to.deep.equal([{ bearerAuth: [] }]);
  });

  it('has every operation of the contract at its path and method, and no other', () => {
    for (const op of allOperations) {
      const operation = document.paths[op.path]?.[op.method.toLowerCase()];
      expect(operation, `${op.method} ${op.path}`).to.not.equal(undefined);
      expect(operation!.operationId).to.equal(op.id);
      expect(operation!.summary).to.equal(OPERATION_SUMMARIES[op.id as OperationId]);
      expect(operation!.summary).not.to.equal('');
      expect(operation!['x-permission']).to.equal(op.permission);
      expect(operation!.tags).to.deep.equal([op.path.split('/')[1]]);
    }
    const documented = operationsOf(document).map(({ operation }) => operation.operationId);
    expect(documented).to.have.members(allOperations.map((op) => op.id));
  });

  it('documents parameters, bodies and responses as the contract says', () => {
    for (const op of allOperations) {
      const operation = document.paths[op.path]![op.method.toLowerCase()]!;
      const parameters = operation.parameters.map(resolveParameter);
      const pathParameters = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(pathParameters, op.id).to.deep.equal([...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
      expect(
        parameters.filter((p) => p.in === 'path').every((p) => p.required && p.schema?.type === 'string'),
      ).to.equal(true);

      const idempotencyKey = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (op.requiresIdempotencyKey) expect(idempotencyKey?.required, op.id).to.equal(true);
      else expect(idempotencyKey?.required ?? false, op.id).to.equal(false);
      const acceptLanguage = parameters.find((p) => p.in === 'header' && p.name === 'Accept-Language');
      expect(acceptLanguage?.required, op.id).to.equal(false);

      if (op.body) expect(operation.requestBody?.content['application/json']?.schema, op.id).to.be.an('object');
      else expect(operation.requestBody, op.id).to.equal(undefined);

      const success = operation.responses[String(op.successStatus)];
      expect(success, `${op.id} ${op.successStatus}`).to.be.an('object');
      expect(success!.headers).to.have.property('X-Request-Id');
      if (op.response === 'empty') {
        expect(success!.content, op.id).to.equal(undefined);
      } else if (op.response === 'binary') {
        expect(Object.keys(success!.content!)).to.have.members([...op.binaryTypes!]);
        for (const media of Object.values(success!.content!)) {
          expect(media.schema).to.deep.equal({ type: 'string', format: 'binary' });
        }
        expect(success!.headers).to.have.property('Content-Disposition');
      } else {
        expect(success!.content!['application/json']!.schema, op.id).to.be.an('object');
      }

      for (const status of ['400', '401', '403', '404', '409', '422', '429', '500', '503']) {
        const response = resolveResponse(operation.responses[status] ?? {});
        expect(response.content?.['application/problem+json']?.schema, `${op.id} ${status}`).to.deep.equal({
          $ref: '#/components/schemas/Problem',
        });
        expect(response.headers).to.have.property('X-Request-Id');
        if (status === '429' || status === '503') expect(response.headers).to.have.property('Retry-After');
      }
    }
  });

  it('documents array query parameters as repeated keys', () => {
    const parameters = document.paths['/payment-options']!.get!.parameters;
    expect(parameters.find((p) => p.name === 'invoiceIds')).to.deep.include({
      in: 'query',
      required: true,
      style: 'form',
      explode: true,
    });
    const list = document.paths['/invoices']!.get!.parameters;
    expect(list.find((p) => p.name === 'status')).to.deep.include({ in: 'query', required: false });
  });

  it('has the contract’s schemas as components, money as integer minor units', () => {
    const { schemas } = document.components;
    expect(schemas).to.include.keys('Money', 'Invoice', 'InvoiceDetail', 'Payment', 'PaymentCreate', 'Problem');
    expect(schemas.Money!.properties!.amountMinor!.type).to.equal('integer');
    // InvoiceDetail extends Invoice: both are whole, distinct objects.
    expect(schemas.Invoice!.properties).to.not.have.property('lines');
    expect(schemas.InvoiceDetail!.properties).to.include.keys('number', 'balanceDue', 'lines', 'remittance');
    const text = JSON.stringify(document);
    expect(text).to.not.match(/"\$schema"|"\$id"|__inline__|__shared/);
  });

  it('is deterministic, and docs/openapi.json is up to date', () => {
    expect(JSON.stringify(createOpenApiDocument())).to.equal(JSON.stringify(document));
    const committed = readFileSync(new URL('docs/openapi.json', root), 'utf8');
    // Compared as JSON in key order: the file is laid out by Prettier, but the order must match.
    const upToDate = JSON.stringify(JSON.parse(committed)) === JSON.stringify(document);
    expect(upToDate, 'docs/openapi.json is stale: run `npm run openapi` and commit the result').to.equal(true);
  });

  it('stays out of the SDK’s entry point (and so out of browser bundles)', () => {
    expect(sdk).to.not.have.property('createOpenApiDocument');
    const index = readFileSync(new URL('packages/sdk/src/index.ts', root), 'utf8');
    expect(index).to.not.match(/from\s+['"]\.\/openapi(\.js)?['"]/);
  });
});

// ---------------------------------------------------------------------------------------------
// Every SDK method sends a request the document describes.

type ResourceName = {
  [K in keyof BillingClient]: BillingClient[K] extends (...args: never[]) => unknown ? never : K;
}[keyof BillingClient];
type MethodName<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T] & string;

/** One plausible call of every method of every resource; the types make a new method a compile error here. */
const calls: { [R in ResourceName]: { [M in MethodName<BillingClient[R]>]: (resource: BillingClient[R]) => unknown } } =
  {
    account: {
      retrieve: (r) => r.retrieve(),
    },
    invoices: {
      list: (r) => r.list({ status: 'overdue', sort: '-dueDate', limit: 10, search: 'INV-2026' }),
      summary: (r) => r.summary({ currency: 'EUR', type: 'support' }),
      retrieve: (r) => r.retrieve('inv_1'),
      download: (r) => r.download('inv_1'),
      email: (r) => r.email({ recipients: ['ap@example.com'], filter: { status: 'open' }, message: 'As discussed' }),
    },
    paymentOptions: {
      retrieve: (r) => r.retrieve({ invoiceIds: ['inv_1', 'inv_2'] }),
    },
    payments: {
      create: (r) =>
        r.create({
          allocations: [{ invoiceId: 'inv_1', amount: { amountMinor: 123456, currency: 'USD' } }],
          method: { type: 'card', source: 'tok_visa' },
        }),
      confirm: (r) => r.confirm('pay_1', { approvalId: 'PAYID-1' }),
      retrieve: (r) => r.retrieve('pay_1'),
      list: (r) => r.list({ limit: 20, cursor: 'c_2' }),
    },
    profile: {
      retrieve: (r) => r.retrieve(),
      updateContact: (r) => r.updateContact('ct_1', { phone: '+39 02 1234 5678' }),
      addPaymentMethod: (r) => r.addPaymentMethod({ token: 'tok_mastercard', makeDefault: true, replaces: 'pm_old' }),
      setDefaultPaymentMethod: (r) => r.setDefaultPaymentMethod('pm_1'),
      removePaymentMethod: (r) => r.removePaymentMethod('pm_1'),
      retrieveBillingSchedule: (r) => r.retrieveBillingSchedule('plan_1'),
      downloadBillingSchedule: (r) => r.downloadBillingSchedule('plan_1', { format: 'csv' }),
      issuePaymentDueInvoice: (r) => r.issuePaymentDueInvoice('due_1'),
    },
    rewards: {
      retrieve: (r) => r.retrieve(),
      validate: (r) => r.validate({ code: 'SR7K-2M9Q-X4TP-8HZL', invoiceId: 'inv_1' }),
      apply: (r) => r.apply({ code: 'SR7K-2M9Q-X4TP-8HZL', invoiceId: 'inv_1' }),
    },
    orders: {
      list: (r) => r.list({ status: 'shipped', search: 'ORD-1' }),
      retrieve: (r) => r.retrieve('ord_1'),
    },
    contracts: {
      list: (r) => r.list({ status: 'active' }),
      retrieve: (r) => r.retrieve('ctr_1'),
      download: (r) => r.download('ctr_1'),
    },
    documents: {
      list: (r) => r.list({ type: 'invoice' }),
      download: (r) => r.download('doc_1'),
    },
    team: {
      retrieve: (r) => r.retrieve(),
      invite: (r) => r.invite({ email: 'new@example.com', role: 'technical' }),
      resendInvitation: (r) => r.resendInvitation('invt_1'),
      revokeInvitation: (r) => r.revokeInvitation('invt_1'),
      updateRole: (r) => r.updateRole('mem_1', 'executive'),
      remove: (r) => r.remove('mem_1'),
    },
  };

interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
}

/** The documented operation a request hits: literal segments win over `{placeholders}`. */
function matchOperation(request: RecordedRequest): OperationObject | undefined {
  const server = document.servers[0]!.url;
  if (!request.url.pathname.startsWith(`${server}/`)) return undefined;
  const path = request.url.pathname.slice(server.length);
  const candidates = Object.entries(document.paths)
    .filter(([template, item]) => {
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+');
      return new RegExp(`^${pattern}$`).test(path) && item[request.method.toLowerCase()] !== undefined;
    })
    .sort(([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  return candidates[0]?.[1][request.method.toLowerCase()];
}

describe('OpenAPI document and the SDK', () => {
  const requests: RecordedRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push({ method: request.method, url: new URL(request.url), headers: request.headers });
    const problem = { title: 'Recorded only', status: 500 };
    return new Response(JSON.stringify(problem), {
      status: 500,
      headers: { 'content-type': 'application/problem+json' },
    });
  };
  const client = createBillingClient({ baseUrl: 'http://billing.test/api', fetch: recordingFetch, maxRetries: 0 });

  it('has a call for every method of every resource', () => {
    const resources = Object.entries(client).filter(([, value]) => typeof value === 'object');
    expect(Object.keys(calls), 'resources of createBillingClient').to.have.members(resources.map(([name]) => name));
    for (const [name, resource] of resources) {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).filter((m) => m !== 'constructor');
      expect(Object.keys(calls[name as ResourceName]), `methods of client.${name}`).to.have.members(methods);
    }
  });

  it('sends every request to a documented operation, with documented parameters', async () => {
    const reached = new Set<string>();
    for (const [name, methods] of Object.entries(calls)) {
      const resource = client[name as ResourceName];
      for (const [method, call] of Object.entries(methods) as [string, (resource: unknown) => unknown][]) {
        requests.length = 0;
        // The recorded request is what matters; the SDK rejects the fake 500.
        await Promise.resolve(call(resource)).catch(() => undefined);
        const label = `client.${name}.${method}`;
        expect(requests, `${label} sends one request`).to.have.length(1);
        const request = requests[0]!;
        const operation = matchOperation(request);
        expect(operation, `${label}: ${request.method} ${request.url.pathname} is not in the document`).to.not.equal(
          undefined,
        );
        reached.add(operation!.operationId);

        const parameters = operation!.parameters.map(resolveParameter);
        const query = parameters.filter((p) => p.in === 'query');
        for (const key of new Set(request.url.searchParams.keys())) {
          expect(
            query.map((p) => p.name),
            `${label} sends ?${key}`,
          ).to.include(key);
        }
        for (const parameter of query.filter((p) => p.required)) {
          expect(request.url.searchParams.has(parameter.name), `${label} sends ?${parameter.name}`).to.equal(true);
        }
        const idempotencyKey = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
        if (idempotencyKey?.required) {
          expect(request.headers.has('Idempotency-Key'), `${label} sends an Idempotency-Key`).to.equal(true);
        }
        if (operation!.requestBody) {
          expect(request.headers.get('content-type'), `${label} sends JSON`).to.match(/^application\/json/);
        }
      }
    }
    // And the other way round: every documented operation is reachable from the SDK.
    expect([...reached]).to.have.members(operationsOf(document).map(({ operation }) => operation.operationId));
  });
});
