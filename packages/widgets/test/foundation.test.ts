import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createBillingClient, type BillingClient } from '@customer-center/sdk';
import { createMockApi, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import {
  billingClientContext,
  CcElement,
  CcSessionEndedEvent,
  emptyState,
  errorState,
  Loader,
  loadingState,
  sharedClient,
  stateStyles,
  tokens,
} from '@customer-center/widgets';
import '@customer-center/widgets/billing-provider';

// A minimal element on the foundation, as every billing widget is built: it finds its
// client, loads through it, shows the shared states, and reloads when its data changes.
class TestAccountName extends CcElement {
  static override styles = [tokens, stateStyles];
  protected override watchedTags = ['account', 'team'] as const;
  loads = 0;
  readonly #account = new Loader(
    this,
    async ([client]: readonly [BillingClient | undefined], { signal }) => {
      if (!client) return undefined;
      this.loads += 1;
      return client.account.retrieve({ signal });
    },
    () => [this.billingClient] as const,
  );

  protected override billingDataChanged(): void {
    void this.#account.run();
  }

  override render() {
    return this.#account.render({
      pending: () => loadingState(1),
      error: (error) => errorState(error, () => void this.#account.run()),
      complete: (account) =>
        account ? html`<span part="name">${account.organization.name}</span>` : emptyState('No billing API configured'),
    });
  }
}
customElements.define('cc-test-account', TestAccountName);

const nameOf = (el: Element) => el.shadowRoot?.querySelector('[part="name"]')?.textContent ?? null;
const settled = (el: TestAccountName) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part="name"], [part="error"], [part="empty"]'), 'element settled', {
    timeout: 4000,
  });

