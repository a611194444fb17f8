// Looks up the words a person reads by key ("invite.choice.notYet") in a locale's copy, and
// fills {placeholders}. Pure, so the client and the tests read copy the same way. No schema
// library here: every page reads words through this file, and the schema that checks a copy
// tree (copy-schema.ts) would otherwise come along to the first screen.

export type Copy = { [key: string]: string | Copy };

export function lookup(copy: Copy, key: string): string | undefined {
  let node: string | Copy | undefined = copy;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Vars = Record<string, string | number>;

export function format(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Every leaf key of a copy tree, for the test that checks code and content agree. */
export function keysOf(copy: Copy, prefix = ''): string[] {
  return Object.entries(copy).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
}
