import { msg, str } from '../i18n/msg.js';
import { formatCount, plural } from '../i18n/plural.js';
import {
  BillingApiError,
  BillingAuthenticationError,
  BillingNetworkError,
  BillingNotFoundError,
  BillingPermissionError,
  BillingTimeoutError,
  BillingValidationError,
} from '@customer-center/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CcHelpRequestDetail, HelpTopic } from '../events/help-request.js';
import { renderHelp, type HelpHost } from './help.js';

/**
 * The loading, empty and error states every element shows the same way. Each is a plain
 * template function so an element places it where its content would be.
 */

/** A skeleton of `rows` lines, announced to screen readers as loading. */
export function loadingState(rows = 3, label: string = msg('Loading…')): TemplateResult {
  return html`<div part="loading" class="cc-loading" role="status" aria-live="polite">
    <span class="cc-visually-hidden">${label}</span>
    ${Array.from({ length: rows }, () => html`<span class="cc-skeleton" aria-hidden="true"></span>`)}
  </div>`;
}

/** A calm message for "nothing here", announced politely. */
export function emptyState(message: string): TemplateResult {
  return html`<div part="empty" class="cc-empty" role="status">${message}</div>`;
}

/** What went wrong, in words a billing user understands, localized. */
export function errorMessage(error: unknown): string {
  if (error instanceof BillingNetworkError)
    return msg('We could not reach the billing service. Check your connection and try again.');
  if (error instanceof BillingTimeoutError)
    return msg('The billing service is taking too long to answer. Try again in a moment.');
  if (error instanceof BillingAuthenticationError) return msg('Your session has ended. Sign in again to continue.');
  if (error instanceof BillingPermissionError)
    return msg('Your role does not allow this. Ask a billing contact of your organisation.');
  if (error instanceof BillingNotFoundError) return msg('We could not find this. It may have been removed.');
  if (error instanceof BillingValidationError)
    return msg('The billing service sent data we could not read. Try again later.');
  if (error instanceof BillingApiError && error.status >= 500)
    return msg('The billing service had a problem. Try again in a moment.');
  if (isMixedCurrencies(error))
    return msg('These invoices are in different currencies. Pay the invoices of one currency at a time.');
  return msg('Something went wrong. Try again.');
}

/** The API refused to pay invoices in several currencies at once: trying again cannot help. */
export function isMixedCurrencies(error: unknown): boolean {
  return error instanceof BillingApiError && error.code === 'mixed_currencies';
}

function requestIdOf(error: unknown): string | undefined {
  if (error instanceof BillingApiError || error instanceof BillingValidationError) return error.requestId;
  return undefined;
}

/**
 * The error, its request id for support, a retry button when `onRetry` is given, and the
 * help area (`slot="help"`, and "Get help" with the `help` attribute) when `help` is given.
 */
export function errorState(
  error: unknown,
  onRetry?: () => void,
  help?: { readonly host: HelpHost; readonly topic: HelpTopic; readonly reference?: string },
): TemplateResult {
  const requestId = requestIdOf(error);
  return html`<div part="error" class="cc-error" role="alert">
    <p class="cc-error__message">${errorMessage(error)}</p>
    ${requestId ? html`<p class="cc-error__reference">${msg(str`Reference for support: ${requestId}`)}</p>` : nothing}
    ${
      onRetry
        ? html`<button part="retry-button" class="cc-button" type="button" @click=${onRetry}>
            ${msg('Try again')}
          </button>`
        : nothing
    }
    ${help ? renderHelp(help.host, errorHelp(help.topic, error, help.reference)) : nothing}
  </div>`;
}

