import type { Address, CardBrand, RemittanceInstructions } from '@customer-center/sdk';
import { taxRate, type LineKind, type TaxRate } from './amounts.js';

/**
 * The nine demo organisations: fictional customer companies, their people, and the local
 * entity and bank of the (equally fictional) vendor, Veridane Systems, that bills them.
 */

/** A person: display name and the local part of their e-mail address. */
export type Person = readonly [name: string, emailLocal: string];

export interface CountrySpec {
  readonly slug: string;
  readonly country: string;
  readonly currency: string;
  /** Every currency the organisation is invoiced in, the default first. */
  readonly currencies: readonly string[];
  readonly onlinePaymentAvailable: boolean;
  readonly locale: string;
  readonly company: string;
  readonly domain: string;
  readonly address: Address;
  /** A second office, for the second billing contact. */
  readonly financeOffice: Address;
  /** `X` is replaced by a random digit. */
  readonly phonePattern: string;
  /** The first three hold the billing, technical and executive roles; the rest join as extra members or are invited. */
  readonly people: readonly Person[];
  /** Sites named in order descriptions. */
  readonly sites: readonly string[];
  /** The tax on a line, by what is sold and the invoice's currency. */
  readonly taxFor: (kind: LineKind, currency: string) => TaxRate;
  /** Payment terms in days, most invoices use the first. */
  readonly paymentTerms: number;
  /** `X` is replaced by a random digit. */
  readonly poPattern: string;
  /** The saved card the organisation pays with. */
  readonly card: { readonly brand: CardBrand; readonly last4: string };
  /** Saved direct debit mandate, where the country has one. */
  readonly directDebit: { readonly scheme: 'sepa' | 'ach'; readonly last4: string } | null;
  readonly paypal: boolean;
  readonly remittance: Omit<RemittanceInstructions, 'referenceToQuote'>;
  /** Notes printed on some invoices. */
  readonly notes: readonly string[];
}

/** ISO 13616 check digits (mod 97), so the demo IBANs pass validation. */
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`
    .toUpperCase()
    .split('')
    .map((char) => (char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char))
    .join('');
  let remainder = 0;
  for (let index = 0; index < digits.length; index += 7) {
    remainder = Number(`${remainder}${digits.slice(index, index + 7)}`) % 97;
  }
  const check = String(98 - remainder).padStart(2, '0');
  return `${country}${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}

const rate = (name: string, value: string): TaxRate => taxRate(name, value);
const flat = (tax: TaxRate) => () => tax;

const US_SALES_TAX = rate('NY State and local sales tax', '8.875');
const US_EXEMPT = rate('Sales tax (exempt services)', '0');
const US_EUR = rate('No US sales tax (billed in EUR)', '0');

const SEPA_WIRE = (beneficiary: string, bankName: string, bankAddress: string, ibanText: string, bic: string) => ({
  beneficiary,
  bankName,
  bankAddress,
  iban: ibanText,
  bic,
  accountNumber: null,
  routingNumber: null,
});

