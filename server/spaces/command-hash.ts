// What a command id stands for: a SHA-256 of the command itself (without its id) as canonical
// JSON, with keys in a fixed order, so a retry in any key order matches and another command
// under the same id does not.
import { createHash } from 'node:crypto';
import type { Command } from '../../shared/space/types.ts';

/** JSON with object keys sorted at every depth; undefined fields are left out, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const commandHash = (command: Command): string => createHash('sha256').update(canonicalJson(command)).digest('hex');
