// Whether the report on screen answers what the picker now says. Pure: no DOM, no I/O.
import { isValidMonth, monthRange, validateRange } from '../../core/calendar.js';
import type { ReportDraft } from './report-query.js';

/** The parts of a report that say what it covers. */
export interface ReportScope {
  readonly from: string;
  readonly to: string;
  /** Null for every agent's report. */
  readonly agentId: string | null;
}

/**
 * How the picker's choice stands to the report shown: `same` when opening it would show the
 * same period and agent, `other` when it is a different (valid) choice not opened yet, and
 * `invalid` when it cannot be opened at all (a refused range, an unreadable month).
 */
export type ChoiceMatch = 'same' | 'other' | 'invalid';

/**
 * Compares by the days covered, not by how they were picked: October as a month and the range
 * Oct 1 – Oct 31 are the same report. An empty month is the current one, an empty agent every
 * agent, as when the choice is opened.
 */
export function matchChoice(draft: ReportDraft, report: ReportScope, currentMonth: string): ChoiceMatch {
  let from: string;
  let to: string;
  if (draft.mode === 'range') {
    const checked = validateRange(draft.from, draft.to);
    if (!checked.ok) return 'invalid';
    ({ from, to } = checked.value);
  } else {
    const month = draft.month || currentMonth;
    if (!isValidMonth(month)) return 'invalid';
    ({ from, to } = monthRange(month));
  }
  const agentId = draft.agentId === '' ? null : draft.agentId;
  return from === report.from && to === report.to && agentId === report.agentId ? 'same' : 'other';
}
