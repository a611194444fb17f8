// The language switch: a real <select>, named for screen readers, each language written in
// itself ("Nederlands"), so someone who cannot read the current language still finds theirs.
import { For, Show, createUniqueId } from 'solid-js';
import { LANGUAGES, isLanguage } from '../../shared/languages.ts';
import { t } from '../lib/copy.ts';
import { language } from '../lib/locale.ts';
import { chooseLanguage } from '../stores/language.ts';

/** `labelledBy`: the id of a heading that already names the switch (settings), instead of a label. */
export function LanguageSwitch(props: { class?: string; testid?: string; labelledBy?: string }) {
  const id = createUniqueId();
  return (
    <div class={`language-switch ${props.class ?? ''}`}>
      <Show when={!props.labelledBy}>
        <label for={id}>{t('language.label')}</label>
      </Show>
      <select id={id} aria-labelledby={props.labelledBy} data-testid={props.testid ?? 'language'} value={language()}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLanguage(next)) void chooseLanguage(next).catch(() => undefined);
        }}>
        <For each={LANGUAGES}>{(lang) => <option value={lang} lang={lang} selected={lang === language()}>{t(`language.names.${lang}`)}</option>}</For>
      </select>
    </div>
  );
}
