// The private reflection: a few guided questions, each bound to the person's notebook.
// Only its author ever sees it; the page says so beside every field.
import { For, Show, createUniqueId, onCleanup, onMount } from 'solid-js';
import { content } from '../lib/locale.ts';
import { bindTextarea } from '../lib/bind-text.ts';
import type { Notebook } from '../lib/notebook.ts';

/** The guide's sections in the current language; their ids are the same in every language. */
export const reflectionSections = () => content().reflection.sections;

function Section(props: { notebook: Notebook; reflectionKey: string; section: ReturnType<typeof reflectionSections>[number] }) {
  const id = createUniqueId();
  let area!: HTMLTextAreaElement;
  onMount(() => onCleanup(bindTextarea(area, props.notebook.section(props.reflectionKey, props.section.id))));
  return (
    <div class="field">
      <label for={id}>{props.section.title}</label>
      <p class="hint" id={`${id}-prompt`}>{props.section.prompt}</p>
      <Show when={props.section.hint}><p class="quiet">{props.section.hint}</p></Show>
      <textarea id={id} ref={area} rows={4} aria-describedby={`${id}-prompt`} data-testid={`reflection-${props.section.id}`} />
    </div>
  );
}

export function ReflectionEditor(props: { notebook: Notebook; reflectionKey: string }) {
  return (
    <div class="reflection">
      <For each={reflectionSections()}>{(section) => <Section notebook={props.notebook} reflectionKey={props.reflectionKey} section={section} />}</For>
    </div>
  );
}
