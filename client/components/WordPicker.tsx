// "Help me find the words": the feelings and needs lists from content, one list at a time so
// a phone screen is not a wall of buttons. Choosing a word hands it to the composer and
// closes the lists, so the writer is straight back in their sentence. Escape closes too.
import { For, createSignal, createUniqueId } from 'solid-js';
import { content } from '../lib/locale.ts';
import type { WordLists } from '../../shared/decks.ts';
import { t } from '../lib/copy.ts';

type ListName = keyof WordLists;
const LISTS: readonly ListName[] = ['feelings', 'needs'];
const words = (): WordLists => content().words;

export function WordPicker(props: { onPick: (word: string) => void }) {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [list, setList] = createSignal<ListName>('feelings');
  const [said, setSaid] = createSignal('');
  let toggle!: HTMLButtonElement;

  const close = () => {
    setOpen(false);
    toggle.focus();
  };

  const pick = (word: string) => {
    setOpen(false);
    setSaid(t('wordPicker.added', { word }));
    // The composer moves focus back into the draft, after the word.
    props.onPick(word);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open()) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  return (
    <div class="word-picker" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        class="link"
        aria-expanded={open()}
        aria-controls={`${id}-panel`}
        onClick={() => (open() ? close() : (setSaid(''), setOpen(true)))}
      >
        {t('wordPicker.open')}
      </button>
      <div class="word-panel" id={`${id}-panel`} hidden={!open()}>
        <p class="quiet">{t('wordPicker.intro')}</p>
        <div class="word-lists" role="group" aria-label={t('wordPicker.lists')}>
          <For each={LISTS}>
            {(name) => (
              <button type="button" class="word-list" aria-pressed={list() === name} onClick={() => setList(name)}>
                {t(`wordPicker.${name}`)}
              </button>
            )}
          </For>
        </div>
        <For each={words()[list()]}>
          {(group, i) => (
            <div class="word-group" role="group" aria-labelledby={`${id}-${list()}-${i()}`}>
              <p class="word-group-name" id={`${id}-${list()}-${i()}`}>{group.group}</p>
              <ul class="word-chips">
                <For each={group.words}>
                  {(word) => (
                    <li>
                      <button type="button" class="word" onClick={() => pick(word)}>
                        {word}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </For>
        <button type="button" class="link" onClick={close}>
          {t('wordPicker.close')}
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">{said()}</p>
    </div>
  );
}
