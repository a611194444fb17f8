import { A, createAsync } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { Page } from '../components/Page.tsx';
import type { Notice } from '../../shared/personal-types.ts';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { dayText } from '../lib/when.ts';
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

/** A notice in words, from the reader's own label and neutral facts. */
function noticeText(n: Notice): string {
  return n.kind === 'date-today' || n.inDays <= 0
      ? t('upcoming.dateToday', { label: n.label })
      : n.inDays === 1
        ? t('upcoming.dateTomorrow', { label: n.label, date: dayText(n.on) })
        : t('upcoming.dateComing', { label: n.label, days: String(n.inDays), date: dayText(n.on) });
}

/** What may need the person now, in words, above their spaces: no badges, no counts. */
function Notices() {
  // Notices are a kindness, not a gate: if they cannot be fetched, the spaces still show.
  const notices = createAsync(() => api.notices().catch(() => []));
  return (
    <Show when={notices()?.length}>
      <section aria-label={t('upcoming.label')} data-testid="notices">
        <ul class="notices">
          <For each={notices()}>
            {(n) => (
              <li class="notice">
                <p>{noticeText(n)}</p>
                <p class="quiet"><A href={`/spaces/${n.spaceId}/rebuild`}>{t('upcoming.inSpace', { name: n.otherName })}</A></p>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

function MySpaces() {
  const spaces = createAsync(() => api.spaces());
  return (
    <Page title={t('spaces.title')}>
      <Notices />
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