/** The help request of an error state: the message as shown and the request id for support. */
export function errorHelp(topic: HelpTopic, error: unknown, reference?: string): CcHelpRequestDetail {
  const requestId = requestIdOf(error);
  return {
    topic,
    message: errorMessage(error),
    ...(reference ? { reference } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/** What went wrong with an action (a save, a removal), in words, and the request id for support. */
export interface ActionFailure {
  readonly message: string;
  readonly requestId: string | undefined;
}

/** An action's failure: `describe` words the refusals the action knows, `errorMessage` the rest. */
export function failureOf(error: unknown, describe: (error: unknown) => string = errorMessage): ActionFailure {
  return { message: describe(error), requestId: requestIdOf(error) };
}

/** An action's failure as an alert beside it, with its reference for support and, given `help`, the help area. */
export function renderFailure(
  failure: ActionFailure | undefined,
  part: string,
  help?: { readonly host: HelpHost; readonly topic: HelpTopic },
): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  return html`<div part=${part} class="alert" role="alert">
    <p class="alert__message">${failure.message}</p>
    ${
      failure.requestId
        ? html`<p class="alert__reference">${msg(str`Reference for support: ${failure.requestId}`)}</p>`
        : nothing
    }
    ${
      help
        ? renderHelp(help.host, {
            topic: help.topic,
            message: failure.message,
            ...(failure.requestId ? { requestId: failure.requestId } : {}),
          })
        : nothing
    }
  </div>`;
}

/** "Load more" under a list: busy (announced, not disabled, so focus stays on it) while a page loads. */
export function loadMoreButton(busy: boolean, onClick: () => void, className = 'load-more'): TemplateResult {
  return html`<button
    part="load-more"
    class="cc-button secondary ${className}"
    type="button"
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${onClick}
  >
    ${busy ? msg('Loading…') : msg('Load more')}
  </button>`;
}

export const stateStyles = css`
  .cc-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .cc-loading {
    display: grid;
    gap: var(--_cc-space);
    padding-block: var(--_cc-space);
  }
  .cc-skeleton {
    display: block;
    block-size: 1.25em;
    border-radius: var(--_cc-radius);
    background: var(--_cc-color-surface-raised);
    animation: cc-pulse 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .cc-skeleton {
      animation: none;
    }
  }
  @keyframes cc-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .cc-empty {
    padding: calc(var(--_cc-space) * 3);
    color: var(--_cc-color-muted);
    text-align: center;
  }
  .cc-error {
    padding: calc(var(--_cc-space) * 2);
    border: 1px solid var(--_cc-color-danger);
    border-radius: var(--_cc-radius);
  }
  .cc-error__message {
    margin-block: 0 var(--_cc-space);
    color: var(--_cc-color-danger);
  }
  .cc-error__reference {
    margin-block: 0 var(--_cc-space);
    color: var(--_cc-color-muted);
    font-size: 0.875em;
    unicode-bidi: plaintext;
  }
  .cc-button {
    font: inherit;
    padding-block: calc(var(--_cc-space) * 0.75);
    padding-inline: calc(var(--_cc-space) * 2);
    border: 1px solid var(--_cc-color-accent);
    border-radius: var(--_cc-radius);
    background: var(--_cc-color-accent);
    color: var(--_cc-color-on-accent);
    cursor: pointer;
  }
  .cc-button:focus-visible {
    outline: var(--_cc-focus-ring);
    outline-offset: 2px;
  }
  .cc-help {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cc-space);
    margin-block-start: var(--_cc-space);
  }
  .cc-help__button {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_cc-color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .cc-help__button:focus-visible {
    outline: var(--_cc-focus-ring);
    outline-offset: 2px;
  }
  .cc-button.secondary {
    background: transparent;
    color: var(--_cc-color-accent);
  }
  .cc-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .alert {
    padding: var(--_cc-space);
    border: 1px solid var(--_error-color, var(--_cc-color-danger));
    border-radius: var(--_cc-radius);
  }
  .alert__message {
    margin: 0;
    color: var(--_error-color, var(--_cc-color-danger));
    overflow-wrap: anywhere;
  }
  .alert__reference {
    margin-block: calc(var(--_cc-space) * 0.5) 0;
    margin-inline: 0;
    color: var(--_cc-color-muted);
    font-size: 0.875em;
    unicode-bidi: plaintext;
  }
`;

/** What a live region says when a submitted form has problems. */
export function fieldsNeedAttention(count: number, locale: string): string {
  const shown = formatCount(count, locale);
  return plural(count, {
    zero: () => msg(str`${shown} fields need your attention.`, { id: 'fields-need-attention.zero' }),
    one: () => msg(str`${shown} field needs your attention.`, { id: 'fields-need-attention.one' }),
    two: () => msg(str`${shown} fields need your attention.`, { id: 'fields-need-attention.two' }),
    few: () => msg(str`${shown} fields need your attention.`, { id: 'fields-need-attention.few' }),
    many: () => msg(str`${shown} fields need your attention.`, { id: 'fields-need-attention.many' }),
    other: () => msg(str`${shown} fields need your attention.`, { id: 'fields-need-attention.other' }),
  });
}
