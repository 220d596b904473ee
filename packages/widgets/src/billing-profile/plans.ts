import { msg, str } from '../i18n/msg.js';
import { formatDate, formatMoney, type BillingScheduleFormat, type Plan } from '@customer-center/sdk';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { frequencyLabel, planStatusLabel, termLabel } from './messages.js';

export interface PlanActions {
  /** Whether this plan's schedule is being downloaded in this format. */
  readonly downloading: (plan: Plan, format: BillingScheduleFormat) => boolean;
  readonly onDownload: (plan: Plan, format: BillingScheduleFormat) => void;
}

/** The plans on the account as a table (cards on narrow hosts), each with its billing schedule to download. */
export function renderPlansTable(plans: readonly Plan[], locale: string, actions: PlanActions): TemplateResult {
  const download = (plan: Plan, format: BillingScheduleFormat, label: string) => {
    const busy = actions.downloading(plan, format);
    return html`<button
      part="download-button"
      class="button button--small"
      type="button"
      data-format=${format}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => actions.onDownload(plan, format)}
    >
      ${busy ? msg('Downloading…') : label}<span class="cc-visually-hidden">
        ${msg(str`, billing schedule of ${plan.name}`)}</span
      >
    </button>`;
  };
  return html`<div class="table-wrap">
    <table part="plans" class="plans">
      <caption class="cc-visually-hidden">
        ${msg('Plans on the account')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Plan')}</th>
          <th scope="col">${msg('Term')}</th>
          <th scope="col" class="numeric">${msg('Amount')}</th>
          <th scope="col">${msg('Billed')}</th>
          <th scope="col">${msg('Next billing')}</th>
          <th scope="col">${msg('Status')}</th>
          <th scope="col">${msg('Billing schedule')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          plans,
          (plan) => plan.id,
          (plan) =>
            html`<tr data-plan=${plan.id}>
              <th scope="row" data-label=${msg('Plan')}><bdi>${plan.name}</bdi></th>
              <td data-label=${msg('Term')}>
                ${termLabel(plan.termMonths, locale)}
                <span class="muted period">
                  ${
                    plan.endDate
                      ? msg(str`${formatDate(plan.startDate, locale)} to ${formatDate(plan.endDate, locale)}`)
                      : msg(str`From ${formatDate(plan.startDate, locale)}`)
                  }
                </span>
              </td>
              <td class="numeric" data-label=${msg('Amount')}>${formatMoney(plan.amount, locale)}</td>
              <td data-label=${msg('Billed')}>${frequencyLabel(plan.billingFrequency)}</td>
              <td data-label=${msg('Next billing')}>
                ${
                  plan.nextBillingDate
                    ? formatDate(plan.nextBillingDate, locale)
                    : html`<span class="muted">${msg('None')}</span>`
                }
              </td>
              <td data-label=${msg('Status')}>
                <span part="plan-status" class="badge badge--plan-${plan.status}">${planStatusLabel(plan.status)}</span>
              </td>
              <td data-label=${msg('Billing schedule')}>
                <div class="downloads">
                  ${download(plan, 'csv', msg('Download CSV'))} ${download(plan, 'pdf', msg('Download PDF'))}
                </div>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
