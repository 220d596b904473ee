import * as z from 'zod/mini';
import { CountryCode, CurrencyCode, Email, Id } from './common.js';

/** The contact types of the order document; the type decides what a person may do. */
export const CONTACT_ROLES = ['billing', 'technical', 'executive'] as const;
export const ContactRole = z.enum(CONTACT_ROLES).check(
  z.meta({
    id: 'ContactRole',
    description:
      'billing: finance contact, pays and manages invoices; technical: sales/technical contact, places orders; executive: oversees decisions',
  }),
);

export const PERMISSIONS = [
  'invoices:view',
  'invoices:pay',
  'profile:view',
  'profile:manage',
  'rewards:redeem',
  'orders:view',
  'contracts:view',
  'documents:view',
  'team:view',
  'team:manage',
] as const;
export const Permission = z.enum(PERMISSIONS).check(z.meta({ id: 'Permission' }));

/**
 * What each contact role may do. The server is the authority (it answers 403); this table
 * lets a widget show a read-only view with its reason before anyone presses a button.
 */
export const ROLE_PERMISSIONS: Readonly<Record<ContactRole, readonly Permission[]>> = {
  billing: [
    'invoices:view',
    'invoices:pay',
    'profile:view',
    'profile:manage',
    'rewards:redeem',
    'contracts:view',
    'documents:view',
    'team:view',
    'team:manage',
  ],
  technical: ['invoices:view', 'orders:view', 'contracts:view', 'documents:view', 'team:view'],
  executive: [
    'invoices:view',
    'profile:view',
    'orders:view',
    'contracts:view',
    'documents:view',
    'team:view',
    'team:manage',
  ],
};

export const Organization = z
  .object({
    id: Id,
    name: z.string(),
    country: CountryCode,
    defaultCurrency: CurrencyCode,
    currencies: z.array(CurrencyCode),
    /** Online payment is offered only in some countries; elsewhere pay offline. */
    onlinePaymentAvailable: z.boolean(),
  })
  .check(z.meta({ id: 'Organization' }));

export const SignedInUser = z
  .object({
    id: Id,
    name: z.string(),
    email: Email,
    role: ContactRole,
    permissions: z.array(Permission),
    locale: z.nullable(z.string()),
  })
  .check(z.meta({ id: 'SignedInUser' }));

export const Account = z
  .object({ organization: Organization, user: SignedInUser })
  .check(z.meta({ id: 'Account', description: 'The organisation and the signed-in user' }));

export type ContactRole = z.output<typeof ContactRole>;
export type Permission = z.output<typeof Permission>;
export type Organization = z.output<typeof Organization>;
export type SignedInUser = z.output<typeof SignedInUser>;
export type Account = z.output<typeof Account>;
