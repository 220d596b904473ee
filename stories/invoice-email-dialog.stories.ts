import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { InvoiceStatus } from '@customer-center/sdk';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@customer-center/widgets/invoice-email-dialog';

// <cc-invoice-email-dialog> as <cc-invoice-list> opens it from "E-mail this list": a modal
// dialog that e-mails the invoices matching the list's filter. A button opens it here (also on
// the Docs page); each story's play function presses it and drives the form.

interface InvoiceEmailDialogArgs {
  status?: InvoiceStatus;
  search?: string;
  defaultRecipient?: string;
  help: boolean;
}

const T = { timeout: 8000 };

const dialogOf = (canvasElement: HTMLElement) => canvasElement.querySelector('cc-invoice-email-dialog')!;
const part = (canvasElement: HTMLElement, name: string) =>
  dialogOf(canvasElement).shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** Presses the page's button, as a person opens the dialog from the list. */
async function open(canvasElement: HTMLElement): Promise<void> {
  canvasElement.querySelector<HTMLButtonElement>('button.open')!.click();
  await waitFor(() => expect(dialogOf(canvasElement).open).toBe(true), T);
}

/** Types into a field (`recipients` or `message`) as a person does. */
function type(canvasElement: HTMLElement, name: 'recipients' | 'message', value: string): void {
  const field = part(canvasElement, name) as HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function send(canvasElement: HTMLElement): Promise<void> {
  await dialogOf(canvasElement).updateComplete;
  part(canvasElement, 'send-button')!.click();
}

const meta: Meta<InvoiceEmailDialogArgs> = {
  title: 'Widgets/cc-invoice-email-dialog',
  component: 'cc-invoice-email-dialog',
  args: { status: 'overdue', defaultRecipient: 'jordan.lee@example.com', help: false },
  argTypes: {
    status: { control: 'select', options: [undefined, 'open', 'overdue', 'closed'] },
    search: { control: 'text' },
    defaultRecipient: { name: 'default-recipient', control: 'text' },
  },
  render: ({ status, search, defaultRecipient, help }) =>
    html`<button
        type="button"
        class="open"
        @click=${(event: Event) => {
          const button = event.currentTarget as HTMLElement;
          void button.parentElement!.querySelector('cc-invoice-email-dialog')!.show();
        }}
      >
        E-mail this invoice list
      </button>
      <cc-invoice-email-dialog
        .filter=${{ ...(status ? { status } : {}), ...(search ? { search } : {}) }}
        default-recipient=${ifDefined(defaultRecipient)}
        ?help=${help}
        >${help ? html`<a slot="help" href="#support">Contact billing support</a>` : nothing}</cc-invoice-email-dialog
      >`,
};
export default meta;

type Story = StoryObj<InvoiceEmailDialogArgs>;

/** The form: the filter in words, the recipients (the signed-in person's address filled in), a message. */
export const Form: Story = {
  play: async ({ canvasElement }) => {
    await open(canvasElement);
  },
};

/** A search in the filter: described with the words searched for. */
export const WithSearch: Story = {
  name: 'Form: search in the filter',
  args: { status: undefined, search: 'PO-4471' },
  play: async ({ canvasElement }) => {
    await open(canvasElement);
  },
};

/** An address cut short and a message too long: each field says what is wrong, nothing is sent. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  play: async ({ canvasElement }) => {
    await open(canvasElement);
    type(canvasElement, 'recipients', 'jordan.lee@example.com, finance@');
    type(canvasElement, 'message', 'Please pay before the end of the month. '.repeat(30));
    await send(canvasElement);
    await waitFor(
      () => expect(dialogOf(canvasElement).shadowRoot!.querySelectorAll('[part~="field-error"]').length).toBe(2),
      T,
    );
  },
};

/** The API fails (503): the alert with its reference, and the host's help link. */
export const SendFailure: Story = {
  name: 'Send failure',
  tags: ['api-errors'],
  args: { help: true },
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['emailInvoices'] } } },
  play: async ({ canvasElement }) => {
    await open(canvasElement);
    await send(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull(), T);
  },
};

/** Sent: the confirmation says how many invoices went to whom; Close is what is left. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    await open(canvasElement);
    type(canvasElement, 'recipients', 'jordan.lee@example.com\naccounts.payable@example.com');
    type(canvasElement, 'message', 'The overdue invoices, as discussed.');
    await send(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'close-button')).not.toBeNull(), T);
    expect(part(canvasElement, 'confirmation')!.textContent).toContain('Sent');
  },
};
