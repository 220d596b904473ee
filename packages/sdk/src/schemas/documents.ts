import * as z from 'zod/mini';
import { Id, IsoDateTime, PageQuery, pageOf } from './common.js';

export const DOCUMENT_TYPES = ['invoice', 'contract', 'order', 'billing_schedule', 'other'] as const;

export const BillingDocument = z
  .object({
    id: Id,
    name: z.string(),
    type: z.enum(DOCUMENT_TYPES),
    createdAt: IsoDateTime,
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.int().check(z.minimum(0)),
    /** The invoice, contract, order or plan the document belongs to. */
    relatedId: z.nullable(Id),
  })
  .check(z.meta({ id: 'BillingDocument' }));

export const DocumentListQuery = z.extend(PageQuery, { type: z.optional(z.enum(DOCUMENT_TYPES)) });
export const DocumentPage = pageOf(BillingDocument, 'DocumentPage');

export type BillingDocument = z.output<typeof BillingDocument>;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type DocumentListQuery = z.input<typeof DocumentListQuery>;
export type DocumentPage = z.output<typeof DocumentPage>;
