import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isApiError } from '../../api/api-error.js';
import type { ReportQuery } from '../../api/billing-api.js';
import type { UsageReport } from '../../api/schemas.js';
import { daysInRange, isValidDay, isValidMonth, monthRange, validateRange, type RangeErrorCode } from '../../core/calendar.js';
import type { ElementState } from '../../state/section-connection.js';
import { reportKey, type BillingStore } from '../../state/store.js';
import type { ReportMode, ReportPickerData } from './report-picker.types.js';

export interface RangeProblem {
  readonly code: RangeErrorCode;
  /** Days the range covers (for "this range has 367"). */
  readonly days: number;
}

/** The query fields a 422 may blame, and the control each belongs to. */
export type QueryField = 'month' | 'from' | 'to' | 'agentId';
export const QUERY_FIELDS: readonly QueryField[] = ['month', 'from', 'to', 'agentId'];

/** The picker's values before "Open report"; an empty text means the default. */
export interface ReportDraft {
  readonly mode: ReportMode;
  readonly month: string;
  readonly from: string;
  readonly to: string;
  readonly agentId: string;
}

/** The element's reflected choice: a host's deep link, or the report the user opened last. */
export interface ReportChoiceHost extends ReactiveControllerHost {
  month?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  agentId?: string | undefined;
}

export interface ReportQueryOptions {
  readonly store: () => BillingStore | undefined;
  /** The picker's own data; no report is asked for before it is loaded. */
  readonly data: () => ReportPickerData | null;
  /** A report failed to load (a 422 included). */
  readonly onError: (error: unknown) => void;
}

/** The applied period and agent: the query, and the store's key of it. */
interface ReportChoice {
  readonly key: string;
  readonly query: ReportQuery;
}

/** A loaded report and the choice it answers. */
interface LoadedReport {
  readonly key: string;
  readonly report: UsageReport;
}

type ReportArgs = readonly [BillingStore | undefined, ReportChoice | null, number, ReportPickerData | null];
type Reflected = Pick<ReportChoiceHost, QueryField>;

export function rangeProblem(from: string, to: string): RangeProblem | null {
  const checked = validateRange(from, to);
  if (checked.ok) return null;
  return { code: checked.error, days: isValidDay(from) && isValidDay(to) ? daysInRange(from, to) : 0 };
}

/**
 * What the report picker asks for: the draft in the picker, the range rules checked before any
 * request, the applied choice reflected to the host's `month`, `from`, `to` and `agent-id`, and
 * the report of that choice, read through the store (one Task).
 */
export class ReportQueryController implements ReactiveController {
  readonly task: Task<ReportArgs, LoadedReport>;
  draft: ReportDraft = { mode: 'month', month: '', from: '', to: '', agentId: '' };
  /** The range refused on "Open report" (or set by the host); shown until it is fixed. */
  rangeError: RangeProblem | null = null;

  /** The applied choice, as the task's argument; null while the picker loads or for a bad range. */
  private choice: ReportChoice | null = null;
  private generation = 0;
  private reloadOnConnect = false;
  private reflected: Reflected = {};

  constructor(
    private readonly host: ReportChoiceHost,
    private readonly options: ReportQueryOptions,
  ) {
    // Before the task's own controller, so the task sees this update's choice.
    host.addController(this);
    this.task = new Task<ReportArgs, LoadedReport>(host, {
      task: async ([store, choice], { signal }) => {
        if (!store || !choice) return initialState;
        try {
          return { key: choice.key, report: await store.readReport(choice.query, signal) };
        } catch (error) {
          if (!signal.aborted) this.options.onError(error);
          throw error;
        }
      },
      args: () => [this.options.store(), this.choice, this.generation, this.options.data()] as const,
    });
  }

  /** The report's part of the element's state: loading, empty, failed or ready. */
  get state(): Exclude<ElementState, 'hidden'> {
    const { status, value } = this.task;
    if (status === TaskStatus.ERROR) return 'error';
    if (status === TaskStatus.INITIAL) return this.rangeError ? 'ready' : 'loading';
    if (!value) return 'loading';
    return value.report.rows.length === 0 ? 'empty' : 'ready';
  }

