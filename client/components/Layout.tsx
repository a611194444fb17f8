// The frame around every page: a skip link, the name, and the way home or out.
import { A, useNavigate } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { t } from '../lib/copy.ts';
import { me, signOut } from '../stores/session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Layout(props: { children?: JSX.Element }) {
  const navigate = useNavigate();
  const leave = async () => {
    await signOut();
    navigate('/', { replace: true });
  };
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="top">
        <A href="/" class="brand" end>
          {t('app.name')}
        </A>
        <nav aria-label="Account">
          <Show
            when={me()}
            fallback={
              <Show when={me() === null}>
                <A href="/signin">{t('nav.signIn')}</A>
              </Show>
            }
          >
            <A href="/" end>{t('nav.mySpaces')}</A>
            <A href="/settings">{t('nav.settings')}</A>
            <button type="button" class="link" onClick={leave}>
              {t('nav.signOut')}
            </button>
          </Show>
        </nav>
      </header>
      <main id="main">{props.children}</main>
      <footer class="foot">
        <LanguageSwitch />
      </footer>
    </>
  );
}
