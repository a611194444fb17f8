// Reads a JSON body against a schema. Size is capped before this by bodyLimit; here a body
// that is not JSON, has unknown fields, or breaks a rule becomes a 400 that says why.
import type { Context } from 'hono';
import type { z } from 'zod';
import { validationProblem } from '../../shared/validation.ts';
import { fail } from './errors.ts';

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw fail(415, 'bad-request', 'Please send JSON (Content-Type: application/json).');
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw fail(400, 'invalid-json', 'That body is not valid JSON.');
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === 'unrecognized_keys')
    throw fail(400, 'unknown-field', `Unknown field: ${issue.keys.join(', ')}.`, issue.keys.join(','));
  if (!issue) throw fail(400, 'validation', 'That request is not valid.');
  // The kind lets the client say it in a person's words from content/; the message is for developers.
  const { field, kind, limit } = validationProblem(issue);
  throw fail(400, 'validation', `${field ? `${field}: ` : ''}${issue.message}`, field, limit === undefined ? { kind } : { kind, limit });
}
