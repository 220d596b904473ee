import { fixture, html, waitUntil } from '@open-wc/testing';
import { type BillingClient } from '@customer-center/sdk';
import { type MockApi } from '@customer-center/mock-api';
import type { CcTeamMembers } from './team-members.js';
import './define.js';
import { button, clientFor, org, text } from '../../test/support.js';
export { BASE, button, clientFor, openDialogs, org, setPageLanguage, text, useMockApi } from '../../test/support.js';
export type { MockApiAccess } from '../../test/support.js';

// What the browser tests of <cc-team-members> share: the mock API, clients per role, and ways
// to find things in the element. No tests of its own.

/** A member of the store by name (a live object: `structuredClone` it to compare before and after). */
export function storeMember(mock: MockApi, name: string, slug = 'us') {
  return org(mock, slug).members.find((member) => member.name === name)!;
}

export interface MountOptions {
  readonly token?: string;
  readonly client?: BillingClient;
  readonly help?: boolean;
}

/** The element, loaded (or showing why it cannot be). */
export async function mount({
  token = 'test_us_billing',
  client = clientFor(token),
  help = false,
}: MountOptions = {}): Promise<CcTeamMembers> {
  const el = await fixture<CcTeamMembers>(html`<cc-team-members .client=${client} ?help=${help}></cc-team-members>`);
  await untilLoaded(el);
  return el;
}

export async function untilLoaded(el: CcTeamMembers): Promise<void> {
  await waitUntil(() => root(el).querySelector('.sections, [part~="no-access"], [part~="error"]'), 'team loaded', {
    timeout: 8000,
  });
  await el.updateComplete;
}

export const root = (el: CcTeamMembers): ShadowRoot => el.shadowRoot!;

export async function click(scope: ParentNode, label: string | RegExp): Promise<void> {
  await waitUntil(() => button(scope, label), `button ${label}`, { timeout: 8000 });
  const found = button(scope, label)!;
  // As a mouse click does: focus, then click.
  found.focus();
  found.click();
}

export const section = (el: CcTeamMembers, name: string): HTMLElement =>
  root(el).querySelector<HTMLElement>(`section.section--${name}`)!;

/** A member's row by the name shown. */
export const memberRow = (el: CcTeamMembers, name: string): HTMLElement | undefined =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="member"]')].find(
    (row) => text(row.querySelector('.row__title bdi')) === name,
  );

/** An invitation's row by its e-mail address. */
export const invitationRow = (el: CcTeamMembers, email: string): HTMLElement | undefined =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="invitation"]')].find(
    (row) => text(row.querySelector('.row__title')) === email,
  );

export const dialogOf = (el: CcTeamMembers): HTMLDialogElement => root(el).querySelector('dialog')!;

export const dialogError = (el: CcTeamMembers): string =>
  text(dialogOf(el).querySelector('[part~="failure"] .alert__message'));

export const status = (el: CcTeamMembers): string => text(root(el).querySelector('[part="status"]'));

export const activeIn = (el: CcTeamMembers): Element | null => root(el).activeElement;

/** The invitation form's fields. */
export const emailInput = (el: CcTeamMembers): HTMLInputElement =>
  root(el).querySelector<HTMLInputElement>('#invite-email')!;
export const roleSelect = (el: CcTeamMembers): HTMLSelectElement =>
  root(el).querySelector<HTMLSelectElement>('#invite-role')!;

/** The validation message a field points to with `aria-describedby`. */
export function fieldError(el: CcTeamMembers, field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return text(ids.map((id) => root(el).getElementById(id)).find((node) => node?.classList.contains('field-error')));
}

/** Fills the invitation form as a person does: the e-mail typed, the role chosen. */
export async function fillInvite(el: CcTeamMembers, email: string, role = ''): Promise<void> {
  const input = emailInput(el);
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const select = roleSelect(el);
  select.value = role;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Opens a row's dialog (Change role, Remove, Revoke) and waits for it. */
export async function openFrom(el: CcTeamMembers, row: HTMLElement, label: RegExp): Promise<void> {
  await click(row, label);
  await waitUntil(() => dialogOf(el).open, 'dialog open');
}

/** A problem+json answer, as the API refuses. */
export function problem(status: number, code: string, requestId = `req_${status}`): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Refused', status, code, requestId }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId },
  });
}
