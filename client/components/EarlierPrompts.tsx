// The prompts the two have finished, newest first, each with everything said on it. Folded
// and quiet: the prompt in progress comes first, and these stay to be read again, also once
// the space is closed.
import { For, Show } from 'solid-js';
import type { PromptTurn } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { EntryList, PromptFigure } from './RoundPanel.tsx';

export function EarlierPrompts(props: { done: readonly PromptTurn[]; myId: string; otherName: string }) {
  const newestFirst = () => [...props.done].reverse();
  return (
    <Show when={props.done.length > 0}>
      <details class="panel" data-testid="earlier">
        <summary>{t('round.earlier')}</summary>
        <ul class="earlier-prompts">
          <For each={newestFirst()}>
            {(turn) => (
              <li data-testid="earlier-prompt">
                <PromptFigure turn={turn} withDate />
                <EntryList entries={turn.entries} myId={props.myId} otherName={props.otherName} />
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}
