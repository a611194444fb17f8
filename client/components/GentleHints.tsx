// The gentle-language check (P2, P8) as calm notes under a draft. It only advises: nothing
// is blocked, nothing is red, and the notes vanish when there is nothing to say. The check
// waits for a pause in typing, so a half-written word is not pointed at.
import { For, Show, createMemo } from 'solid-js';
import { createSettled } from '../lib/create-settled.ts';
import { checkGentle } from '../../shared/text-checks/gentle.ts';
import type { GentleFinding } from '../../shared/text-checks/gentle.ts';
import { gentleListsSchema } from '../../shared/text-checks/schema.ts';
import { t } from '../lib/copy.ts';
import { content } from '../lib/locale.ts';

// Parsed once per language: the JSON's plain strings become the schema's kinds, and a broken
// list fails here (and in the content test) rather than quietly matching nothing.
const parsed = new WeakMap<object, ReturnType<typeof gentleListsSchema.parse>>();
function gentleLists() {
  const raw = content().checks.gentle;
  let lists = parsed.get(raw);
  if (!lists) parsed.set(raw, (lists = gentleListsSchema.parse(raw)));
  return lists;
}

const keyOf = (f: GentleFinding) => `${f.rule}:${f.match}`;

/**
 * Findings, reusing the previous object for a note that is still there, so <For> keeps its
 * element and the live region announces only what is new.
 */
function keepStable(next: GentleFinding[], prev: readonly GentleFinding[]): GentleFinding[] {
  const pool = new Map<string, GentleFinding[]>();
  for (const f of prev) pool.set(keyOf(f), [...(pool.get(keyOf(f)) ?? []), f]);
  return next.map((f) => pool.get(keyOf(f))?.shift() ?? f);
}

export function GentleHints(props: { text: string }) {
  const settled = createSettled(() => props.text);
  const findings = createMemo<GentleFinding[]>((prev) => keepStable(checkGentle(settled(), gentleLists()), prev), []);

  return (
    <div class="gentle-hints" aria-live="polite" data-testid="gentle-hints">
      <Show when={findings().length > 0}>
        <p class="checks-title">{t('gentle.title')}</p>
        <ul class="hint-notes">
          <For each={findings()}>
            {(f) => (
              <li class="hint-note">
                <p class="hint-kind">{gentleLists().kinds[f.kind].label}</p>
                <p class="hint-quote">{t('gentle.youWrote', { words: f.match })}</p>
                <p>{f.explanation}</p>
                <p>{f.suggestion}</p>
              </li>
            )}
          </For>
        </ul>
        <p class="quiet">{gentleLists().privacy}</p>
      </Show>
    </div>
  );
}