  hostConnected(): void {
    // A report cut short by a move in the DOM loads again instead of showing "cancelled".
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      this.retry();
    }
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.reloadOnConnect = true;
    this.task.abort();
  }

  hostUpdate(): void {
    const { month, from, to, agentId } = this.host;
    const seen = this.reflected;
    if (month !== seen.month || from !== seen.from || to !== seen.to || agentId !== seen.agentId) {
      this.reflected = { month, from, to, agentId };
      this.takeDraftFromHost();
    }
    this.choice = this.nextChoice();
  }

  chooseMode(mode: ReportMode): void {
    const data = this.options.data();
    if (mode === 'range' && data && this.draft.from === '' && this.draft.to === '') {
      // A range starts as the month on screen (up to today in the current month), so the user
      // only moves its ends.
      const { from, to } = monthRange(this.draft.month || data.currentMonth);
      this.edit({ mode, from, to: from <= data.today && data.today < to ? data.today : to });
    } else {
      this.edit({ mode });
    }
  }

  chooseMonth(month: string): void {
    this.edit({ month });
  }

  chooseAgent(agentId: string): void {
    this.edit({ agentId });
  }

  editRange(end: 'from' | 'to', day: string): void {
    this.edit(end === 'from' ? { from: day } : { to: day });
    // Once an error shows, it follows the input, so the user sees when it is fixed.
    if (this.rangeError) this.rangeError = rangeProblem(this.draft.from, this.draft.to);
  }

  /** Makes the draft the choice, written to the host's attributes; false when the range is refused. */
  apply(): boolean {
    const data = this.options.data();
    if (!data) return false;
    const { mode, month, from, to, agentId } = this.draft;
    if (mode === 'range') {
      const problem = rangeProblem(from, to);
      if (problem) {
        this.rangeError = problem;
        this.host.requestUpdate();
        return false;
      }
      this.host.month = undefined;
      this.host.from = from;
      this.host.to = to;
    } else {
      this.host.from = undefined;
      this.host.to = undefined;
      this.host.month = month || data.currentMonth;
    }
    this.host.agentId = agentId || undefined;
    this.rangeError = null;
    this.host.requestUpdate();
    return true;
  }

  /** After "Open report": opening the same choice again after a failure is a retry. */
  async reopen(): Promise<void> {
    await this.host.updateComplete;
    await this.retryFailed();
  }

  /** The report of the applied choice once loaded (asked again if it failed); null when a newer choice replaced it. */
  async settledReport(): Promise<UsageReport | null> {
    await this.host.updateComplete;
    const choice = this.choice;
    if (!choice) return null;
    await this.retryFailed();
    const loaded = await this.task.taskComplete;
    return loaded?.key === choice.key ? loaded.report : null;
  }

  /** Asks again for the report of the applied choice. */
  retry(): void {
    this.generation += 1;
    this.host.requestUpdate();
  }

  /** The 422 of the current choice, by query field. */
  fieldErrors(): Partial<Record<QueryField, string>> {
    const error = this.task.status === TaskStatus.ERROR ? this.task.error : null;
    if (!isApiError(error) || error.kind !== 'validation') return {};
    const fields: Partial<Record<QueryField, string>> = {};
    for (const field of QUERY_FIELDS) {
      const message = error.fields[field];
      if (message !== undefined) fields[field] = message;
    }
    return fields;
  }

  private async retryFailed(): Promise<void> {
    if (this.task.status !== TaskStatus.ERROR) return;
    this.retry();
    await this.host.updateComplete;
  }

  private edit(change: Partial<ReportDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.host.requestUpdate();
  }

  /** The picker shows what the attributes say (a host's deep link, or the user's last choice). */
  private takeDraftFromHost(): void {
    const { month, from, to, agentId } = this.reflected;
    const ranged = Boolean(from || to);
    this.draft = { mode: ranged ? 'range' : 'month', month: month && isValidMonth(month) ? month : '', from: from ?? '', to: to ?? '', agentId: agentId ?? '' };
    this.rangeError = ranged ? rangeProblem(from ?? '', to ?? '') : null;
  }

  /** The report query of the attributes; null before the picker has loaded or for a bad range. */
  private nextChoice(): ReportChoice | null {
    const data = this.options.data();
    if (!data) return null;
    const { month, from, to, agentId } = this.reflected;
    // Every agent's report leaves `agentId` out of the query altogether.
    const agent = agentId ? { agentId } : {};
    let query: ReportQuery;
    if (from || to) {
      const checked = validateRange(from ?? '', to ?? '');
      if (!checked.ok) return null;
      query = { from: checked.value.from, to: checked.value.to, ...agent };
    } else {
      query = { month: month && isValidMonth(month) ? month : data.currentMonth, ...agent };
    }
    const key = reportKey(query);
    return this.choice?.key === key ? this.choice : { key, query };
  }
}
