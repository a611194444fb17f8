// The pre-check must never refuse what a real client sends (that would lose someone's
// words), and must refuse the crafted shapes. Real updates come from real Yjs operations.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isWellFormedUpdate } from '../../server/sync/well-formed.ts';

const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function randomEdits(doc: Y.Doc, r: () => number, steps: number) {
  const text = doc.getText('t');
  const map = doc.getMap<unknown>('m');
  const arr = doc.getArray<unknown>('a');
  const xml = doc.getXmlFragment('x');
  for (let i = 0; i < steps; i++) {
    const pick = Math.floor(r() * 9);
    if (pick === 0) text.insert(Math.floor(r() * (text.length + 1)), `wörds ${i} 🌱 `);
    else if (pick === 1 && text.length > 2) text.delete(Math.floor(r() * (text.length - 1)), 1 + Math.floor(r() * 2));
    else if (pick === 2) text.format(0, Math.min(3, text.length), { bold: true });
    else if (pick === 3) map.set(`k${i % 5}`, { n: i, list: [1, 'two', null, true], nested: { deep: [i] } });
    else if (pick === 4) arr.insert(0, [i, `s${i}`, new Uint8Array([1, 2, 3]), { o: i }]);
    else if (pick === 5 && arr.length > 0) arr.delete(0, 1);
    else if (pick === 6) map.set(`y${i % 3}`, new Y.Text(`nested ${i}`));
    else if (pick === 7) xml.insert(0, [new Y.XmlElement('p'), new Y.XmlText(`x${i}`)]);
    else text.insertEmbed(0, { image: `i${i}` });
  }
}

describe('isWellFormedUpdate', () => {
  it('accepts every update and every full state that real Yjs operations produce (50 seeds)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const r = rng(seed);
      const a = new Y.Doc();
      const b = new Y.Doc();
      const updates: Uint8Array[] = [];
      a.on('update', (u: Uint8Array) => updates.push(u));
      b.on('update', (u: Uint8Array) => updates.push(u));
      randomEdits(a, r, 40);
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      randomEdits(b, r, 40);
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
      updates.push(Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b), Y.encodeStateAsUpdate(new Y.Doc()));
      updates.push(Y.mergeUpdates(updates.slice(0, 10)), Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
      // A merge with a gap carries Skip structs.
      updates.push(Y.mergeUpdates([updates[0] as Uint8Array, updates[updates.length - 6] as Uint8Array]));
      for (const u of updates) expect(isWellFormedUpdate(u), `seed ${seed}`).toBe(true);
      checked += updates.length;
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('refuses truncation, trailing bytes, empty input and impossible counts', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello there');
    const good = Y.encodeStateAsUpdate(doc);
    expect(isWellFormedUpdate(good)).toBe(true);
    expect(isWellFormedUpdate(good.slice(0, -1))).toBe(false);
    expect(isWellFormedUpdate(new Uint8Array([...good, 0]))).toBe(false);
    expect(isWellFormedUpdate(new Uint8Array(0))).toBe(false);
    expect(isWellFormedUpdate(new Uint8Array([1, 0xff, 0xff, 0xff, 0xff, 0x07, 1, 0, 0]))).toBe(false);
    expect(isWellFormedUpdate(new Uint8Array(Buffer.from('00010000000001000100010200001602000001fdffffffff7f0000', 'hex')))).toBe(false);
  });
});
