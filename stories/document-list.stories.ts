import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DocumentType } from '@customer-center/sdk';
import type { DocumentSort } from '@customer-center/widgets';
import type { MockApi } from '@customer-center/mock-api';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@customer-center/widgets/document-list';

// <cc-document-list> against the mock billing API (a billing contact of the US organisation).
// Each story gets a freshly seeded mock; see `parameters.mockApi`.

interface DocumentListArgs {
  type?: DocumentType;
  sort: DocumentSort;
  help: boolean;
}

const usOrganization = (mock: MockApi) => mock.store.organizations.find((organization) => organization.slug === 'us')!;

function withoutDocuments(mock: MockApi): void {
  const documents = usOrganization(mock).documents;
  documents.splice(0, documents.length);
  mock.store.touch();
}

/** The document whose file is missing in "Download failure shown", picked in its setup. */
let missingDocumentId = '';

/** A billing schedule whose plan is gone: the API has no file for it (404 document_file_missing). */
function withMissingFile(mock: MockApi): void {
  const document = usOrganization(mock).documents.find((candidate) => candidate.type === 'billing_schedule')!;
  document.relatedId = null;
  missingDocumentId = document.id;
  mock.store.touch();
}

const meta: Meta<DocumentListArgs> = {
  title: 'Widgets/cc-document-list',
  component: 'cc-document-list',
  args: { sort: 'newest', help: false },
  argTypes: {
    type: { control: 'select', options: [undefined, 'invoice', 'contract', 'order', 'billing_schedule', 'other'] },
    sort: { control: 'inline-radio', options: ['newest', 'oldest'] },
  },
  render: ({ type, sort, help }) =>
    html`<cc-document-list type=${ifDefined(type)} sort=${sort} ?help=${help}></cc-document-list>`,
};
export default meta;

type Story = StoryObj<DocumentListArgs>;

export const Default: Story = {};

export const Invoices: Story = { name: 'Type: invoices', args: { type: 'invoice' } };
export const Contracts: Story = { name: 'Type: contracts', args: { type: 'contract' } };
export const Orders: Story = { name: 'Type: orders', args: { type: 'order' } };
export const BillingSchedules: Story = { name: 'Type: billing schedules', args: { type: 'billing_schedule' } };
export const Other: Story = { name: 'Type: other', args: { type: 'other' } };

export const OldestFirst: Story = { name: 'Oldest first', args: { sort: 'oldest' } };

export const Loading: Story = {
  tags: ['stays-loading'],
  parameters: { mockApi: { faults: { latencyMs: 30_000 } } },
};

export const Empty: Story = {
  name: 'Empty (no documents)',
  parameters: { mockApi: { setup: withoutDocuments } },
};

export const ErrorState: Story = {
  name: 'Error',
  tags: ['api-errors'],
  args: { help: true },
  parameters: { mockApi: { faults: { errorRate: 1, errorStatus: 503, operations: ['listDocuments'] } } },
};

/** The API refuses documents to the signed-in role (403): no access, with the reason, not an error to retry. */
export const NoAccess: Story = {
  name: 'No access',
  tags: ['api-errors'],
  args: { help: true },
  parameters: { mockApi: { forbidden: ['listDocuments'] } },
};

export const DownloadFailure: Story = {
  name: 'Download failure shown',
  tags: ['api-errors'],
  args: { type: 'billing_schedule', help: true },
  parameters: { mockApi: { setup: withMissingFile } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('cc-document-list')!.shadowRoot!;
    const button = await waitFor(
      () => {
        const found = root.querySelector<HTMLButtonElement>(
          `tr[data-document="${missingDocumentId}"] [part~="download-button"]`,
        );
        if (!found) throw new globalThis.Error('document not listed yet');
        return found;
      },
      { timeout: 8000 },
    );
    await userEvent.click(button);
    await waitFor(() => expect(root.querySelector('[part~="download-error"]')).not.toBeNull(), { timeout: 8000 });
  },
};

export const Narrow: Story = {
  render: ({ type, sort, help }) =>
    html`<div style="inline-size: 22rem">
      <cc-document-list type=${ifDefined(type)} sort=${sort} ?help=${help}></cc-document-list>
    </div>`,
};
