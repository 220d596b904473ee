import * as z from 'zod/mini';

/** One invalid field of a request, in a problem's `errors`. */
export const FieldError = z
  .object({
    /** Dotted path of the field in the request body or query, e.g. `recipients.1`. */
    field: z.string(),
    code: z.string(),
    message: z.string(),
  })
  .check(z.meta({ id: 'FieldError' }));

/**
 * An RFC 9457 problem details body (`application/problem+json`). Extension members:
 * `code` (machine-readable), `requestId` (quote it to support), `errors` (per field).
 */
export const Problem = z
  .looseObject({
    type: z.optional(z.string()),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    code: z.optional(z.string()),
    requestId: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  })
  .check(z.meta({ id: 'Problem', description: 'RFC 9457 problem details' }));

export type FieldError = z.output<typeof FieldError>;
export type Problem = z.output<typeof Problem>;
