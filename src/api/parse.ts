import type { Result } from '../core/result.js';
import { z } from './zod.js';

type Issue = z.core.$ZodIssue;

export interface ParseFailure {
  readonly issues: readonly Issue[];
  /** One problem per clause, each led by its path (`daily.3.date: Invalid ISO date`), for logs and error details. */
  readonly description: string;
}

export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Parses untrusted data with a contract schema. */
export function parseWith<S extends z.core.$ZodType>(schema: S, data: unknown): Result<z.output<S>, ParseFailure> {
  const result = z.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: { issues: result.error.issues, description: describeIssues(result.error.issues) } };
}