describe('widget foundation', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    // Same origin as the test page, so a session cookie reaches it as it would in a portal.
    mock = createMockApi({ baseUrl: '/api' });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    document.cookie = 'cc_session=; max-age=0; path=/';
    mock.faults.clear();
    mock.store.reset();
  });
  after(() => running.stop());

  it('works with attributes alone: api-base and the page’s session cookie', async () => {
    document.cookie = 'cc_session=test_it_billing; path=/';
    const el = await fixture<TestAccountName>(html`<cc-test-account api-base="/api"></cc-test-account>`);
    await settled(el);
    expect(nameOf(el)).to.equal('Officine Bellandi S.p.A.');
  });

  it('uses the nearest provider’s client', async () => {
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token="test_jp_billing">
        <section><cc-test-account></cc-test-account></section>
      </cc-billing-provider>`,
    );
    const el = wrapper.querySelector<TestAccountName>('cc-test-account')!;
    await settled(el);
    expect(nameOf(el)).to.equal('Sakurada Precision Industries Co., Ltd.');
  });

  it('prefers the client property over the provider, and the provider over api-base', async () => {
    const own = createBillingClient({ baseUrl: '/api', getToken: () => 'test_de_billing' });
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token="test_fr_billing">
        <cc-test-account id="own" .client=${own} api-base="/elsewhere"></cc-test-account>
        <cc-test-account id="provided" api-base="/elsewhere"></cc-test-account>
      </cc-billing-provider>`,
    );
    const [ownEl, providedEl] = ['#own', '#provided'].map((id) => wrapper.querySelector<TestAccountName>(id)!);
    await settled(ownEl!);
    await settled(providedEl!);
    expect(nameOf(ownEl!)).to.equal('Brandt & Söhne Maschinenbau GmbH');
    expect(nameOf(providedEl!)).to.equal('Lefèvre Aéronautique SAS');
  });

  it('shows a calm empty state when no client is configured, and tells the developer once', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<TestAccountName>(html`<cc-test-account></cc-test-account>`);
      await settled(el);
      await fixture(html`<cc-test-account></cc-test-account>`);
      expect(el.shadowRoot?.querySelector('[part="empty"]')?.getAttribute('role')).to.equal('status');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((message) => message.includes('<cc-test-account> has no billing client'))).to.have.length(1);
  });

  it('shares one client per API base on the page, even for two copies of the bundle', () => {
    expect(sharedClient('/api')).to.equal(sharedClient(new URL('/api', location.href).href));
    expect(sharedClient('/api', { token: 'a' })).not.to.equal(sharedClient('/api', { token: 'b' }));
    // The context key is a registered symbol: another copy's provider is found by this copy's elements.
    expect(billingClientContext).to.equal(Symbol.for('customer-center/billing-client'));
  });

  it('reloads every element showing data that changed through the shared client', async () => {
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token="test_us_billing">
        <cc-test-account id="a"></cc-test-account><cc-test-account id="b"></cc-test-account>
      </cc-billing-provider>`,
    );
    const [a, b] = ['#a', '#b'].map((id) => wrapper.querySelector<TestAccountName>(id)!);
    await settled(a!);
    await settled(b!);
    const loadsBefore = a!.loads + b!.loads;
    const client = sharedClient('/api', { token: 'test_us_billing' });
    const team = await client.team.retrieve();
    const someone = team.members.find((member) => !member.isCurrentUser && member.role !== 'billing')!;
    await client.team.updateRole(someone.id, 'executive');
    await waitUntil(() => a!.loads + b!.loads === loadsBefore + 2, 'both elements reloaded');
  });

  it('shows a localized error with the request id for support, and retries', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['retrieveAccount'] });
    const el = await fixture<TestAccountName>(
      html`<cc-billing-provider api-base="/api" token="test_nl_billing"
        ><cc-test-account></cc-test-account
      ></cc-billing-provider>`,
    ).then((wrapper) => wrapper.querySelector<TestAccountName>('cc-test-account')!);
    await settled(el);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('The billing service had a problem. Try again in a moment.');
    expect(error.textContent).to.match(/Reference for support: req_\d+/);
    await expect(el).to.be.accessible();
    mock.faults.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => nameOf(el) === 'Van der Berg Tuinbouwtechniek B.V.', 'retried');
  });

  it('announces loading with an accessible skeleton', async () => {
    mock.faults.set({ latencyMs: 400, operations: ['retrieveAccount'] });
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token="test_es_billing"
        ><cc-test-account></cc-test-account
      ></cc-billing-provider>`,
    );
    const el = wrapper.querySelector<TestAccountName>('cc-test-account')!;
    await el.updateComplete;
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading…');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('sets lang from the provider’s locale, for the widgets inside', async () => {
    const wrapper = await fixture(
      html`<cc-billing-provider locale="ar"
        ><cc-money amount-minor="1234567" currency="KWD"></cc-money
      ></cc-billing-provider>`,
    );
    expect(wrapper.getAttribute('lang')).to.equal('ar');
    const money = wrapper.querySelector('cc-money')!;
    await money.updateComplete;
    expect(money.shadowRoot?.textContent).to.contain('د.ك.');
  });

  it('keeps its getToken client, and the data shown, when another property changes', async () => {
    let tokenCalls = 0;
    const getToken = () => {
      tokenCalls += 1;
      return 'test_jp_billing';
    };
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" .getToken=${getToken}
        ><cc-test-account></cc-test-account
      ></cc-billing-provider>`,
    );
    const provider = wrapper as HTMLElement & { locale?: string; updateComplete: Promise<unknown> };
    const el = wrapper.querySelector<TestAccountName>('cc-test-account')!;
    await settled(el);
    expect(el.loads).to.equal(1);
    const calls = tokenCalls;
    provider.locale = 'ja';
    await provider.updateComplete;
    await el.updateComplete;
    expect(el.loads, 'a new locale is not a new session: nothing reloads').to.equal(1);
    expect(tokenCalls).to.equal(calls);
    expect(nameOf(el)).to.equal('Sakurada Precision Industries Co., Ltd.');

    // A new getToken is a new session: the elements load again through the new client.
    (wrapper as HTMLElement & { getToken: () => string }).getToken = () => 'test_de_billing';
    await waitUntil(() => el.loads === 2 && nameOf(el) !== null, 'reloaded for the new session');
  });

  it('tells the page once, from the provider, when the session ends, however many widgets were refused', async () => {
    let token = 'test_us_expired';
    const ended: Event[] = [];
    const wrapper = await fixture(
      html`<div @cc-session-ended=${(event: Event) => ended.push(event)}>
        <cc-billing-provider api-base="/api" .getToken=${() => token}>
          <cc-test-account></cc-test-account><cc-test-account></cc-test-account>
        </cc-billing-provider>
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll<TestAccountName>('cc-test-account')];
    await Promise.all(elements.map((el) => settled(el)));
    for (const el of elements)
      expect(el.shadowRoot!.textContent).to.contain('Your session has ended. Sign in again to continue.');
    expect(ended).to.have.length(1);
    const [event] = ended as [CcSessionEndedEvent];
    expect(event).to.be.instanceOf(CcSessionEndedEvent);
    expect(event.detail.requestId).to.match(/^req_/);

    // Signed in again (the host's getToken now has a token), the retry loads.
    token = 'test_us_billing';
    elements[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => nameOf(elements[0]!) !== null, 'loaded after signing in again');
    expect(ended).to.have.length(1);
  });
});
