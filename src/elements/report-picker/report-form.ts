import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { recentMonths } from '../../core/calendar.js';
import { formatNumber } from '../../core/money.js';
import type { ReportStrings } from './strings.js';
import type { CalendarFormats } from './report-format.js';
import { OFFERED_MONTHS, type ReportPickerData } from './report-picker.types.js';
import type { QueryField, RangeProblem, ReportQueryController } from './report-query.js';

/** What the picker form is drawn from. */
export interface ReportFormContext {
  readonly query: ReportQueryController;
  readonly data: ReportPickerData;
  readonly catalog: ReportStrings;
  readonly locale: string;
  readonly calendar: CalendarFormats;
  readonly onSubmit: (event: SubmitEvent) => void;
  /** The Download CSV button, or nothing. */
  readonly download: unknown;
}

type ServerErrors = Partial<Record<QueryField, string>>;

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : nothing;
}

function rangeErrorText(problem: RangeProblem, c: ReportStrings, locale: string): string {
  switch (problem.code) {
    case 'invalid_from':
      return c.reportsErrorInvalidFrom;
    case 'invalid_to':
      return c.reportsErrorInvalidTo;
    case 'reversed':
      return c.reportsErrorReversed;
    case 'too_long':
      return c.reportsErrorTooLong(formatNumber(problem.days, locale));
  }
}

function renderMonthField({ query, data, catalog: c, calendar }: ReportFormContext, server: ServerErrors) {
  const chosen = query.draft.month || data.currentMonth;
  const months = recentMonths(data.currentMonth, OFFERED_MONTHS);
  // A deep link may name a month outside the list; it is offered too, in its place by date.
  if (!months.includes(chosen)) months.push(chosen);
  months.sort().reverse();
  const error = server.month === undefined ? undefined : 'server-error-month';
  return html`<div class="field">
    <label for="month">${c.reportsMonth}</label>
    <select id="month" aria-invalid=${error ? 'true' : nothing} aria-describedby=${describedBy(error)} @change=${(event: Event) => query.chooseMonth(valueOf(event))}>
      ${months.map((month) => html`<option value=${month} ?selected=${month === chosen}>${calendar.month(month)}</option>`)}
    </select>
  </div>`;
}

function renderRangeFields({ query, catalog: c, locale }: ReportFormContext, server: ServerErrors) {
  const problem = query.rangeError;
  const code = problem?.code;
  const fromInvalid = code === 'invalid_from' || code === 'reversed' || code === 'too_long' || server.from !== undefined;
  const toInvalid = code === 'invalid_to' || code === 'reversed' || code === 'too_long' || server.to !== undefined;
  const rangeError = problem ? 'range-error' : undefined;
  const onInput = (event: Event) => query.editRange((event.target as HTMLInputElement).id === 'from' ? 'from' : 'to', valueOf(event));
  const day = (end: 'from' | 'to', label: string, invalid: boolean) =>
    html`<div class="field">
      <label for=${end}>${label}</label>
      <input
        id=${end}
        type="date"
        required
        .value=${live(query.draft[end])}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy('range-hint', invalid && rangeError, server[end] !== undefined && `server-error-${end}`)}
        @input=${onInput}
      />
    </div>`;
  return html`<div class="range">${day('from', c.reportsFrom, fromInvalid)} ${day('to', c.reportsTo, toInvalid)}</div>
    <p id="range-hint" class="hint">${c.reportsRangeHint}</p>
    ${problem ? html`<p id="range-error" class="field-error">${rangeErrorText(problem, c, locale)}</p>` : nothing}`;
}

/** The picker: a month or a range of days, an agent, Open report and Download CSV. */
export function renderReportForm(context: ReportFormContext): TemplateResult {
  const { query, data, catalog: c } = context;
  const { mode, agentId } = query.draft;
  const server = query.fieldErrors();
  const agentError = server.agentId === undefined ? undefined : 'server-error-agentId';
  const onMode = (event: Event) => query.chooseMode(valueOf(event) === 'range' ? 'range' : 'month');
  return html`<form part="picker" class="picker" novalidate @submit=${context.onSubmit}>
      <fieldset class="period">
        <legend>${c.reportsPeriod}</legend>
        <div class="modes">
          <label class="mode">
            <input type="radio" name="mode" value="month" .checked=${live(mode === 'month')} @change=${onMode} />
            ${c.reportsModeMonth}
          </label>
          <label class="mode">
            <input type="radio" name="mode" value="range" .checked=${live(mode === 'range')} @change=${onMode} />
            ${c.reportsModeRange}
          </label>
        </div>
        ${mode === 'month' ? renderMonthField(context, server) : renderRangeFields(context, server)}
      </fieldset>
      <div class="field agent">
        <label for="agent">${c.reportsAgent}</label>
        <select id="agent" aria-invalid=${agentError ? 'true' : nothing} aria-describedby=${describedBy(agentError)} @change=${(event: Event) => query.chooseAgent(valueOf(event))}>
          <option value="" ?selected=${agentId === ''}>${c.reportsAllAgents}</option>
          ${data.agents.map((agent) => html`<option value=${agent.id} ?selected=${agent.id === agentId}>${agent.name}</option>`)}
          ${agentId !== '' && !data.agents.some((agent) => agent.id === agentId) ? html`<option value=${agentId} selected>${c.reportsUnknownAgent(agentId)}</option>` : nothing}
        </select>
      </div>
      <div class="actions">
        <button class="button primary" type="submit">${c.reportsOpen}</button>
        ${context.download}
      </div>
    </form>
    <p class="zone">${data.zoneSource === 'company' ? c.reportsTimeZone(data.timeZone) : c.reportsTimeZoneBrowser(data.timeZone)}</p>`;
}
