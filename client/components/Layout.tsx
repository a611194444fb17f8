// The frame around every page: a skip link, the name, and the way home or out.
import { A, revalidate, useNavigate } from '@solidjs/router';
import { type JSX, Show, onCleanup, onMount } from 'solid-js';
import { t } from '../lib/copy.ts';
import { showingKept } from '../lib/kept.ts';
import { loadMe, me, signOut } from '../stores/session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Layout(props: { children?: JSX.Element }) {
  const navigate = useNavigate();
  const leave = async () => {
    await signOut();
    navigate('/', { replace: true });
  };
  // Back online after opening with what was kept: ask the server again, so every screen catches up.
  const onOnline = () => {
    if (!showingKept()) return;
    void loadMe().then(() => revalidate());
  };
  onMount(() => window.addEventListener('online', onOnline));
  onCleanup(() => window.removeEventListener('online', onOnline));
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
      <main id="main">
        <div aria-live="polite">
          <Show when={showingKept() && me()}>
            <p class="notice" data-testid="showing-kept">{t('app.showingKept')}</p>
          </Show>
        </div>
        {props.children}
      </main>
      <footer class="foot">
        <LanguageSwitch />
      </footer>
    </>
  );
}
