import * as z from 'zod/mini';
import { Id, IsoDateTime, Money, PageQuery, pageOf } from './common.js';

export const ORDER_STATUSES = ['booked', 'provisioning', 'shipped', 'delivered', 'completed', 'cancelled'] as const;
export const OrderStatus = z.enum(ORDER_STATUSES).check(z.meta({ id: 'OrderStatus' }));

export const Order = z
  .object({
    id: Id,
    number: z.string(),
    description: z.string(),
    placedAt: IsoDateTime,
    status: OrderStatus,
    total: Money,
    contractId: z.nullable(Id),
    invoiceIds: z.array(Id),
    trackingNumber: z.nullable(z.string()),
    history: z.array(z.object({ status: OrderStatus, at: IsoDateTime, note: z.nullable(z.string()) })),
  })
  .check(z.meta({ id: 'Order' }));

export const OrderListQuery = z.extend(PageQuery, {
  status: z.optional(OrderStatus),
  search: z.optional(z.string().check(z.maxLength(100))),
});
export const OrderPage = pageOf(Order, 'OrderPage');

export type OrderStatus = z.output<typeof OrderStatus>;
export type Order = z.output<typeof Order>;
export type OrderListQuery = z.input<typeof OrderListQuery>;
export type OrderPage = z.output<typeof OrderPage>;
