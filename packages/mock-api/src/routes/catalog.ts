import { ROLE_PERMISSIONS } from '@customer-center/sdk';
import { contractPdf, invoicePdf, billingScheduleCsv } from '../documents.js';
import { createPdf } from '../pdf.js';
import { fail } from '../problem.js';
import { findOr404, json, matches, page, type Route } from './context.js';

export const retrieveAccount: Route = ({ organization, member }) =>
  json({
    organization: organization.organization,
    user: {
      id: member.id,
      name: member.name,
      email: member.email,
      role: member.role,
      permissions: [...ROLE_PERMISSIONS[member.role]],
      locale: member.locale,
    },
  });

export const listOrders: Route = ({ organization, query }) =>
  json(
    page(
      organization.orders
        .filter(
          (order) =>
            (query.status === undefined || order.status === query.status) &&
            (matches(order.number, query.search) || matches(order.description, query.search)),
        )
        .sort((a, b) => (a.placedAt < b.placedAt ? 1 : a.placedAt > b.placedAt ? -1 : 0)),
      query,
    ),
  );

export const retrieveOrder: Route = ({ organization, params }) =>
  json(findOr404(organization.orders, params.orderId ?? '', 'order'));

export const listContracts: Route = ({ organization, query }) =>
  json(
    page(
      organization.contracts.filter((contract) => query.status === undefined || contract.status === query.status),
      query,
    ),
  );

export const retrieveContract: Route = ({ organization, params }) =>
  json(findOr404(organization.contracts, params.contractId ?? '', 'contract'));

export const downloadContract: Route = ({ organization, params }) => {
  const contract = findOr404(organization.contracts, params.contractId ?? '', 'contract');
  return {
    kind: 'file',
    bytes: contractPdf(contract, organization.organization.name),
    contentType: 'application/pdf',
    filename: `${contract.number}.pdf`,
  };
};

export const listDocuments: Route = ({ organization, query }) =>
  json(
    page(
      organization.documents
        .filter((document) => query.type === undefined || document.type === query.type)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)),
      query,
    ),
  );

export const downloadDocument: Route = ({ organization, params }) => {
  const document = findOr404(organization.documents, params.documentId ?? '', 'document');
  const related = document.relatedId;
  if (document.type === 'invoice') {
    const invoice = organization.invoices.find((candidate) => candidate.id === related);
    if (invoice)
      return {
        kind: 'file',
        bytes: invoicePdf(invoice, organization.organization.name),
        contentType: 'application/pdf',
        filename: document.fileName,
      };
  }
  if (document.type === 'contract') {
    const contract = organization.contracts.find((candidate) => candidate.id === related);
    if (contract)
      return {
        kind: 'file',
        bytes: contractPdf(contract, organization.organization.name),
        contentType: 'application/pdf',
        filename: document.fileName,
      };
  }
  if (document.type === 'billing_schedule') {
    const plan = organization.plans.find((candidate) => candidate.id === related);
    const schedule = organization.schedules.find((candidate) => candidate.planId === related);
    if (plan && schedule)
      return {
        kind: 'file',
        bytes: billingScheduleCsv(plan, schedule),
        contentType: 'text/csv; charset=utf-8',
        filename: document.fileName,
      };
  }
  if (document.contentType !== 'application/pdf')
    throw fail(404, 'document_file_missing', `No file for ${document.name}`);
  // Order documents and others: a one-page PDF naming the document.
  const bytes = createPdf([{ items: [{ kind: 'text', x: 56, y: 62, text: document.name, font: 'bold', size: 16 }] }], {
    title: document.name,
  });
  return { kind: 'file', bytes, contentType: 'application/pdf', filename: document.fileName };
};
