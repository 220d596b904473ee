import * as z from 'zod/mini';

// Shared building blocks of the contract. Every schema that gets an `id` in its metadata
// becomes a named component in the generated OpenAPI document.

/** An opaque identifier chosen by the server. */
export const Id = z.string().check(z.minLength(1), z.maxLength(128));

/** ISO 4217 alphabetic currency code. */
export const CurrencyCode = z
  .string()
  .check(
    z.regex(/^[A-Z]{3}$/),
    z.meta({ id: 'CurrencyCode', description: 'ISO 4217 alphabetic code', example: 'USD' }),
  );

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/), z.meta({ id: 'CountryCode', description: 'ISO 3166-1 alpha-2', example: 'IT' }));

/** Exact money: an integer of minor units (cents, yen, fils) and its currency. Never a float. */
export const Money = z
  .object({
    amountMinor: z.int().check(z.meta({ description: 'Integer count of the currency’s minor units' })),
    currency: CurrencyCode,
  })
  .check(z.meta({ id: 'Money', description: 'An exact amount in integer minor units of an ISO 4217 currency' }));

/** A calendar date, `YYYY-MM-DD`, with no time zone: due dates and issue dates. */
export const IsoDate = z.iso.date().check(z.meta({ description: 'Calendar date YYYY-MM-DD' }));

/** An instant with its UTC offset, `2026-11-22T10:15:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true }).check(z.meta({ description: 'RFC 3339 date-time' }));

export const Email = z.email().check(z.maxLength(254));

/** A decimal number written as a string so that no float rounding touches it, e.g. a tax rate `"22"` or `"8.875"`. */
export const DecimalString = z
  .string()
  .check(z.regex(/^-?\d+(\.\d+)?$/), z.meta({ description: 'Exact decimal number as a string' }));

export const Address = z
  .object({
    line1: z.string().check(z.minLength(1), z.maxLength(200)),
    line2: z.nullable(z.string().check(z.maxLength(200))),
    city: z.string().check(z.minLength(1), z.maxLength(100)),
    region: z.nullable(z.string().check(z.maxLength(100))),
    postalCode: z.string().check(z.minLength(1), z.maxLength(20)),
    country: CountryCode,
  })
  .check(z.meta({ id: 'Address' }));

/** Query parameters every list endpoint takes. */
export const PageQuery = z.object({
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});

/** A page of a cursor-paginated list. `nextCursor` is null on the last page. */
export function pageOf<Item extends z.ZodMiniType>(item: Item, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.nullable(z.string()),
      totalCount: z.int().check(z.minimum(0)),
    })
    .check(z.meta({ id }));
}

export type Money = z.output<typeof Money>;
export type Address = z.output<typeof Address>;
export type PageQuery = z.output<typeof PageQuery>;
