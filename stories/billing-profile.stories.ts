import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { tokenizeTestCard, type MockApi, type OrganizationData } from '@customer-center/mock-api';
import type { CardTokenizer } from '@customer-center/widgets';
import '@customer-center/widgets/billing-profile';

// <cc-billing-profile> against the mock API: the four sections, an expired card, each role,
// an organisation that pays offline only, and its dialogs (edit, remove, add a card).

const us = (mock: MockApi): OrganizationData => mock.store.organizations.find((o) => o.slug === 'us')!;

const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element's shadow root, once it is rendered. */
const root = (canvasElement: HTMLElement): ShadowRoot | null =>
  canvasElement.querySelector('cc-billing-profile')?.shadowRoot ?? null;

/** The button whose words match `label`, in `scope`. */
const button = (scope: ParentNode | null | undefined, label: RegExp): HTMLButtonElement | undefined =>
  scope ? [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(text(b))) : undefined;

/** Waits for a button, then presses it as a mouse does: focus, then click. */
async function press(scope: () => ParentNode | null | undefined, label: RegExp): Promise<void> {
  await waitFor(() => expect(button(scope(), label)).toBeTruthy(), { timeout: 8000 });
  const found = button(scope(), label)!;
  found.focus();
  found.click();
}

const dialogOpen = (canvasElement: HTMLElement): boolean => root(canvasElement)?.querySelector('dialog')?.open ?? false;

/** A card form as a payment provider's adapter provides one: a fixed Visa test card. */
function testTokenizer(): CardTokenizer {
  return {
    mount(container) {
      const note = document.createElement('p');
      note.textContent = 'The payment provider’s card fields go here (test card Visa •••• 4242, 12/2031).';
      container.replaceChildren(note);
    },
    tokenize() {
      return Promise.resolve({
        ok: true,
        token: tokenizeTestCard({ number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123' }),
        brand: 'visa',
        last4: '4242',
      });
    },
  };
}

const meta: Meta = {
  title: 'Widgets/cc-billing-profile',
  component: 'cc-billing-profile',
  render: () => html`<cc-billing-profile></cc-billing-profile>`,
};
export default meta;

type Story = StoryObj;

/** Contacts, payment methods (with the seed's expired card and its banner), payments due and plans. */
export const Default: Story = {};

export const ContactsOnly: Story = {
  name: 'Section: contacts',
  render: () => html`<cc-billing-profile sections="contacts"></cc-billing-profile>`,
};

export const MethodsOnly: Story = {
  name: 'Section: payment methods (expired card banner)',
  render: () => html`<cc-billing-profile sections="methods"></cc-billing-profile>`,
};

export const DueOnly: Story = {
  name: 'Section: payments due',
  render: () => html`<cc-billing-profile sections="due"></cc-billing-profile>`,
};

export const PlansOnly: Story = {
  name: 'Section: plans',
  render: () => html`<cc-billing-profile sections="plans"></cc-billing-profile>`,
};

/** The default card has expired: the replacement becomes the default. */
export const DefaultCardExpired: Story = {
  name: 'Default card expired',
  parameters: {
    mockApi: {
      setup: (mock: MockApi) => {
        for (const method of us(mock).paymentMethods) method.isDefault = method.isExpired;
        mock.store.touch();
      },
    },
  },
  render: () => html`<cc-billing-profile sections="methods"></cc-billing-profile>`,
};

/** An executive contact may view the profile, not change it: read-only, with the reason. */
export const ReadOnly: Story = {
  name: 'Read-only (executive)',
  parameters: { mockApi: { token: 'test_us_executive' } },
};

/** A technical contact may not see the profile: told so. */
export const NoAccess: Story = {
  name: 'No access (technical)',
  // The API refuses the profile to this role (403): that refusal is what the story shows.
  tags: ['api-errors'],
  parameters: { mockApi: { token: 'test_us_technical' } },
};

/** Kuwait pays by wire transfer only: no saved payment methods, no online payment. */
export const OfflineOnlyCountry: Story = {
  name: 'Offline-only country (kw)',
  parameters: { mockApi: { token: 'test_kw_billing' } },
};

/** Edit a contact, clear its name and save: the field's message, nothing sent. */
export const EditContactValidation: Story = {
  name: 'Edit contact: validation errors',
  render: () => html`<cc-billing-profile sections="contacts"></cc-billing-profile>`,
  play: async ({ canvasElement }) => {
    await press(() => root(canvasElement)?.querySelector('[part~="contact"]'), /^Edit/);
    await waitFor(() => expect(root(canvasElement)?.querySelector('[part~="contact-form"]')).toBeTruthy(), {
      timeout: 8000,
    });
    const form = root(canvasElement)!.querySelector('[part~="contact-form"]')!;
    for (const name of ['name', 'city']) {
      const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await press(() => root(canvasElement)?.querySelector('[part~="contact-form"]'), /^Save$/);
    await waitFor(() => expect(root(canvasElement)?.querySelector('[part~="field-error"]')).toBeTruthy(), {
      timeout: 8000,
    });
  },
};

/** Remove a payment method: the confirmation dialog, focus on it. */
export const RemoveConfirmation: Story = {
  name: 'Remove: confirmation dialog',
  render: () => html`<cc-billing-profile sections="methods"></cc-billing-profile>`,
  play: async ({ canvasElement }) => {
    await press(() => root(canvasElement), /^Remove/);
    await waitFor(() => expect(dialogOpen(canvasElement)).toBe(true), { timeout: 8000 });
  },
};

/** Add a card: the dialog with the tokenizer's card form in it. */
export const AddCardDialog: Story = {
  name: 'Add a card: dialog with a tokenizer',
  render: () => html`<cc-billing-profile sections="methods" .tokenizer=${testTokenizer()}></cc-billing-profile>`,
  play: async ({ canvasElement }) => {
    await press(() => root(canvasElement)?.querySelector('[part~="methods"]'), /^Add a card$/);
    await waitFor(() => expect(dialogOpen(canvasElement)).toBe(true), { timeout: 8000 });
    await waitFor(
      () => expect(text(root(canvasElement)?.querySelector('[part~="card-form"]'))).toContain('card fields'),
      { timeout: 8000 },
    );
  },
};

/** The profile cannot be loaded: the error state with a retry. */
export const LoadError: Story = {
  name: 'Error',
  tags: ['api-errors'],
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, retryAfterSeconds: 0 } } },
};
