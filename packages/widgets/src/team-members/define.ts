import { defineElement } from '../define-element.js';
import { CcTeamMembers } from './team-members.js';

export { CcTeamMembers };

defineElement('cc-team-members', CcTeamMembers);

declare global {
  interface HTMLElementTagNameMap {
    'cc-team-members': CcTeamMembers;
  }
}