export const COUNTRIES: readonly CountrySpec[] = [
  {
    slug: 'us',
    country: 'US',
    currency: 'USD',
    currencies: ['USD', 'EUR'],
    onlinePaymentAvailable: true,
    locale: 'en',
    company: 'Harborview Logistics, Inc.',
    domain: 'harborview-logistics.example',
    address: {
      line1: '1250 Avenue of the Americas',
      line2: 'Floor 18',
      city: 'New York',
      region: 'NY',
      postalCode: '10020',
      country: 'US',
    },
    financeOffice: {
      line1: '400 Harbor Boulevard',
      line2: 'Accounts Payable',
      city: 'Weehawken',
      region: 'NJ',
      postalCode: '07086',
      country: 'US',
    },
    phonePattern: '+1 212 555 01XX',
    people: [
      ['Emily Carter', 'emily.carter'],
      ['Marcus Johnson', 'marcus.johnson'],
      ['Sarah Whitfield', 'sarah.whitfield'],
      ['David Nguyen', 'david.nguyen'],
      ['Rachel Goldberg', 'rachel.goldberg'],
      ["Kevin O'Brien", 'kevin.obrien'],
      ['Aisha Thompson', 'aisha.thompson'],
      ['Brian Kowalski', 'brian.kowalski'],
      ['Laura Chen', 'laura.chen'],
      ['Michael Reyes', 'michael.reyes'],
    ],
    sites: ['Newark distribution center', 'Chicago cross-dock', 'Dallas warehouse', 'New York head office'],
    taxFor: (kind, currency) => (currency !== 'USD' ? US_EUR : kind === 'service' ? US_EXEMPT : US_SALES_TAX),
    paymentTerms: 30,
    poPattern: 'PO-XXXXX',
    card: { brand: 'visa', last4: '4242' },
    directDebit: { scheme: 'ach', last4: '6789' },
    paypal: true,
    remittance: {
      wire: {
        beneficiary: 'Veridane Systems Inc.',
        bankName: 'First Harbor Bank, N.A.',
        bankAddress: '200 Park Avenue, New York, NY 10166, United States',
        iban: null,
        bic: 'FHBKUS33',
        accountNumber: '4820019375',
        routingNumber: '026014575',
      },
      ach: { beneficiary: 'Veridane Systems Inc.', routingNumber: '026014575', accountNumber: '4820019375' },
      cheque: {
        payableTo: 'Veridane Systems Inc.',
        mailTo: {
          line1: 'Veridane Systems Inc., Lockbox 774512',
          line2: 'PO Box 70450',
          city: 'Philadelphia',
          region: 'PA',
          postalCode: '19176-0450',
          country: 'US',
        },
      },
    },
    notes: ['Thank you for your business.', 'Please include the invoice number with your remittance.'],
  },
  {
    slug: 'it',
    country: 'IT',
    currency: 'EUR',
    currencies: ['EUR'],
    onlinePaymentAvailable: true,
    locale: 'it',
    company: 'Officine Bellandi S.p.A.',
    domain: 'officine-bellandi.example',
    address: {
      line1: 'Via Gian Battista Vico 42',
      line2: null,
      city: 'Milano',
      region: 'MI',
      postalCode: '20123',
      country: 'IT',
    },
    financeOffice: {
      line1: 'Via dei Mille 18',
      line2: 'Amministrazione',
      city: 'Brescia',
      region: 'BS',
      postalCode: '25122',
      country: 'IT',
    },
    phonePattern: '+39 02 XXXX XXXX',
    people: [
      ['Giulia Conti', 'giulia.conti'],
      ['Marco Bianchi', 'marco.bianchi'],
      ['Alessandra Greco', 'alessandra.greco'],
      ['Luca Esposito', 'luca.esposito'],
      ['Francesca Romano', 'francesca.romano'],
      ['Davide Colombo', 'davide.colombo'],
      ['Chiara Ricci', 'chiara.ricci'],
      ['Niccolò Fontana', 'niccolo.fontana'],
      ['Elena Marino', 'elena.marino'],
      ['Stefano Gallo', 'stefano.gallo'],
    ],
    sites: ['stabilimento di Brescia', 'sede di Milano', 'magazzino di Piacenza'],
    taxFor: flat(rate('IVA', '22')),
    paymentTerms: 60,
    poPattern: '4500XXXXXX',
    card: { brand: 'mastercard', last4: '4444' },
    directDebit: { scheme: 'sepa', last4: '3456' },
    paypal: false,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane Italia S.r.l.',
        'Banca Adriatica S.p.A.',
        'Corso Buenos Aires 18, 20124 Milano, Italia',
        iban('IT', 'X0542811101000000123456'),
        'BADRITMM',
      ),
      ach: null,
      cheque: null,
    },
    notes: ['Pagamento tramite bonifico bancario.', 'Contributo ambientale CONAI assolto ove dovuto.'],
  },
  {
    slug: 'es',
    country: 'ES',
    currency: 'EUR',
    currencies: ['EUR'],
    onlinePaymentAvailable: true,
    locale: 'es',
    company: 'Transportes Alvarado Hermanos S.A.',
    domain: 'alvarado-transportes.example',
    address: {
      line1: 'Calle de Alcalá 221',
      line2: '3.ª planta',
      city: 'Madrid',
      region: 'Madrid',
      postalCode: '28028',
      country: 'ES',
    },
    financeOffice: {
      line1: 'Avinguda Diagonal 601',
      line2: 'Departamento financiero',
      city: 'Barcelona',
      region: 'Barcelona',
      postalCode: '08028',
      country: 'ES',
    },
    phonePattern: '+34 91 XXX XX XX',
    people: [
      ['Lucía Fernández', 'lucia.fernandez'],
      ['Javier Martín', 'javier.martin'],
      ['Carmen Ruiz', 'carmen.ruiz'],
      ['Pablo García', 'pablo.garcia'],
      ['Marta Sánchez', 'marta.sanchez'],
      ['Alejandro López', 'alejandro.lopez'],
      ['Isabel Moreno', 'isabel.moreno'],
      ['Sergio Navarro', 'sergio.navarro'],
      ['Paula Jiménez', 'paula.jimenez'],
      ['Andrés Romero', 'andres.romero'],
    ],
    sites: ['centro logístico de Coslada', 'oficina de Madrid', 'delegación de Valencia'],
    taxFor: flat(rate('IVA', '21')),
    paymentTerms: 60,
    poPattern: 'PED-XXXXXX',
    card: { brand: 'visa', last4: '1881' },
    directDebit: { scheme: 'sepa', last4: '0123' },
    paypal: true,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane España S.L.',
        'Banco Meseta S.A.',
        'Paseo de la Castellana 95, 28046 Madrid, España',
        iban('ES', '91300001234567890123'),
        'BMESESMM',
      ),
      ach: null,
      cheque: null,
    },
    notes: ['Pago mediante transferencia bancaria.'],
  },
  {
    slug: 'sa',
    country: 'SA',
    currency: 'SAR',
    currencies: ['SAR'],
    onlinePaymentAvailable: true,
    locale: 'ar',
    company: 'Al-Noor Industrial Services Co.',
    domain: 'alnoor-industrial.example',
    address: {
      line1: 'King Fahd Road',
      line2: 'Al Olaya Tower B, 14th floor',
      city: 'Riyadh',
      region: 'Riyadh Province',
      postalCode: '12214',
      country: 'SA',
    },
    financeOffice: {
      line1: 'Prince Turki Street',
      line2: 'Finance Department',
      city: 'Al Khobar',
      region: 'Eastern Province',
      postalCode: '34424',
      country: 'SA',
    },
    phonePattern: '+966 11 XXX XXXX',
    people: [
      ['فيصل العتيبي', 'faisal.alotaibi'],
      ['نورة القحطاني', 'noura.alqahtani'],
      ['عبدالله الشهري', 'abdullah.alshehri'],
      ['سارة الغامدي', 'sara.alghamdi'],
      ['خالد الدوسري', 'khalid.aldossari'],
      ['ريم الزهراني', 'reem.alzahrani'],
      ['محمد الحربي', 'mohammed.alharbi'],
      ['لمى العنزي', 'lama.alanazi'],
      ['ياسر المالكي', 'yasser.almalki'],
      ['هند السبيعي', 'hind.alsubaie'],
    ],
    sites: ['Jubail plant', 'Riyadh head office', 'Dammam warehouse'],
    taxFor: flat(rate('VAT', '15')),
    paymentTerms: 30,
    poPattern: 'PO-XXXXXXX',
    card: { brand: 'visa', last4: '1111' },
    directDebit: null,
    paypal: false,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane Arabia LLC',
        'Gulf Crescent Bank',
        'King Abdulaziz Road, Riyadh 11411, Saudi Arabia',
        iban('SA', '65000000123456789012'),
        'GCBKSARI',
      ),
      ach: null,
      cheque: null,
    },
    notes: ['VAT registration number 300000000000003.'],
  },
  {
    slug: 'nl',
    country: 'NL',
    currency: 'EUR',
    currencies: ['EUR'],
    onlinePaymentAvailable: true,
    locale: 'nl',
    company: 'Van der Berg Tuinbouwtechniek B.V.',
    domain: 'vanderberg-tuinbouw.example',
    address: {
      line1: 'Westlandseweg 40',
      line2: null,
      city: 'Delft',
      region: 'Zuid-Holland',
      postalCode: '2624 AD',
      country: 'NL',
    },
    financeOffice: {
      line1: 'Stationsplein 12',
      line2: 'Crediteurenadministratie',
      city: 'Utrecht',
      region: 'Utrecht',
      postalCode: '3511 ED',
      country: 'NL',
    },
    phonePattern: '+31 15 XXX XXXX',
    people: [
      ['Sanne de Vries', 'sanne.devries'],
      ['Daan Jansen', 'daan.jansen'],
      ['Eva van Dijk', 'eva.vandijk'],
      ['Lars Bakker', 'lars.bakker'],
      ['Femke Visser', 'femke.visser'],
      ['Thijs Smit', 'thijs.smit'],
      ['Lotte Meijer', 'lotte.meijer'],
      ['Bram de Boer', 'bram.deboer'],
      ['Noor Mulder', 'noor.mulder'],
      ['Ruben Hendriks', 'ruben.hendriks'],
    ],
    sites: ['kassencomplex Naaldwijk', 'kantoor Delft', 'distributiecentrum Venlo'],
    taxFor: flat(rate('BTW', '21')),
    paymentTerms: 30,
    poPattern: 'INK-XXXXXX',
    card: { brand: 'mastercard', last4: '5100' },
    directDebit: { scheme: 'sepa', last4: '4300' },
    paypal: true,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane Nederland B.V.',
        'Polder Bank N.V.',
        'Zuidas 120, 1082 MS Amsterdam, Nederland',
        iban('NL', 'PLDR0123456789'),
        'PLDRNL2A',
      ),
      ach: null,
      cheque: null,
    },
    notes: ['Betaling graag onder vermelding van het factuurnummer.'],
  },
  {
    slug: 'fr',
    country: 'FR',
    currency: 'EUR',
    currencies: ['EUR'],
    onlinePaymentAvailable: true,
    locale: 'fr',
    company: 'Lefèvre Aéronautique SAS',
    domain: 'lefevre-aero.example',
    address: {
      line1: '18 avenue Édouard Belin',
      line2: null,
      city: 'Toulouse',
      region: 'Occitanie',
      postalCode: '31400',
      country: 'FR',
    },
    financeOffice: {
      line1: '52 rue de la Victoire',
      line2: 'Service comptabilité fournisseurs',
      city: 'Paris',
      region: 'Île-de-France',
      postalCode: '75009',
      country: 'FR',
    },
    phonePattern: '+33 5 XX XX XX XX',
    people: [
      ['Camille Dubois', 'camille.dubois'],
      ['Julien Moreau', 'julien.moreau'],
      ['Élodie Laurent', 'elodie.laurent'],
      ['Thomas Lefebvre', 'thomas.lefebvre'],
      ['Manon Girard', 'manon.girard'],
      ['Antoine Roux', 'antoine.roux'],
      ['Chloé Fournier', 'chloe.fournier'],
      ['Hugo Mercier', 'hugo.mercier'],
      ['Léa Bonnet', 'lea.bonnet'],
      ['Nicolas Faure', 'nicolas.faure'],
    ],
    sites: ['site de Blagnac', 'siège de Toulouse', 'atelier de Colomiers'],
    taxFor: flat(rate('TVA', '20')),
    paymentTerms: 45,
    poPattern: 'BC-XXXXXX',
    card: { brand: 'visa', last4: '0077' },
    directDebit: { scheme: 'sepa', last4: '6061' },
    paypal: false,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane France SAS',
        'Banque du Rhône',
        '45 quai Saint-Antoine, 69002 Lyon, France',
        iban('FR', '14508000120123456789045'),
        'BDRHFRPP',
      ),
      ach: null,
      cheque: {
        payableTo: 'Veridane France SAS',
        mailTo: {
          line1: 'Veridane France SAS, service encaissements',
          line2: 'TSA 40123',
          city: 'Lyon Cedex 02',
          region: null,
          postalCode: '69285',
          country: 'FR',
        },
      },
    },
    notes: [
      'En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.',
      'Pas d’escompte pour paiement anticipé.',
    ],
  },
  {
    slug: 'jp',
    country: 'JP',
    currency: 'JPY',
    currencies: ['JPY'],
    onlinePaymentAvailable: true,
    locale: 'ja',
    company: 'Sakurada Precision Industries Co., Ltd.',
    domain: 'sakurada-seimitsu.example',
    address: {
      line1: '2-4-1 Shibakoen',
      line2: 'Minato Park Tower 9F',
      city: 'Minato-ku',
      region: 'Tokyo',
      postalCode: '105-0011',
      country: 'JP',
    },
    financeOffice: {
      line1: '3-1-5 Meieki',
      line2: 'Accounting Department',
      city: 'Nakamura-ku, Nagoya',
      region: 'Aichi',
      postalCode: '450-0002',
      country: 'JP',
    },
    phonePattern: '+81 3 XXXX XXXX',
    people: [
      ['佐藤 美咲', 'misaki.sato'],
      ['鈴木 大輔', 'daisuke.suzuki'],
      ['高橋 健一', 'kenichi.takahashi'],
      ['田中 陽菜', 'hina.tanaka'],
      ['伊藤 翔太', 'shota.ito'],
      ['渡辺 由美', 'yumi.watanabe'],
      ['山本 拓也', 'takuya.yamamoto'],
      ['中村 彩', 'aya.nakamura'],
      ['小林 蓮', 'ren.kobayashi'],
      ['加藤 直樹', 'naoki.kato'],
    ],
    sites: ['Nagoya plant', 'Tokyo head office', 'Osaka logistics centre'],
    taxFor: flat(rate('Consumption tax', '10')),
    paymentTerms: 60,
    poPattern: 'PO-XXXXXXXX',
    card: { brand: 'jcb', last4: '0505' },
    directDebit: null,
    paypal: false,
    remittance: {
      wire: {
        beneficiary: 'Veridane Japan K.K.',
        bankName: 'Musashi Trust Bank, Marunouchi Branch',
        bankAddress: '1-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan',
        iban: null,
        bic: 'MUSHJPJT',
        accountNumber: 'Ordinary 1234567',
        routingNumber: '0399-101',
      },
      ach: null,
      cheque: null,
    },
    notes: ['Bank transfer fees are borne by the payer.'],
  },
  {
    slug: 'de',
    country: 'DE',
    currency: 'EUR',
    currencies: ['EUR'],
    onlinePaymentAvailable: true,
    locale: 'de',
    company: 'Brandt & Söhne Maschinenbau GmbH',
    domain: 'brandt-maschinenbau.example',
    address: {
      line1: 'Industriestraße 12',
      line2: null,
      city: 'Stuttgart',
      region: 'Baden-Württemberg',
      postalCode: '70565',
      country: 'DE',
    },
    financeOffice: {
      line1: 'Hafenstraße 7',
      line2: 'Kreditorenbuchhaltung',
      city: 'Mannheim',
      region: 'Baden-Württemberg',
      postalCode: '68159',
      country: 'DE',
    },
    phonePattern: '+49 711 XXXX XXXX',
    people: [
      ['Anna Schneider', 'anna.schneider'],
      ['Lukas Weber', 'lukas.weber'],
      ['Katharina Müller', 'katharina.mueller'],
      ['Jonas Fischer', 'jonas.fischer'],
      ['Lena Wagner', 'lena.wagner'],
      ['Maximilian Becker', 'maximilian.becker'],
      ['Sophie Hoffmann', 'sophie.hoffmann'],
      ['Felix Schäfer', 'felix.schaefer'],
      ['Marie Koch', 'marie.koch'],
      ['Tobias Richter', 'tobias.richter'],
    ],
    sites: ['Werk Esslingen', 'Zentrale Stuttgart', 'Logistikzentrum Ulm'],
    taxFor: flat(rate('USt.', '19')),
    paymentTerms: 30,
    poPattern: 'BE-XXXXXXX',
    card: { brand: 'visa', last4: '3220' },
    directDebit: { scheme: 'sepa', last4: '3000' },
    paypal: true,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane Deutschland GmbH',
        'Nordsee Handelsbank AG',
        'Ballindamm 8, 20095 Hamburg, Deutschland',
        iban('DE', '200411990123456789'),
        'NSHBDEHH',
      ),
      ach: null,
      cheque: null,
    },
    notes: ['Zahlbar ohne Abzug.', 'Leistungsdatum entspricht dem Rechnungsdatum.'],
  },
  {
    slug: 'kw',
    country: 'KW',
    currency: 'KWD',
    currencies: ['KWD'],
    onlinePaymentAvailable: false,
    locale: 'ar',
    company: 'Gulf Horizon Trading & Contracting Co. W.L.L.',
    domain: 'gulfhorizon-kw.example',
    address: {
      line1: 'Block 2, Street 23, Building 8',
      line2: 'Shuwaikh Industrial Area',
      city: 'Kuwait City',
      region: 'Al Asimah',
      postalCode: '13001',
      country: 'KW',
    },
    financeOffice: {
      line1: 'Al Hamra Tower, 31st floor',
      line2: 'Finance Department',
      city: 'Kuwait City',
      region: 'Al Asimah',
      postalCode: '15463',
      country: 'KW',
    },
    phonePattern: '+965 22XX XXXX',
    people: [
      ['أحمد الرشيدي', 'ahmad.alrashidi'],
      ['فاطمة العازمي', 'fatma.alazmi'],
      ['يوسف الكندري', 'yousef.alkandari'],
      ['مريم الشمري', 'maryam.alshammari'],
      ['بدر العجمي', 'bader.alajmi'],
      ['هيا الفضلي', 'haya.alfadhli'],
      ['سالم الهاجري', 'salem.alhajri'],
      ['دانة البناي', 'dana.albannai'],
      ['ناصر المطيري', 'nasser.almutairi'],
      ['عبدالعزيز الصالح', 'abdulaziz.alsaleh'],
    ],
    sites: ['Shuwaikh warehouse', 'Ahmadi site office', 'Kuwait City head office'],
    taxFor: flat(rate('No VAT in Kuwait', '0')),
    paymentTerms: 30,
    poPattern: 'LPO-XXXXX',
    card: { brand: 'visa', last4: '4242' },
    directDebit: null,
    paypal: false,
    remittance: {
      wire: SEPA_WIRE(
        'Veridane Kuwait W.L.L.',
        'Dasman Commercial Bank',
        'Abdullah Al-Salem Street, Sharq, Kuwait City, Kuwait',
        iban('KW', 'DCBK0000000000001234560101'),
        'DCBKKWKW',
      ),
      ach: null,
      cheque: null,
    },
    notes: ['Payment by bank transfer only. Please quote the invoice number.'],
  },
];

/** Replaces every `X` of a pattern with a random digit. */
export function fillPattern(pattern: string, digit: () => string): string {
  return pattern.replace(/X/g, digit);
}
