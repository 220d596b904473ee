import { msg } from '../i18n/msg.js';
import { ORDER_STATUSES, type InvoiceStatus, type OrderStatus } from '@customer-center/sdk';

// The words of <cc-order-tracker>, localized: statuses of orders and invoices, roles.

/** An order status in words. */
export function orderStatusLabel(status: OrderStatus): string {
  return {
    booked: msg('Booked'),
    provisioning: msg('Provisioning'),
    shipped: msg('Shipped'),
    delivered: msg('Delivered'),
    completed: msg('Completed'),
    cancelled: msg('Cancelled'),
  }[status];
}

/** What an order status means for the person waiting, shown under the order's status. */
export function orderStatusHint(status: OrderStatus): string {
  return {
    booked: msg('Received and confirmed; not started yet.'),
    provisioning: msg('Being prepared: stock allocated or licence keys generated.'),
    shipped: msg('On its way to you.'),
    delivered: msg('Delivered; installation or acceptance to follow.'),
    completed: msg('Done: delivered and accepted.'),
    cancelled: msg('Cancelled: nothing will be delivered or invoiced.'),
  }[status];
}

/** An invoice status as an order's invoice shows it. */
export function invoiceStatusLabel(status: InvoiceStatus): string {
  return { overdue: msg('Overdue'), open: msg('Open'), closed: msg('Paid') }[status];
}

export { contactRoleLabel as roleLabel } from '../base/labels.js';

export const isOrderStatus = (value: unknown): value is OrderStatus =>
  typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
