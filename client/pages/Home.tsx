import { A, createAsync, query, revalidate } from '@solidjs/router';
import type { SpaceSummary } from '../../shared/api-types.ts';
import { For, Match, Show, Switch, onCleanup } from 'solid-js';
import { Page } from '../components/Page.tsx';
import type { Notice } from '../../shared/personal-types.ts';
import { api } from '../lib/api.ts';
import { keptAnswer } from '../lib/kept.ts';
import { t } from '../lib/copy.ts';
import { createStandingWatch } from '../lib/standing.ts';
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

/** Where a space stands, in a few words under its name. */
function standingText(s: SpaceSummary): string {
  if (s.phase !== 'invited') return t(`spaceStanding.${s.phase}`);
  if (s.notYet?.askAgainAfter) return t('spaceStanding.notYetUntil', { date: dayText(s.notYet.askAgainAfter) });
  return t(s.notYet ? 'spaceStanding.notYet' : 'spaceStanding.waiting');
}

function SpaceCards(props: { spaces: readonly SpaceSummary[] }) {
  return (
    <ul class="cards">
      <For each={props.spaces}>
        {(space) => (
          <li>
            <A href={`/spaces/${space.id}`} class="card" data-testid="space-card">
              <span class="card-title">{t(`spaces.phase.${space.phase}`, { name: space.otherName })}</span>
              <span class="card-standing" data-testid="space-standing">{standingText(space)}</span>
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}

// With no connection, the spaces as this person last saw them.
const getSpaces = query(() => keptAnswer(me()?.id, 'spaces', () => api.spaces()), 'spaces');
/** Spaces that came to rest (a "no thanks", a close) move to a quiet list below; nothing is deleted. */
const atRest = (s: SpaceSummary) => s.phase === 'declined' || s.phase === 'closed';

function MySpaces() {
  const spaces = createAsync(() => getSpaces());
  // The friend's answers, a join or a close change this list as they come, without a reload.
  createStandingWatch(spaces, () => me()?.id ?? '', () => void revalidate(getSpaces.key));
  // What this person does elsewhere (opens a space, joins one, closes one) changes the list:
  // leaving it marks it stale, so coming back asks again instead of showing the list as it was.
  onCleanup(() => void revalidate(getSpaces.key));
  const current = () => spaces()?.filter((s) => !atRest(s)) ?? [];
  const earlier = () => spaces()?.filter(atRest) ?? [];
  return (
    <Page title={t('spaces.title')}>
      <Notices />
      <Show when={spaces()} fallback={<p>{t('app.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t('spaces.empty')}</p>}>
            <Show when={current().length > 0}><SpaceCards spaces={current()} /></Show>
          </Show>
        )}
      </Show>
      <p><A class="button primary" href="/spaces/new">{t('spaces.open')}</A></p>
      <Show when={earlier().length > 0}>
        <section class="earlier" aria-labelledby="earlier-spaces" data-testid="earlier-spaces">
          <h2 id="earlier-spaces">{t('spaceStanding.earlier')}</h2>
          <SpaceCards spaces={earlier()} />
        </section>
      </Show>
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
