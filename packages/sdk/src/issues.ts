import type * as z from 'zod/mini';

/**
 * A schema issue in words, as a phrase (`expected string`, `must be at least 1`). zod/mini
 * ships no message texts, to stay small, so the issue's own facts are spelled out here.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_format') {
    return issue.format === 'regex' ? 'not in the expected format' : `not a valid ${issue.format}`;
  }
  if (issue.code === 'too_small') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `must be at most ${String(issue.maximum)}`;
  return issue.message;
}
