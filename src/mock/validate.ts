import { parseWith } from '../api/parse.js';
import type { z } from '../api/zod.js';
import { validateRecipients, type EmailProblem } from '../core/email-list.js';
import { err, ok, type Result } from '../core/result.js';
import { validateRefillSettings, type RefillSettingsErrors } from '../core/wallet.js';
import type { FieldErrors } from './http.js';

type Issue = z.core.$ZodIssue;

/** Why a request's input was refused: the fields at fault, and a sentence for the whole. */
export interface InputProblem {
  readonly message: string;
  readonly fields: FieldErrors;
}

/** The request's JSON body; an empty or unparsable body is a problem like any other input. */
export async function readJsonBody(request: Request): Promise<Result<unknown, InputProblem>> {
  const text = await request.text();
  try {
    return ok(JSON.parse(text));
  } catch {
    return err({ message: 'The request body is not valid JSON', fields: {} });
  }
}

// zod/mini keeps its messages short ("Invalid input"); a host developer reading a 422 wants
// to know what was expected.
function issueMessage(issue: Issue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'Expected a whole number (a safe integer)' : `Expected ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'int' || issue.origin === 'number' ? `Must be at most ${String(issue.maximum)}` : `Too long (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'int' || issue.origin === 'number' ? `Must be at least ${String(issue.minimum)}` : `Too short (at least ${String(issue.minimum)})`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `Expected the ${issue.format} format`;
    default:
      return issue.message;
  }
}

/** Field errors keyed by issue path (`recipients.2`); the first problem of a path is kept. */
export function issueFields(issues: readonly Issue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (path !== '' && !(path in fields)) fields[path] = issueMessage(issue);
  }
  return fields;
}

/**
 * Input checked by the contract's schema and then by `core/` rules. Both run, so one answer
 * lists every field at fault; a rule's sentence wins over the schema's for the same field.
 */
export function checkInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  rules: (input: Record<string, unknown>) => FieldErrors = () => ({}),
): Result<z.output<S>, InputProblem> {
  const parsed = parseWith(schema, input);
  const record = isRecord(input) ? input : {};
  const fields = { ...(parsed.ok ? {} : issueFields(parsed.error.issues)), ...rules(record) };
  if (parsed.ok && Object.keys(fields).length === 0) return ok(parsed.value);
  // Without a field to blame (a body that is not an object, say), the message says what was wrong.
  const message = parsed.ok || Object.keys(fields).length > 0 ? 'Some fields are not valid' : parsed.error.issues.map(issueMessage).join('; ');
  return err({ message, fields });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const RECIPIENT_MESSAGES: Record<EmailProblem, string> = {
  invalid: 'Not a valid email address',
  too_long: 'Longer than 254 characters',
  duplicate: 'Duplicate address',
  primary: 'This is the primary contact’s address',
  too_many: 'More than 50 recipients',
};

/** `recipients.N` problems by `core/`'s rule; no primary-address check, which servers may skip. */
export function recipientRules(input: Record<string, unknown>): FieldErrors {
  const recipients = input['recipients'];
  if (!Array.isArray(recipients) || !recipients.every((item): item is string => typeof item === 'string')) return {};
  const fields: FieldErrors = {};
  for (const problem of validateRecipients(recipients)) {
    fields[`recipients.${problem.index}`] = RECIPIENT_MESSAGES[problem.code];
  }
  return fields;
}

const REFILL_MESSAGES: {
  refillAmount: Record<NonNullable<RefillSettingsErrors['refillAmount']>, string>;
  refillThreshold: Record<NonNullable<RefillSettingsErrors['refillThreshold']>, string>;
} = {
  refillAmount: {
    required: 'A refill amount is required',
    not_integer: 'Expected a whole number of minor units',
    not_positive: 'The refill amount must be more than zero',
    too_large: 'The refill amount is too large',
  },
  refillThreshold: {
    required: 'A refill threshold is required',
    not_integer: 'Expected a whole number of minor units',
    negative: 'The refill threshold must not be negative',
    not_below_amount: 'The refill threshold must be below the refill amount',
    too_large: 'The refill threshold is too large',
  },
};

/** Refill settings by `core/`'s rule: amount > 0, 0 ≤ threshold < amount, safe integers. */
export function refillRules(input: Record<string, unknown>): FieldErrors {
  const amount = input['refillAmount'];
  const threshold = input['refillThreshold'];
  const problems = validateRefillSettings({
    refillAmount: typeof amount === 'number' ? amount : null,
    refillThreshold: typeof threshold === 'number' ? threshold : null,
  });
  const fields: FieldErrors = {};
  if (problems.refillAmount !== undefined) fields['refillAmount'] = REFILL_MESSAGES.refillAmount[problems.refillAmount];
  if (problems.refillThreshold !== undefined) fields['refillThreshold'] = REFILL_MESSAGES.refillThreshold[problems.refillThreshold];
  return fields;
}
