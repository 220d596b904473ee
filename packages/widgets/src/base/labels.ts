import { msg } from '@lit/localize';
import type { InvoiceType } from '@customer-center/sdk';

/** An invoice type in words, localized. */
export function invoiceTypeLabel(type: InvoiceType): string {
  return {
    support: msg('Support'),
    subscription: msg('Subscription'),
    license: msg('License'),
    hardware: msg('Hardware'),
    consulting: msg('Consulting'),
  }[type];
}
