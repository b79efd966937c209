import { html, nothing, type TemplateResult } from 'lit';
import type { RecipientsStrings } from './strings.js';
import type { FormProblem } from '../../state/form-controller.js';
import { skeleton } from '../../ui/kit/skeleton.js';

/** The words that differ between the two forms. */
export interface RecipientsTexts {
  readonly heading: string;
  readonly intro: string;
  readonly togglesLegend: string;
  readonly recipientsLegend: string;
  readonly extraLabel: string;
  readonly primaryNote: string;
  readonly readOnly: string;
}

/** The catalog prefix of a form's own words (`alertsHeading`, `scheduledHeading` …). */
export type RecipientsTextPrefix = 'alerts' | 'scheduled';

type TextName = 'Heading' | 'Intro' | 'TogglesLegend' | 'RecipientsLegend' | 'ExtraLabel' | 'PrimaryNote' | 'ReadOnly';

/** The catalog entries of one form's words, named alike under its prefix. */
type PrefixedTexts<P extends RecipientsTextPrefix> = Readonly<Record<`${P}${TextName}`, string>>;

/** A form's words, named alike in the catalog under its prefix. */
export function recipientsTexts<P extends RecipientsTextPrefix>(catalog: PrefixedTexts<P>, prefix: P): RecipientsTexts {
  const text = (name: TextName): string => catalog[`${prefix}${name}`];
  return {
    heading: text('Heading'),
    intro: text('Intro'),
    togglesLegend: text('TogglesLegend'),
    recipientsLegend: text('RecipientsLegend'),
    extraLabel: text('ExtraLabel'),
    primaryNote: text('PrimaryNote'),
    readOnly: text('ReadOnly'),
  };
}

/** The ready layout's frame, so nothing moves when the settings arrive. */
export function renderRecipientsLoading(catalog: RecipientsStrings, toggleLines: number, summaryLines: number): TemplateResult {
  return html`<section class="recipients-form is-loading" part="base" role="status" aria-busy="true">
    <span class="visually-hidden">${catalog.loading}</span>
    <div class="head">
      <div class="heading-placeholder">${skeleton(['11rem'])}</div>
      ${skeleton(['min(100%, 30rem)'])}
    </div>
    <div class="groups">
      <div class="group placeholder">
        <div class="group-title">${skeleton(['6rem'])}</div>
        ${skeleton(toggleLines)}
      </div>
      <div class="group placeholder">
        <div class="group-title">${skeleton(['9rem'])}</div>
        <span class="box-placeholder primary-placeholder"></span>
        ${skeleton(['10rem'])}
        <span class="box-placeholder textarea-placeholder"></span>
        ${skeleton(['8rem'])}
      </div>
    </div>
    ${summaryLines > 0 ? html`<div class="summary-placeholder">${skeleton(summaryLines)}</div>` : nothing}
    <div class="actions-placeholder"></div>
  </section>`;
}

/** The primary contact, who receives everything, above the extra recipients. */
export function renderPrimary(catalog: RecipientsStrings, email: string | null, note: string): TemplateResult {
  return html`<dl class="primary-contact">
    <dt>${catalog.recipientsPrimary}</dt>
    <dd class="primary-email">${email ?? catalog.recipientsNoPrimary}</dd>
    ${email ? html`<dd class="primary-note">${note}</dd>` : nothing}
  </dl>`;
}

/**
 * A reader's view: the settings as values and the recipients as stored, under the form's titles.
 * The list gets no primary address: a server may keep one, and a reader should see what is stored.
 */
export function renderReaderView(
  catalog: RecipientsStrings,
  texts: RecipientsTexts,
  data: { readonly primaryContactEmail: string | null; readonly recipients: readonly string[] },
  toggleValues: unknown,
  summary: unknown,
): TemplateResult {
  return html`<div class="groups">
      <section class="group" part="toggles" aria-labelledby="toggles-title">
        <h3 id="toggles-title" class="group-title">${texts.togglesLegend}</h3>
        <div class="group-body">${toggleValues}</div>
      </section>
      <section class="group" part="recipients" aria-labelledby="recipients-title">
        <h3 id="recipients-title" class="group-title">${texts.recipientsLegend}</h3>
        <div class="group-body">
          ${renderPrimary(catalog, data.primaryContactEmail, texts.primaryNote)}
          <kayse-email-list-editor readonly label=${texts.extraLabel} .value=${data.recipients.join('\n')}></kayse-email-list-editor>
        </div>
      </section>
    </div>
    ${summary}`;
}

/** The server's messages about anything but a line, each naming its field. */
export function renderOtherErrors(messages: readonly string[]): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<ul class="other-errors">
    ${messages.map((message) => html`<li>${message}</li>`)}
  </ul>`;
}

/** Why the last press of Save sent nothing. */
export function renderFormProblem(problem: FormProblem | null, catalog: RecipientsStrings): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return problem.kind === 'fix'
    ? html`<p class="form-problem" role="alert">${catalog.recipientsFix(problem.count)}</p>`
    : html`<p class="form-problem quiet" role="status">${catalog.recipientsNoChanges}</p>`;
}
