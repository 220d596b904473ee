import type { FieldError } from '@customer-center/sdk';

/** An RFC 9457 problem the mock answers with. */
export interface ProblemResult {
  readonly kind: 'problem';
  readonly status: number;
  readonly title: string;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly headers?: Readonly<Record<string, string>>;
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(
  status: number,
  code: string,
  detail?: string,
  extra: { errors?: readonly FieldError[]; headers?: Readonly<Record<string, string>> } = {},
): ProblemResult {
  return { kind: 'problem', status, title: TITLES[status] ?? 'Error', code, ...(detail ? { detail } : {}), ...extra };
}

/** A thrown problem: route code can `throw fail(404, ...)` from deep inside a helper. */
export class ProblemError extends Error {
  readonly result: ProblemResult;
  constructor(result: ProblemResult) {
    super(`${result.status} ${result.code}`);
    this.result = result;
  }
}

export function fail(status: number, code: string, detail?: string, errors?: readonly FieldError[]): ProblemError {
  return new ProblemError(problem(status, code, detail, errors ? { errors } : {}));
}
