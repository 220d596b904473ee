import { CONTACT_ROLES, type BillingContact, type ContactRole, type Invitation } from '@customer-center/sdk';
import type { MockMember } from '../model.js';
import type { Random } from '../random.js';
import { instantOf } from './calendar.js';
import { fillPattern, type CountrySpec, type Person } from './countries.js';

export interface People {
  readonly members: MockMember[];
  readonly invitations: Invitation[];
  readonly contacts: BillingContact[];
}

const INVITATION_DAYS = 14;

/** A moment in office hours (07:00–18:59 UTC) of a day. */
export function officeHours(random: Random, day: number): string {
  return instantOf(day, random.int(7 * 3600, 19 * 3600 - 1));
}

export function phoneNumber(random: Random, spec: CountrySpec): string {
  return fillPattern(spec.phonePattern, () => String(random.int(0, 9)));
}

/**
 * Members: one per contact role with the documented tokens `test_<slug>_<role>`, then two to
 * four more (`test_<slug>_<memberId>`); one or two pending invitations and an expired one;
 * one or two billing contacts, the billing member being the primary one.
 */
export function buildPeople(spec: CountrySpec, random: Random, today: number): People {
  const email = ([, local]: Person) => `${local}@${spec.domain}`;
  const members: MockMember[] = CONTACT_ROLES.map((role, index) => {
    const person = spec.people[index] as Person;
    return {
      id: random.id('usr'),
      name: person[0],
      email: email(person),
      role,
      locale: spec.locale,
      token: `test_${spec.slug}_${role}`,
      joinedAt: officeHours(random, today - random.int(400, 1500)),
    };
  });

  const others = random.shuffle(spec.people.slice(CONTACT_ROLES.length));
  const extraCount = random.int(2, 4);
  for (const person of others.slice(0, extraCount)) {
    const id = random.id('usr');
    const role = random.weighted<ContactRole>([
      ['billing', 4],
      ['technical', 4],
      ['executive', 2],
    ]);
    members.push({
      id,
      name: person[0],
      email: email(person),
      role,
      locale: random.chance(0.8) ? spec.locale : 'en',
      token: `test_${spec.slug}_${id}`,
      joinedAt: officeHours(random, today - random.int(30, 900)),
    });
  }

  const invitees = others.slice(extraCount);
  const pendingCount = random.int(1, 2);
  const invitations: Invitation[] = invitees.slice(0, pendingCount + 1).map((person, index) => {
    const pending = index < pendingCount;
    const invitedDay = pending ? today - random.int(1, 6) : today - random.int(30, 60);
    return {
      id: random.id('invt'),
      email: email(person),
      role: random.pick(CONTACT_ROLES),
      invitedAt: officeHours(random, invitedDay),
      expiresAt: officeHours(random, invitedDay + INVITATION_DAYS),
      status: pending ? 'pending' : 'expired',
    };
  });

  const billing = members[0] as MockMember;
  const contacts: BillingContact[] = [
    {
      id: random.id('bc'),
      name: billing.name,
      email: billing.email,
      phone: phoneNumber(random, spec),
      address: { ...spec.address },
      isPrimary: true,
    },
  ];
  if (random.chance(0.6)) {
    contacts.push({
      id: random.id('bc'),
      name: 'Accounts Payable',
      email: `accounts.payable@${spec.domain}`,
      phone: random.chance(0.5) ? phoneNumber(random, spec) : null,
      address: { ...spec.financeOffice },
      isPrimary: false,
    });
  }
  return { members, invitations, contacts };
}
