// Binds a <textarea> to a Y.Text: local typing becomes the smallest insert/delete, and the
// other person's edits arrive without moving the writer's cursor.
import type * as Y from 'yjs';

const LOCAL = Symbol('local-input');

export function bindTextarea(el: HTMLTextAreaElement, text: Y.Text): () => void {
  el.value = text.toString();

  const onInput = () => {
    const before = text.toString();
    const after = el.value;
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let endBefore = before.length;
    let endAfter = after.length;
    while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
      endBefore--;
      endAfter--;
    }
    text.doc?.transact(() => {
      if (endBefore > start) text.delete(start, endBefore - start);
      if (endAfter > start) text.insert(start, after.slice(start, endAfter));
    }, LOCAL);
  };

  const onChange = (event: Y.YTextEvent, tr: Y.Transaction) => {
    if (tr.origin === LOCAL) return;
    let { selectionStart: s, selectionEnd: e } = el;
    let index = 0;
    for (const op of event.delta) {
      if (op.retain !== undefined) index += op.retain;
      else if (typeof op.insert === 'string') {
        const n = op.insert.length;
        if (index <= s) s += n;
        if (index < e) e += n;
        index += n;
      } else if (op.delete !== undefined) {
        const n = op.delete;
        if (index < s) s = Math.max(index, s - n);
        if (index < e) e = Math.max(index, e - n);
      }
    }
    el.value = text.toString();
    if (document.activeElement === el) el.setSelectionRange(s, e);
  };

  el.addEventListener('input', onInput);
  text.observe(onChange);
  return () => {
    el.removeEventListener('input', onInput);
    text.unobserve(onChange);
  };
}
