import { msg } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import { CcHelpRequestEvent, type CcHelpRequestDetail } from '../events/help-request.js';

/** The element a help area belongs to: its `help` attribute turns the "Get help" button on. */
export interface HelpHost extends HTMLElement {
  readonly help: boolean;
}

/**
 * The help area of an error or detail view: the host's own content for `slot="help"` (a
 * link to its support page, say), and with the `help` attribute a "Get help" button that
 * sends `cc-help-request` with what the person was looking at. Styled by `stateStyles`.
 */
export function renderHelp(host: HelpHost, detail: CcHelpRequestDetail): TemplateResult {
  return html`<div part="help" class="cc-help">
    <slot name="help"></slot>
    ${
      host.help
        ? html`<button
            type="button"
            part="help-button"
            class="cc-help__button"
            @click=${() => host.dispatchEvent(new CcHelpRequestEvent(detail))}
          >
            ${msg('Get help')}
          </button>`
        : nothing
    }
  </div>`;
}
