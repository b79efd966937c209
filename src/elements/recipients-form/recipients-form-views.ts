import { html, nothing, type TemplateResult } from 'lit';
import type { RecipientsStrings } from './strings.js';
import type { FormProblem } from '../../state/form-controller.js';
import { loadingFrame, type LoadingItem } from '../../ui/loading-frame.js';

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

/**
 * The ready layout's frame, so nothing moves when the settings arrive: the form's own settings
 * group, the recipients group (the primary contact's panel and the editor), then `foot`.
 */
export function renderRecipientsLoading(catalog: RecipientsStrings, texts: RecipientsTexts, settings: readonly LoadingItem[], foot: readonly LoadingItem[]): TemplateResult {
  return loadingFrame(catalog.loading, {
    frame: 'recipients-form',
    head: [
      { row: 'title', text: texts.heading },
      { row: 'line', text: texts.intro },
    ],
    layout: 'groups',
    blocks: [
      { class: 'group', rows: [{ row: 'heading', text: texts.togglesLegend }, ...settings] },
      {
        class: 'group',
        rows: [
          { row: 'heading', text: texts.recipientsLegend },
          { row: 'callout', text: [catalog.recipientsPrimary, undefined, texts.primaryNote] },
          { row: 'textarea', text: [texts.extraLabel] },
        ],
      },
    ],
    foot: [...foot, 'actions', 'status'],
  });
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
