import { msg, str } from '../i18n/msg.js';
import { schemas, type BillingContact, type BillingContactUpdate } from '@customer-center/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { HelpHost } from '../base/help.js';
import { renderFailure, type Failure } from './messages.js';

/** The contact form: what a person typed, checked field by field before anything is sent. */

export const CONTACT_FIELDS = [
  'name',
  'email',
  'phone',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactDraft = Record<ContactField, string>;
export type ContactErrors = Partial<Record<ContactField, string>>;
/** The parts of a contact an update changes, as `cc-profile-updated` names them. */
export type ContactChange = 'name' | 'email' | 'phone' | 'address';

/** The API's limits (`BillingContactUpdate`, `Address`). */
const MAX_LENGTH: Readonly<Partial<Record<ContactField, number>>> = {
  name: 200,
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postalCode: 20,
};

/** ISO 3166-1 alpha-2 codes, for the country list; the names come from `Intl.DisplayNames`. */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
  'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
  'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
  'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
  'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const countryLists = new Map<string, readonly (readonly [code: string, name: string])[]>();

/** Every country with its name in `locale`, sorted as the locale sorts. */
function countriesIn(locale: string): readonly (readonly [string, string])[] {
  let list = countryLists.get(locale);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames(locale, { type: 'region' });
    } catch {
      names = undefined;
    }
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => [code, names?.of(code) ?? code] as const).sort((a, b) =>
      collator.compare(a[1], b[1]),
    );
    countryLists.set(locale, list);
  }
  return list;
}

export function draftOf(contact: BillingContact): ContactDraft {
  const { address } = contact;
  return {
    name: contact.name,
    email: contact.email,
    phone: contact.phone ?? '',
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region ?? '',
    postalCode: address.postalCode,
    country: address.country,
  };
}

function requiredMessage(field: ContactField): string | undefined {
  switch (field) {
    case 'name':
      return msg('Enter the contact’s name.');
    case 'email':
      return msg('Enter an e-mail address.');
    case 'line1':
      return msg('Enter the street address.');
    case 'city':
      return msg('Enter the city.');
    case 'postalCode':
      return msg('Enter the postal code.');
    case 'country':
      return msg('Choose a country.');
    default:
      return undefined;
  }
}

/** The message for a value the API refused on this field, when the form did not catch it first. */
export function invalidMessage(field: ContactField): string {
  switch (field) {
    case 'email':
      return msg('Enter a valid e-mail address, like name@example.com.');
    case 'phone':
      return msg('Enter a valid phone number: 6 to 25 digits, spaces and + ( ) . / - only.');
    case 'country':
      return msg('Choose a country.');
    default:
      return msg('Check this field.');
  }
}

