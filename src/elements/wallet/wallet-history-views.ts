import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { WalletTransaction } from '../../api/schemas.js';
import type { WalletStrings } from './strings.js';
import { errorMessage } from '../../ui/error-message.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import { styleProps } from '../../ui/style-props.js';
import type { HistoryController } from './history-controller.js';
import type { WalletViewContext } from './wallet-views.js';
import { historyRowStyles } from './wallet.styles.js';
import { WALLET_HISTORY_FILTERS, type WalletData, type WalletHistoryFilter } from './wallet.types.js';

/** What the history views read of the history's pages. */
export type HistoryState = Pick<HistoryController, 'rows' | 'status' | 'error' | 'nextCursor' | 'generation' | 'stale' | 'shownTypes'>;

/** The history's filter and the user's ways to page it, from the element. */
export interface HistoryActions {
  readonly filter: WalletHistoryFilter;
  readonly onFilterChange: (event: Event) => void;
  readonly onMore: () => void;
  readonly onRetry: () => void;
  /** A stable function (its identity is a list property) that renders a row with the current formatters. */
  readonly renderRow: (row: WalletTransaction) => TemplateResult;
}

// Labels of the types this version knows; any other type (the API's enums are open) is shown as sent.
const TYPE_LABELS: Readonly<Record<string, (catalog: WalletStrings) => string>> = {
  refill: (catalog) => catalog.walletTypeRefill,
  usage: (catalog) => catalog.walletTypeUsage,
  adjustment: (catalog) => catalog.walletTypeAdjustment,
  courtesy_credit: (catalog) => catalog.walletTypeCourtesyCredit,
};

const FILTER_LABELS: Readonly<Record<WalletHistoryFilter, (catalog: WalletStrings) => string>> = {
  '': (catalog) => catalog.walletFilterAll,
  refill: (catalog) => catalog.walletFilterRefill,
  usage: (catalog) => catalog.walletFilterUsage,
  adjustment: (catalog) => catalog.walletFilterAdjustment,
  courtesy_credit: (catalog) => catalog.walletFilterCourtesyCredit,
};

export const isHistoryFilter = (value: string): value is WalletHistoryFilter => (WALLET_HISTORY_FILTERS as readonly string[]).includes(value);

// Below this many rows, with nothing more to load, the list is as tall as its rows: a fixed-height
// box around three rows would be mostly empty.
const SHORT_HISTORY = 8;

const transactionKey = (row: WalletTransaction): string => row.id;

