import { describe, expect, it } from 'vitest';
import { canonicalJson, commandHash } from '../../server/spaces/command-hash.ts';

describe('canonical JSON of a command', () => {
  it('is the same in any key order, at any depth, and leaves undefined fields out', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' }, z: undefined })).toBe('{"a":{"c":"x","d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it('tells different commands apart and the same command alike', () => {
    const a = commandHash({ type: 'set-pace', pace: 'ready' });
    expect(commandHash({ pace: 'ready', type: 'set-pace' } as const)).toBe(a);
    expect(commandHash({ type: 'set-pace', pace: 'paused' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
