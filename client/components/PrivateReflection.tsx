// The reflection, to come back to at any time; the notebook opens only when asked for.
import { Show, createSignal, onCleanup } from 'solid-js';
import { t } from '../lib/copy.ts';
import { type Notebook, openNotebook } from '../lib/notebook.ts';
import { ReflectionEditor } from './ReflectionEditor.tsx';

export function PrivateReflection(props: { spaceId: string; myId: string }) {
  const [notebook, setNotebook] = createSignal<Notebook | null>(null);
  onCleanup(() => notebook()?.destroy());
  const toggle = (e: Event) => {
    if ((e.currentTarget as HTMLDetailsElement).open && !notebook()) setNotebook(openNotebook(props.myId));
  };
  return (
    <details class="panel" onToggle={toggle}>
      <summary>{t('reflection.revisit')}</summary>
      <p class="hint">{t('reflection.revisitHint')}</p>
      <Show when={notebook()}>{(nb) => <ReflectionEditor notebook={nb()} reflectionKey={props.spaceId} />}</Show>
    </details>
  );
}
