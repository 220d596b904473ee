import { msg } from '../i18n/msg.js';
import type { ContactRole, InvoiceType } from '@customer-center/sdk';

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

/** A contact role as a person is described by it ("a billing contact"), localized. */
export function contactRoleLabel(role: ContactRole): string {
  return { billing: msg('billing contact'), technical: msg('technical contact'), executive: msg('executive contact') }[
    role
  ];
}
