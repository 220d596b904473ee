import * as z from 'zod/mini';
import { Id, IsoDate, Money, PageQuery, pageOf } from './common.js';

export const CONTRACT_STATUSES = ['active', 'pending_renewal', 'expired', 'terminated'] as const;

export const Contract = z
  .object({
    id: Id,
    number: z.string(),
    name: z.string(),
    status: z.enum(CONTRACT_STATUSES),
    startDate: IsoDate,
    endDate: IsoDate,
    renewalDate: z.nullable(IsoDate),
    value: Money,
    documentIds: z.array(Id),
    invoiceIds: z.array(Id),
  })
  .check(z.meta({ id: 'Contract' }));

export const ContractListQuery = z.extend(PageQuery, { status: z.optional(z.enum(CONTRACT_STATUSES)) });
export const ContractPage = pageOf(Contract, 'ContractPage');

export type Contract = z.output<typeof Contract>;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type ContractListQuery = z.input<typeof ContractListQuery>;
export type ContractPage = z.output<typeof ContractPage>;
