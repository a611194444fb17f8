import { A, createAsync } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { Page } from '../components/Page.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { me } from '../stores/session.ts';

function Welcome() {
  return (
    <Page title={t('welcome.title')} lead={t('app.tagline')}>
      <p>{t('welcome.body')}</p>
      <p><A class="button primary" href="/signup">{t('welcome.start')}</A></p>
      <p><A href="/signin">{t('welcome.haveAccount')}</A></p>
    </Page>
  );
}

function MySpaces() {
  const spaces = createAsync(() => api.spaces());
  return (
    <Page title={t('spaces.title')}>
      <Show when={spaces()} fallback={<p>{t('app.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t('spaces.empty')}</p>}>
            <ul class="cards">
              <For each={list()}>
                {(space) => (
                  <li>
                    <A href={`/spaces/${space.id}`} class="card">
                      {t(`spaces.phase.${space.phase}`, { name: space.otherName })}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <p><A class="button primary" href="/spaces/new">{t('spaces.open')}</A></p>
    </Page>
  );
}

export default function Home() {
  return (
    <Switch fallback={<p>{t('app.loading')}</p>}>
      <Match when={me() === null}><Welcome /></Match>
      <Match when={me()}><MySpaces /></Match>
    </Switch>
  );
}
