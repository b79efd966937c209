import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../api/api-error.js';
import type { UsageReport } from '../../api/schemas.js';
import { netCost } from '../../core/report-table.js';
import type { ReportStrings } from './strings.js';
import { errorMessage } from '../../ui/error-message.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import type { NumberFormats } from './report-format.js';
import { QUERY_FIELDS, type QueryField } from './report-query.js';

const TOTALS_PLACEHOLDER = Array.from({ length: 8 });

/**
 * The placeholder has the report's shape (title, eight totals, table), so nothing jumps when it
 * arrives; "Loading…" is said by the report status line.
 */
export function renderReportLoading(): TemplateResult {
  return html`<div class="report loading" aria-busy="true">
    ${skeleton(['min(18rem, 70%)'])}
    <div class="totals" aria-hidden="true">${TOTALS_PLACEHOLDER.map(() => html`<div class="total">${skeleton(['60%', '80%'])}</div>`)}</div>
    ${skeleton(8)}
  </div>`;
}

function fieldLabel(field: string, c: ReportStrings): string {
  const labels: Readonly<Record<QueryField, string>> = { month: c.reportsMonth, from: c.reportsFrom, to: c.reportsTo, agentId: c.reportsAgent };
  return field in labels ? labels[field as QueryField] : field;
}

/** A failed report: a 422's messages each with the id its control points to, else the failure and a retry. */
export function renderReportError(error: unknown, c: ReportStrings, onRetry: () => void): TemplateResult {
  if (isApiError(error) && error.kind === 'validation') {
    const fields = Object.entries(error.fields);
    return html`<div class="report report-error" part="error" role="alert">
      <p class="error-title">${c.reportsRejected}</p>
      ${fields.length > 0
        ? html`<ul class="field-messages">
            ${fields.map(
              ([field, message]) =>
                html`<li id=${(QUERY_FIELDS as readonly string[]).includes(field) ? `server-error-${field}` : nothing}>${c.reportsRejectedField(fieldLabel(field, c), message)}</li>`,
            )}
          </ul>`
        : html`<p>${error.serverMessage ?? errorMessage(error, c)}</p>`}
    </div>`;
  }
  return html`<div class="report report-error" part="error" role="alert">
    <p class="error-title">${c.reportsLoadFailed}</p>
    <p>${errorMessage(error, c)}</p>
    <button class="button" type="button" @click=${onRetry}>${c.retry}</button>
  </div>`;
}

/**
 * The report's title; a report that no longer answers the picker's choice says so in its
 * heading and in a note naming what it covers, so it is not read as the new choice's.
 */
export function renderReportHeading(title: string, previous: string | null, c: ReportStrings): TemplateResult {
  return html`<h3 id="report-title" class="report-title">${title}${previous === null ? nothing : html` <span class="tag">${c.reportsPreviousChoice}</span>`}</h3>
    ${previous === null ? nothing : html`<p id="report-previous" class="callout previous-note">${previous}</p>`}`;
}

/** The server's totals, as given; the rate and the net cost are derived from them, for reading. */
export function renderTotals({ totals }: UsageReport, c: ReportStrings, f: NumberFormats): TemplateResult {
  const rate = totals.calls > 0 ? f.percent((totals.successfulCalls / totals.calls) * 100) : null;
  const total = (label: string, value: string, note?: string) =>
    html`<div class="total">
      <dt>${label}</dt>
      <dd class="value">${value}</dd>
      ${note ? html`<dd class="note">${note}</dd>` : nothing}
    </div>`;
  return html`<dl part="totals" class="totals">
    ${total(c.reportsCost, f.money(totals.cost), c.reportsCostNote)} ${total(c.reportsCourtesyCredits, f.money(totals.courtesyCredits))}
    ${total(c.reportsNetCost, f.money(netCost(totals)), c.reportsNetCostNote)}
    ${total(c.reportsCalls, f.count(totals.calls))}
    ${total(c.reportsSuccessfulCalls, f.count(totals.successfulCalls), rate === null ? undefined : c.reportsSuccessRateOf(rate))}
    ${total(c.reportsMessages, f.count(totals.messages))} ${total(c.reportsConversions, f.count(totals.conversions))}
    ${total(c.reportsSelfHealing, f.count(totals.selfHealing))}
  </dl>`;
}
