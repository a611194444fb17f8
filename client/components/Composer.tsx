// Where a person writes something for the other to read. The draft lives in a Y.Text, so it
// follows them across their own devices and survives being offline; it is cleared only once
// the caller says the words went out. The checks and the word lists sit under the draft and
// advise; only the writer sees them, and nothing here stops them sending.
import { type JSX, Match, Show, Switch, createEffect, createSignal, createUniqueId, onCleanup } from 'solid-js';
import type * as Y from 'yjs';
import { bindTextarea } from '../lib/bind-text.ts';
import { t } from '../lib/copy.ts';
import { ApologyChecklist } from './ApologyChecklist.tsx';
import { GentleHints } from './GentleHints.tsx';
import { LengthNote, isOver, lengthNoteId } from './LengthNote.tsx';
import { WordPicker } from './WordPicker.tsx';

export interface ComposerProps {
  label: string;
  hint?: string;
  draft: Y.Text;
  submitLabel: string;
  /** Resolve once the words are accepted; reject to keep the draft (the caller shows why). */
  onSubmit: (text: string) => Promise<void> | void;
  busy?: boolean;
  check?: 'gentle' | 'apology' | 'none';
  /** Extra actions beside the submit button, such as Pass. */
  children?: JSX.Element;
  testId?: string;
  /** For short words, such as the one line shared after meeting: shown near the end, never cut. */
  limit?: number;
  rows?: number;
  /** Secondary where another action on the view is the primary one. */
  quiet?: boolean;
}

/** The word, with a space on whichever side would otherwise run it into its neighbour. */
function spaced(word: string, before: string, after: string): string {
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^[\s.,;:!?)\]]/.test(after) ? '' : ' ';
  return lead + word + trail;
}

export function Composer(props: ComposerProps) {
  const id = createUniqueId();
  let area!: HTMLTextAreaElement;
  const [text, setText] = createSignal(props.draft.toString());
  const [sending, setSending] = createSignal(false);

  // Runs after the textarea exists; binds again if the caller hands over another draft.
  createEffect(() => {
    const draft = props.draft;
    const unbind = bindTextarea(area, draft);
    const follow = () => setText(draft.toString());
    follow();
    draft.observe(follow);
    onCleanup(() => {
      draft.unobserve(follow);
      unbind();
    });
  });

  // Through the textarea and an 'input' event, so the binding records it as the writer's edit.
  const insertWord = (word: string) => {
    const { selectionStart: start, selectionEnd: end, value } = area;
    area.setRangeText(spaced(word, value.slice(0, start), value.slice(end)), start, end, 'end');
    area.dispatchEvent(new Event('input', { bubbles: true }));
    area.focus();
  };

  const blocked = () => text().trim() === '' || isOver(text(), props.limit) || Boolean(props.busy) || sending();

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (blocked()) return;
    const draft = props.draft;
    setSending(true);
    try {
      await props.onSubmit(text().trim());
      draft.delete(0, draft.length);
    } catch {
      // Not accepted: the words stay in the draft, and the caller has said why on the page.
    } finally {
      setSending(false);
    }
  };

  const describedBy = () => [props.hint ? `${id}-hint` : '', lengthNoteId(id, text(), props.limit), `${id}-private`].filter(Boolean).join(' ');

  return (
    <form class="composer" onSubmit={(e) => void submit(e)} novalidate>
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>{props.hint}</p>
      </Show>
      {/* Held still while sending, so clearing afterwards cannot take words written meanwhile. */}
      <textarea id={id} ref={area} rows={props.rows ?? 6} aria-invalid={isOver(text(), props.limit) ? true : undefined} classList={{ short: (props.rows ?? 6) < 4 }} readOnly={sending()} aria-describedby={describedBy()} data-testid={props.testId} />
      <LengthNote id={`${id}-length`} text={text()} limit={props.limit} />
      <p class="quiet" id={`${id}-private`}>{t('composer.draftPrivate')}</p>
      <WordPicker onPick={insertWord} />
      <Switch>
        <Match when={(props.check ?? 'gentle') === 'gentle'}>
          <GentleHints text={text()} />
        </Match>
        <Match when={props.check === 'apology'}>
          <ApologyChecklist text={text()} />
        </Match>
      </Switch>
      <div class="composer-actions">
        <button type="submit" class={props.quiet ? 'secondary' : 'primary'} disabled={blocked()}>
          {props.submitLabel}
        </button>
        {props.children}
      </div>
    </form>
  );
}
