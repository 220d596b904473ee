import { useMemo, useState } from 'react';

// React 19 treats <cc-…> tags as custom elements: a prop whose name the element knows as a
// property (`token`, `amountMinor`, `invoiceObjects`) is set as that property, so objects and
// arrays arrive as they are; other props (`api-base`, `page-size`) become attributes; and a
// function prop `on<event-name>` is added with addEventListener('<event-name>', …), so
// `oncc-invoice-select` listens to the widget's `cc-invoice-select` event.
export function App() {
  const [loaded, setLoaded] = useState(null);
  const [selected, setSelected] = useState(null);
  const [paymentNote, setPaymentNote] = useState('');
  // One array per selected invoice, so React does not hand the button a new one on every render.
  const toPay = useMemo(() => (selected ? [selected] : []), [selected]);

  function onInvoiceSelect(event) {
    // Show the host's own summary instead of the list's built-in detail dialog.
    event.preventDefault();
    setSelected(event.detail.invoice);
    setPaymentNote('');
  }

  return (
    <main>
      <h1>Customer Center in React</h1>
      <cc-billing-provider api-base="/api" token="test_us_billing">
        <section>
          <h2>Invoices</h2>
          <p id="loaded-note">
            {loaded
              ? `React got cc-invoices-loaded: a page of ${loaded.loaded} invoices (${loaded.totalCount} in all).`
              : ''}
          </p>
          <cc-invoice-list
            page-size="5"
            oncc-invoices-loaded={(event) => setLoaded(event.detail)}
            oncc-invoice-select={onInvoiceSelect}
          ></cc-invoice-list>
        </section>
        <section>
          <h2>Selected invoice</h2>
          {selected ? (
            <>
              <p id="selected-note">
                React got cc-invoice-select: {selected.number}, balance due{' '}
                <cc-money
                  amountMinor={selected.balanceDue.amountMinor}
                  currency={selected.balanceDue.currency}
                ></cc-money>
              </p>
              {selected.status === 'closed' ? (
                <p>This invoice is paid.</p>
              ) : (
                <cc-pay-button
                  invoiceObjects={toPay}
                  oncc-payment-cancel={(event) =>
                    setPaymentNote(`React got cc-payment-cancel for ${event.detail.invoiceIds.join(', ')}.`)
                  }
                  oncc-payment-succeeded={(event) =>
                    setPaymentNote(`React got cc-payment-succeeded: reference ${event.detail.payment.reference}.`)
                  }
                >
                  Pay {selected.number}
                </cc-pay-button>
              )}
              <p id="payment-note" role="status">
                {paymentNote}
              </p>
            </>
          ) : (
            <p>Choose an invoice number in the list.</p>
          )}
        </section>
      </cc-billing-provider>
    </main>
  );
}
