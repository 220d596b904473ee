import * as z from 'zod/mini';
import { ContactRole } from './account.js';
import { Email, Id, IsoDateTime } from './common.js';

export const TeamMember = z
  .object({
    id: Id,
    name: z.string(),
    email: Email,
    role: ContactRole,
    isCurrentUser: z.boolean(),
    joinedAt: IsoDateTime,
  })
  .check(z.meta({ id: 'TeamMember' }));

export const Invitation = z
  .object({
    id: Id,
    email: Email,
    role: ContactRole,
    invitedAt: IsoDateTime,
    expiresAt: IsoDateTime,
    status: z.enum(['pending', 'expired']),
  })
  .check(z.meta({ id: 'Invitation' }));

export const Team = z
  .object({ members: z.array(TeamMember), invitations: z.array(Invitation) })
  .check(z.meta({ id: 'Team' }));

export const TeamInvite = z.object({ email: Email, role: ContactRole }).check(z.meta({ id: 'TeamInvite' }));
export const TeamMemberUpdate = z.object({ role: ContactRole }).check(z.meta({ id: 'TeamMemberUpdate' }));

export type TeamMember = z.output<typeof TeamMember>;
export type Invitation = z.output<typeof Invitation>;
export type Team = z.output<typeof Team>;
export type TeamInvite = z.input<typeof TeamInvite>;
export type TeamMemberUpdate = z.input<typeof TeamMemberUpdate>;