/** One message per field that is wrong, in the order of the form. Empty when the draft can be sent. */
export function validateDraft(draft: ContactDraft): ContactErrors {
  const errors: ContactErrors = {};
  for (const field of CONTACT_FIELDS) {
    const value = draft[field].trim();
    const required = requiredMessage(field);
    const max = MAX_LENGTH[field];
    if (value === '') {
      if (required) errors[field] = required;
    } else if (max !== undefined && value.length > max) {
      errors[field] = msg(str`Use at most ${max} characters.`);
    } else if (field === 'email' && !schemas.Email.safeParse(value).success) {
      errors[field] = invalidMessage(field);
    } else if (field === 'phone' && !schemas.Phone.safeParse(value).success) {
      errors[field] = invalidMessage(field);
    } else if (field === 'country' && !/^[A-Z]{2}$/.test(value)) {
      errors[field] = invalidMessage(field);
    }
  }
  return errors;
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** What the draft changes of the contact: the update to send and the names of what changed. */
export function changesOf(
  contact: BillingContact,
  draft: ContactDraft,
): { update: BillingContactUpdate; changed: ContactChange[] } {
  const update: BillingContactUpdate = {};
  const changed: ContactChange[] = [];
  const name = draft.name.trim();
  if (name !== contact.name) {
    update.name = name;
    changed.push('name');
  }
  const email = draft.email.trim();
  if (email !== contact.email) {
    update.email = email;
    changed.push('email');
  }
  const phone = optional(draft.phone);
  if (phone !== contact.phone) {
    update.phone = phone;
    changed.push('phone');
  }
  const address = {
    line1: draft.line1.trim(),
    line2: optional(draft.line2),
    city: draft.city.trim(),
    region: optional(draft.region),
    postalCode: draft.postalCode.trim(),
    country: draft.country.trim(),
  };
  const before = contact.address;
  if ((Object.keys(address) as (keyof typeof address)[]).some((key) => address[key] !== before[key])) {
    update.address = address;
    changed.push('address');
  }
  return { update, changed };
}

/** The form field a problem of the API's answer is about (`address.line1` → `line1`). */
export function fieldOfProblem(path: string): ContactField | undefined {
  const last = path.split('.').pop() ?? '';
  return (CONTACT_FIELDS as readonly string[]).includes(last) ? (last as ContactField) : undefined;
}

export interface ContactFormState {
  readonly contact: BillingContact;
  readonly draft: ContactDraft;
  readonly errors: ContactErrors;
  readonly saving: boolean;
  readonly failure: Failure | undefined;
}

export interface ContactFormHandlers {
  /** The element whose help area a failure to save shows; none while a dialog covers the form. */
  readonly help: HelpHost | undefined;
  readonly onInput: (field: ContactField, value: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onCancel: () => void;
}

/** The edit form of one contact, in place of its card. Field ids start with the contact's id. */
export function renderContactForm(
  state: ContactFormState,
  locale: string,
  { onInput, onSubmit, onCancel, help }: ContactFormHandlers,
): TemplateResult {
  const { contact, draft, errors, saving } = state;
  const id = (field: ContactField) => `${contact.id}-${field}`;
  const describedBy = (field: ContactField, hint?: string) =>
    [errors[field] ? `${id(field)}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
  const error = (field: ContactField) =>
    errors[field]
      ? html`<p id="${id(field)}-error" part="field-error" class="field-error">${errors[field]}</p>`
      : nothing;
  const input = (
    field: ContactField,
    label: string,
    autocomplete:
      | 'name'
      | 'email'
      | 'tel'
      | 'address-line1'
      | 'address-line2'
      | 'address-level1'
      | 'address-level2'
      | 'postal-code',
    { type = 'text', hint }: { type?: 'text' | 'email' | 'tel'; hint?: TemplateResult } = {},
  ) =>
    html`<div class="field field--${field}">
      <label class="label" for=${id(field)}>${label}</label>
      ${hint ?? nothing}
      <input
        id=${id(field)}
        class="input"
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        dir="auto"
        aria-invalid=${errors[field] ? 'true' : 'false'}
        aria-describedby=${describedBy(field, hint ? `${id(field)}-hint` : undefined)}
        ?readonly=${saving}
        .value=${live(draft[field])}
        @input=${(event: InputEvent) => onInput(field, (event.target as HTMLInputElement).value)}
      />
      ${error(field)}
    </div>`;
  const countries = countriesIn(locale);
  const known = countries.some(([code]) => code === draft.country);
  const onKeydown = (event: KeyboardEvent) => {
    // Escape leaves the form as Cancel does (not while saving).
    if (event.key !== 'Escape' || event.defaultPrevented || saving) return;
    event.preventDefault();
    onCancel();
  };
  return html`<form part="contact-form" class="contact-form" novalidate @submit=${onSubmit} @keydown=${onKeydown}>
    <h3 class="card__title">${msg(str`Edit ${contact.name}`)}</h3>
    ${input('name', msg('Name'), 'name')}
    ${input('email', msg('E-mail'), 'email', {
      type: 'email',
      hint: contact.isPrimary
        ? html`<p id="${id('email')}-hint" class="hint">
            ${msg('Invoices are e-mailed to this address. Changing it asks you to confirm.')}
          </p>`
        : undefined,
    })}
    ${input('phone', msg('Phone (optional)'), 'tel', { type: 'tel' })}
    <fieldset class="address-fields">
      <legend class="label">${msg('Postal address')}</legend>
      ${input('line1', msg('Street address'), 'address-line1')}
      ${input('line2', msg('Address line 2 (optional)'), 'address-line2')}
      ${input('city', msg('City'), 'address-level2')}
      ${input('region', msg('Region or state (optional)'), 'address-level1')}
      ${input('postalCode', msg('Postal code'), 'postal-code')}
      <div class="field field--country">
        <label class="label" for=${id('country')}>${msg('Country')}</label>
        <select
          id=${id('country')}
          class="input"
          name="country"
          autocomplete="country"
          aria-invalid=${errors.country ? 'true' : 'false'}
          aria-describedby=${describedBy('country')}
          ?disabled=${saving}
          @change=${(event: Event) => onInput('country', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${draft.country === ''}>${msg('Choose a country')}</option>
          ${
            known || draft.country === ''
              ? nothing
              : html`<option value=${draft.country} selected>${draft.country}</option>`
          }
          ${countries.map(
            ([code, name]) => html`<option value=${code} ?selected=${code === draft.country}>${name}</option>`,
          )}
        </select>
        ${error('country')}
      </div>
    </fieldset>
    ${renderFailure(state.failure, 'form-error', help)}
    <div class="actions">
      <button
        type="button"
        class="button button--secondary"
        aria-disabled=${saving ? 'true' : 'false'}
        @click=${() => !saving && onCancel()}
      >
        ${msg('Cancel')}
      </button>
      <button part="save-button" type="submit" class="button" aria-disabled=${saving ? 'true' : 'false'}>
        ${saving ? msg('Saving…') : msg('Save')}
      </button>
    </div>
  </form>`;
}
