import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { daysBetween, formatDate, formatMoney, todayIsoDate } from '@customer-center/sdk';
import { http, HttpResponse } from 'msw';
import type { CcContractList } from './contract-list.js';
import {
  announcement,
  button,
  clientFor,
  contractBody,
  expand,
  mount,
  numbers,
  org,
  press,
  root,
  rows,
  text,
  untilLoaded,
  useMockApi,
  withoutPermissions,
} from './contract-list.helpers.test.js';

// The list against the mock API: what it shows of the store, the status filter, paging, each
// role's view, and the loading, empty, error and no-access states. The detail of a contract,
// downloads and help have their own file, as do keyboard use, right-to-left and axe.

const STATUS_LABELS = {
  active: 'Active',
  pending_renewal: 'Pending renewal',
  expired: 'Expired',
  terminated: 'Terminated',
};

describe('<cc-contract-list>', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('shows every contract with its term, status, renewal date and value', async () => {
    const contracts = structuredClone(org(mock()).contracts);
    const el = await mount();
    expect(numbers(el)).to.have.members(contracts.map((contract) => contract.number));
    const headers = [...root(el).querySelectorAll('thead th')].map(text);
    expect(headers).to.deep.equal(['Contract', 'Term', 'Status', 'Renewal', 'Value', 'Actions']);
    for (const contract of contracts) {
      const body = contractBody(el, contract.number)!;
      const row = text(body);
      expect(row).to.contain(contract.name);
      expect(row).to.contain(formatDate(contract.startDate, 'en')).and.contain(formatDate(contract.endDate, 'en'));
      expect(text(body.querySelector('[part~="status"]'))).to.equal(STATUS_LABELS[contract.status]);
      expect(text(body.querySelector('.renewal'))).to.contain(
        contract.renewalDate ? formatDate(contract.renewalDate, 'en') : 'Does not renew',
      );
      expect(text(body.querySelector('td.numeric'))).to.equal(formatMoney(contract.value, 'en'));
      expect(text(body.querySelector('[part~="download-button"]'))).to.equal(`Download contract ${contract.number}`);
      // Collapsed until asked.
      expect(body.querySelector('[part~="disclosure"]')!.getAttribute('aria-expanded')).to.equal('false');
      expect(Boolean(body.querySelector('[part~="detail"]'))).to.equal(false);
    }
    const active = contracts.find((contract) => contract.status === 'active')!;
    expect(text(contractBody(el, active.number))).to.contain('36 months');
    await expect(el).to.be.accessible();
  });

  it('highlights a renewal due soon, and only that one', async () => {
    const contracts = structuredClone(org(mock()).contracts);
    const el = await mount();
    const pending = contracts.find((contract) => contract.status === 'pending_renewal')!;
    const days = daysBetween(todayIsoDate(), pending.renewalDate!);
    const body = contractBody(el, pending.number)!;
    expect(body.classList.contains('soon')).to.equal(true);
    expect(text(body.querySelector('[part~="renewal-soon"]'))).to.equal(`Renewal due in ${days} days`);
    const others = contracts.filter((contract) => contract.id !== pending.id);
    for (const contract of others) {
      expect(
        Boolean(contractBody(el, contract.number)!.querySelector('[part~="renewal-soon"]')),
        contract.status,
      ).to.equal(false);
    }
    // A shorter notice period than the days left: no highlight.
    el.renewalNoticeDays = days - 1;
    await el.updateComplete;
    expect(Boolean(body.querySelector('[part~="renewal-soon"]'))).to.equal(false);
    // An active contract whose renewal comes within the period is highlighted too.
    el.renewalNoticeDays = 5000;
    await el.updateComplete;
    const active = contracts.find((contract) => contract.status === 'active')!;
    expect(text(contractBody(el, active.number)!.querySelector('[part~="renewal-soon"]'))).to.match(
      /^Renewal due in \d+ days$/,
    );
  });

  it('filters by status with pressed buttons, announces the count, and reflects the status', async () => {
    const contracts = structuredClone(org(mock()).contracts);
    const el = await mount();
    const filters = root(el).querySelector('[part~="filters"]')!;
    expect(filters.getAttribute('role')).to.equal('group');
    expect([...filters.querySelectorAll('button')].map(text)).to.deep.equal([
      'All',
      'Active',
      'Pending renewal',
      'Expired',
      'Terminated',
    ]);
    expect(button(filters, 'All')!.getAttribute('aria-pressed')).to.equal('true');
    for (const status of ['expired', 'terminated', 'pending_renewal', 'active'] as const) {
      press(button(filters, STATUS_LABELS[status]));
      const expected = contracts.filter((contract) => contract.status === status).map((contract) => contract.number);
      await waitUntil(
        () => numbers(el).join() === expected.join() && announcement(el) === `Contracts shown: ${expected.length}`,
        `filtered to ${status}`,
        { timeout: 8000 },
      );
      expect(el.getAttribute('status')).to.equal(status);
      expect(button(filters, STATUS_LABELS[status])!.getAttribute('aria-pressed')).to.equal('true');
      expect(button(filters, 'All')!.getAttribute('aria-pressed')).to.equal('false');
    }
    press(button(filters, 'All'));
    await waitUntil(() => rows(el).length === contracts.length, 'all again', { timeout: 8000 });
    expect(el.hasAttribute('status')).to.equal(false);
  });

  it('starts filtered by the status attribute', async () => {
    const expired = structuredClone(org(mock()).contracts.find((contract) => contract.status === 'expired')!);
    const el = await mount({ status: 'expired' });
    expect(numbers(el)).to.deep.equal([expired.number]);
    expect(button(root(el), 'Expired')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('pages with "Load more"', async () => {
    const contracts = structuredClone(org(mock()).contracts);
    const el = await mount({ pageSize: 3 });
    expect(rows(el)).to.have.length(3);
    press(root(el).querySelector<HTMLButtonElement>('[part~="load-more"]'));
    await waitUntil(() => rows(el).length === contracts.length, 'all loaded', { timeout: 8000 });
    expect(Boolean(root(el).querySelector('[part~="load-more"]'))).to.equal(false);
    expect(announcement(el)).to.equal('More contracts loaded: 1');
    expect(numbers(el)).to.have.members(contracts.map((contract) => contract.number));
  });

  it('says when the organisation has no contracts, and when a filter finds none', async () => {
    const data = org(mock());
    data.contracts.find((contract) => contract.status === 'expired')!.status = 'active';
    mock().store.touch();
    const el = await mount({ status: 'expired' });
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No contracts with the status “Expired”.');
    // The filters stay, to leave the empty filter.
    expect(button(root(el), 'All')).to.not.equal(undefined);
    await expect(el).to.be.accessible();

    data.contracts.splice(0);
    mock().store.touch();
    const none = await mount();
    expect(text(root(none).querySelector('[part~="empty"]'))).to.equal('Your organisation has no contracts yet.');
    await expect(none).to.be.accessible();
  });

  for (const role of ['billing', 'technical', 'executive'] as const) {
    it(`shows the ${role} contact every contract, with its documents and invoices`, async () => {
      const data = structuredClone(org(mock()));
      const el = await mount({ token: `test_us_${role}` });
      expect(numbers(el)).to.have.members(data.contracts.map((contract) => contract.number));
      const active = data.contracts.find((contract) => contract.status === 'active')!;
      const detail = await expand(el, active.number);
      expect(detail.querySelectorAll('[part~="document"]')).to.have.length(active.documentIds.length);
      expect(detail.querySelectorAll('[part~="invoice"]')).to.have.length(active.invoiceIds.length);
      expect(Boolean(contractBody(el, active.number)!.querySelector('[part~="download-button"]'))).to.equal(true);
      expect(Boolean(root(el).querySelector('[part~="no-access"]'))).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('tells a role without contracts:view that it cannot see contracts', async () => {
    await withoutPermissions('technical', ['contracts:view'], async () => {
      const el = await mount({ token: 'test_us_technical' });
      const message = text(root(el).querySelector('[part~="no-access"]'));
      expect(message).to.contain('Your role cannot see contracts.');
      expect(message).to.contain('Your role: technical contact.');
      expect(Boolean(root(el).querySelector('table'))).to.equal(false);
      expect(Boolean(root(el).querySelector('[part~="filters"]'))).to.equal(false);
      expect(Boolean(root(el).querySelector('[part~="retry-button"]'))).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  it('treats a 403 from the contracts endpoint as no access, not as an error to retry', async () => {
    mock.use(
      http.get('*/api/contracts', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', requestId: 'req_forbidden' },
          { status: 403, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mount();
    expect(text(root(el).querySelector('[part~="no-access"]'))).to.contain('Your role cannot see contracts.');
    expect(Boolean(root(el).querySelector('[part~="error"]'))).to.equal(false);
  });

  it('shows a role without invoices:view or documents:view the rest of a contract', async () => {
    const active = structuredClone(org(mock()).contracts.find((contract) => contract.status === 'active')!);
    await withoutPermissions('technical', ['invoices:view'], async () => {
      const el = await mount({ token: 'test_us_technical' });
      const detail = await expand(el, active.number);
      expect(text(detail)).to.contain('Your role cannot see invoices.');
      expect(detail.querySelectorAll('[part~="document"]')).to.have.length(active.documentIds.length);
      await expect(el).to.be.accessible();
    });
    await withoutPermissions('executive', ['documents:view'], async () => {
      const el = await mount({ token: 'test_us_executive' });
      const detail = await expand(el, active.number);
      expect(text(detail)).to.contain('Your role cannot see documents.');
      expect(detail.querySelectorAll('[part~="invoice"]')).to.have.length(active.invoiceIds.length);
    });
  });

  it('shows a loading state, then an error with a retry that loads the list', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listContracts'] });
    const el = await mount({ wait: false });
    expect(Boolean(root(el).querySelector('[part~="loading"]'))).to.equal(true);
    expect(text(root(el).querySelector('[part~="loading"]'))).to.equal('Loading contracts…');
    await untilLoaded(el);
    const error = root(el).querySelector('[part~="error"]')!;
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    expect(text(error)).to.match(/Reference for support: req_\d+/);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    press(root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]'));
    await waitUntil(() => rows(el).length === org(mock()).contracts.length, 'loaded after retry', { timeout: 8000 });
  });

  it('asks for a client when it has none', async () => {
    const el = await fixture<CcContractList>(html`<cc-contract-list></cc-contract-list>`);
    await waitUntil(() => root(el).querySelector('[part~="empty"]'));
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('Connect a billing API to see contracts.');
  });

  it('reloads when contracts change through its client', async () => {
    const client = clientFor();
    const el = await mount({ client });
    const contract = org(mock()).contracts[0]!;
    contract.name = 'Renamed agreement';
    mock().store.touch();
    client.invalidate(['contracts']);
    await waitUntil(() => text(contractBody(el, contract.number)).includes('Renamed agreement'), 'reloaded', {
      timeout: 8000,
    });
  });
});