/** The history: its time zone, the type filter, the list of transactions, and its paging and status. */
export function renderHistory(data: WalletData, history: HistoryState, actions: HistoryActions, view: WalletViewContext): TemplateResult {
  const { catalog, formats } = view;
  const busy = history.status === 'loading';
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <div class="history-head">
      <div class="history-title">
        <h3 id="history-heading" class="card-heading">${catalog.walletHistoryHeading}</h3>
        <p class="zone">${data.timeZoneSource === 'company' ? catalog.walletZoneCompany(formats.timeZone) : catalog.walletZoneBrowser(formats.timeZone)}</p>
      </div>
      <label class="filter">
        <span>${catalog.walletFilterLabel}</span>
        <select @change=${actions.onFilterChange}>
          ${WALLET_HISTORY_FILTERS.map((filter) => html`<option value=${filter} ?selected=${filter === actions.filter}>${FILTER_LABELS[filter](catalog)}</option>`)}
        </select>
      </label>
    </div>
    <div class="history-body ${history.stale ? 'stale' : ''}" aria-busy=${busy ? 'true' : 'false'}>${renderHistoryBody(history, actions, view)}</div>
    <div class="history-foot">${renderHistoryFoot(history, actions, view)}</div>
  </section>`;
}

/** One transaction of the list. */
export function renderTransaction(row: WalletTransaction, view: WalletViewContext): TemplateResult {
  const { catalog, formats } = view;
  const label = Object.hasOwn(TYPE_LABELS, row.type) ? TYPE_LABELS[row.type] : undefined;
  return html`<div class="tx ${row.amount > 0 ? 'credit' : row.amount < 0 ? 'debit' : ''} ${label ? '' : 'unknown'}">
    <span class="tx-type">${label ? label(catalog) : row.type}</span>
    <span class="tx-date"><span class="visually-hidden">${catalog.walletColumnDate}: </span><time datetime=${row.date}>${formats.dateTime(row.date)}</time></span>
    ${row.note ? html`<span class="tx-note">${row.note}</span>` : nothing}
    <span class="tx-amount"><span class="visually-hidden">${catalog.walletColumnAmount}: </span>${formats.signed(row.amount)}</span>
    <span class="tx-balance"
      ><span class="visually-hidden">${catalog.walletColumnBalanceAfter}: </span
      ><span class="tx-balance-short" aria-hidden="true">${catalog.walletBalanceShort} </span>${formats.money(row.balanceAfter)}</span
    >
  </div>`;
}

function renderHistoryBody(history: HistoryState, actions: HistoryActions, view: WalletViewContext): unknown {
  const { catalog, formats } = view;
  const { rows, status, nextCursor, generation } = history;
  const columns = html`<div class="columns" aria-hidden="true">
    <span>${catalog.walletColumnDate}</span>
    <span>${catalog.walletColumnType}</span>
    <span>${catalog.walletColumnNote}</span>
    <span class="end">${catalog.walletColumnAmount}</span>
    <span class="end">${catalog.walletColumnBalanceAfter}</span>
  </div>`;
  // The first page on its way: the list's frame, as tall as the list will be.
  if (generation === 0 && status !== 'failed') return html`${columns}<div class="list-placeholder">${skeleton(4)}</div>`;
  if (rows.length === 0) {
    if (generation === 0) return nothing;
    return html`<p class="history-empty">${history.shownTypes.length > 0 ? catalog.walletHistoryEmptyFiltered : catalog.walletHistoryEmpty}</p>`;
  }
  const short = rows.length <= SHORT_HISTORY && nextCursor === null;
  return html`${columns}
    ${keyed(
      `${generation}:${formats.locale}:${formats.timeZone}`,
      html`<kayse-virtual-list
        part="history-list"
        ${styleProps({ '--kayse-virtual-list-height': short ? 'auto' : 'var(--_history-height)' })}
        label=${catalog.walletHistoryLabel}
        .items=${rows}
        .keyFunction=${transactionKey}
        .renderItem=${actions.renderRow}
        .itemStyles=${historyRowStyles}
        @near-end=${actions.onMore}
      ></kayse-virtual-list>`,
    )}`;
}

function renderHistoryFoot(history: HistoryState, actions: HistoryActions, view: WalletViewContext): TemplateResult {
  const { catalog } = view;
  const { rows, status, nextCursor, error, generation } = history;
  const problem =
    status === 'failed'
      ? html`<div class="history-problem" role="alert">
          <p><strong>${generation === 0 || history.stale ? catalog.walletHistoryFailed : catalog.walletHistoryPageFailed}</strong> ${errorMessage(error, catalog)}</p>
          <button class="button history-retry" type="button" @click=${actions.onRetry}>${catalog.retry}</button>
        </div>`
      : nothing;
  const canLoadMore = status === 'loaded' && nextCursor !== null;
  return html`<p class="history-status" role="status" tabindex="-1">${historyStatusText(history, view)}</p>
    ${problem}
    ${canLoadMore || (status === 'loading' && rows.length > 0 && !history.stale)
      ? html`<button class="button load-more" type="button" aria-disabled=${canLoadMore ? 'false' : 'true'} @click=${actions.onMore}>${catalog.loadMore}</button>`
      : nothing}`;
}

function historyStatusText(history: HistoryState, view: WalletViewContext): string {
  const { catalog, formats } = view;
  const { rows, status, nextCursor, generation } = history;
  if (status === 'loading') return catalog.walletHistoryLoading;
  if (generation === 0 || rows.length === 0) return '';
  const shown = catalog.walletHistoryShown(rows.length, formats.count(rows.length));
  if (status === 'failed') return shown;
  return `${shown} ${nextCursor === null ? catalog.walletHistoryEnd : catalog.walletHistoryMore}`;
}
