// What a refused field was and what kind of problem it had, so the client can say it in words
// from content/ (validation.fields.<field>.<kind>, else validation.<kind>). The schema library's
// own messages never reach a person.
import type { z } from 'zod';

export const VALIDATION_KINDS = [
  'empty', 'too-long', 'too-short', 'format', 'one-line', 'hidden-characters', 'invisible', 'control-characters',
  'not-a-date', 'choice', 'invalid',
] as const;
export type ValidationKind = (typeof VALIDATION_KINDS)[number];

export interface ValidationProblem {
  field: string;
  kind: ValidationKind;
  /** The bound that was crossed, for "under {limit} characters". */
  limit?: number;
}

const isKind = (k: unknown): k is ValidationKind => typeof k === 'string' && (VALIDATION_KINDS as readonly string[]).includes(k);

export function validationProblem(issue: z.core.$ZodIssue): ValidationProblem {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_big':
      return { field, kind: 'too-long', limit: Number(issue.maximum) };
    case 'too_small':
      return Number(issue.minimum) <= 1 ? { field, kind: 'empty' } : { field, kind: 'too-short', limit: Number(issue.minimum) };
    case 'invalid_format':
      return { field, kind: 'format' };
    case 'invalid_value':
      return { field, kind: 'choice' };
    case 'invalid_type':
      return { field, kind: issue.input === undefined ? 'empty' : 'invalid' };
    case 'custom': {
      const kind: unknown = issue.params?.kind;
      return { field, kind: isKind(kind) ? kind : 'invalid' };
    }
    default:
      return { field, kind: 'invalid' };
  }
}
