import { msg, str } from '../i18n/msg.js';
import {
  BillingNotFoundError,
  BillingPermissionError,
  type BillingDocument,
  type DocumentType,
} from '@customer-center/sdk';
import { errorMessage } from '../base/states.js';

/** A document type in words (one document), localized. */
export function documentTypeLabel(type: DocumentType): string {
  return {
    invoice: msg('Invoice'),
    contract: msg('Contract'),
    order: msg('Order document'),
    billing_schedule: msg('Billing schedule'),
    other: msg('Other'),
  }[type];
}

/** A type filter's label (many documents), localized. */
export function documentFilterLabel(type: DocumentType | undefined): string {
  if (type === undefined) return msg('All');
  return {
    invoice: msg('Invoices'),
    contract: msg('Contracts'),
    order: msg('Order documents'),
    billing_schedule: msg('Billing schedules'),
    other: msg('Other'),
  }[type];
}

/** What the list says when a filter has no documents. */
export function emptyMessage(type: DocumentType | undefined): string {
  if (type === undefined)
    return msg('No documents yet. Invoices, contracts, order documents and billing schedules appear here.');
  return {
    invoice: msg('No invoices to download yet.'),
    contract: msg('No contract documents yet.'),
    order: msg('No order documents yet.'),
    billing_schedule: msg('No billing schedules yet.'),
    other: msg('No other documents yet.'),
  }[type];
}

export { contactRoleLabel as roleLabel } from '../base/labels.js';

/** The file format in a word: `PDF`, `CSV`, else the media subtype. */
export function fileFormat(document: BillingDocument): string {
  const mediaType = document.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType === 'text/csv') return 'CSV';
  const extension = /\.([a-z0-9]{1,8})$/i.exec(document.fileName)?.[1];
  if (extension) return extension.toUpperCase();
  return (mediaType.split('/')[1] ?? mediaType).toUpperCase();
}

/** A file size with the locale's unit: `338 kB`, `1.2 MB`, `950 byte`. */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit, digits] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte', 1]
      : bytes >= 1_000
        ? [bytes / 1_000, 'kilobyte', 0]
        : [bytes, 'byte', 0];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/** Why a download failed, in words a billing user understands, localized. */
export function downloadFailure(document: BillingDocument, error: unknown): { message: string; retryable: boolean } {
  const name = document.name;
  if (error instanceof BillingNotFoundError && error.code === 'document_file_missing') {
    return {
      message: msg(
        str`“${name}” cannot be downloaded: its file is missing from our records. Our billing support team can send you a copy.`,
      ),
      retryable: false,
    };
  }
  if (error instanceof BillingNotFoundError) {
    return {
      message: msg(str`“${name}” cannot be downloaded: it is no longer available. It may have been removed.`),
      retryable: false,
    };
  }
  if (error instanceof BillingPermissionError) {
    return {
      message: msg(
        str`“${name}” cannot be downloaded: your role does not allow it. Ask a billing contact of your organisation.`,
      ),
      retryable: false,
    };
  }
  return { message: msg(str`“${name}” could not be downloaded. ${errorMessage(error)}`), retryable: true };
}
