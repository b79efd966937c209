import { ENDPOINTS } from '../api/endpoints.js';
import { MAX_TRANSACTION_PAGE } from '../api/schemas.js';
import { monthRange, validateRange } from '../core/calendar.js';
import { err, ok, type Result } from '../core/result.js';
import { AGENTS } from './company.js';
import type { FieldErrors } from './http.js';
import type { ReportRequest } from './report.js';
import { checkInput, type InputProblem } from './validate.js';

const DEFAULT_PAGE = 50;

/** A transactions page request, checked (the cursor is checked by the ledger, which made it). */
export interface TransactionsRequest {
  readonly limit: number;
  readonly cursor?: string;
  readonly types?: ReadonlySet<string>;
}

export function transactionsRequest(query: Record<string, string>): Result<TransactionsRequest, InputProblem> {
  const checked = checkInput(ENDPOINTS.getWalletTransactions.query, query);
  if (!checked.ok) return checked;
  const { limit, cursor, type } = checked.value;
  const request: { -readonly [K in keyof TransactionsRequest]: TransactionsRequest[K] } = {
    limit: Math.min(MAX_TRANSACTION_PAGE, limit === undefined ? DEFAULT_PAGE : Number(limit)),
  };
  if (cursor !== undefined) request.cursor = cursor;
  if (type !== undefined) request.types = new Set(type.split(','));
  return ok(request);
}

/** A usage report request: a month, or a range of at most 366 days, and an optional known agent. */
export function reportRequest(query: Record<string, string>): Result<ReportRequest, InputProblem> {
  const checked = checkInput(ENDPOINTS.getUsageReport.query, query);
  const fields: FieldErrors = checked.ok ? {} : { ...checked.error.fields };
  const { month, from, to, agentId } = query;

  if (month !== undefined && (from !== undefined || to !== undefined)) {
    fields['month'] ??= 'Give either a month or from and to, not both';
  } else if (month === undefined && from === undefined && to === undefined) {
    fields['month'] = 'Give a month, or from and to';
  } else if (month === undefined) {
    if (from === undefined) fields['from'] ??= 'from is required with to';
    if (to === undefined) fields['to'] ??= 'to is required with from';
  }

  let range: { from: string; to: string } | null = null;
  if (Object.keys(fields).length === 0) {
    if (month !== undefined) {
      range = monthRange(month);
    } else if (from !== undefined && to !== undefined) {
      const valid = validateRange(from, to);
      if (valid.ok) range = valid.value;
      else if (valid.error === 'invalid_from') fields['from'] = 'Expected a day as YYYY-MM-DD';
      else if (valid.error === 'invalid_to') fields['to'] = 'Expected a day as YYYY-MM-DD';
      else if (valid.error === 'reversed') fields['to'] = 'The range ends before it starts';
      else fields['to'] = 'A range is at most 366 days, both ends counted';
    }
  }

  // An empty agentId means every agent.
  const agent = agentId === undefined || agentId === '' ? null : agentId;
  if (agent !== null && !AGENTS.some((known) => known.id === agent)) fields['agentId'] = 'No agent with this id';

  if (range === null || Object.keys(fields).length > 0) return err({ message: 'The report query is not valid', fields });
  return ok({ from: range.from, to: range.to, agentId: agent });
}
