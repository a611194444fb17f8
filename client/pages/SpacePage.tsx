// A space: while the invitation is out, its status; once both said yes, the shared space in
// one of its three views (talking, meeting and rebuilding, deciding together).
import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { Page } from '../components/Page.tsx';
import type { SpaceView } from '../components/SpaceNav.tsx';
import { api } from '../lib/api.ts';
import { keptAnswer } from '../lib/kept.ts';
import { createStandingWatch } from '../lib/standing.ts';
import { t } from '../lib/copy.ts';
import { me } from '../stores/session.ts';
import { InvitationStatus } from './InvitationStatus.tsx';
import { SharedSpace } from './SharedSpace.tsx';

// With no connection, the space as this person last saw it.
const getSpace = query((id: string) => keptAnswer(me()?.id, `space:${id}`, () => api.space(id)).catch(() => null), 'space');

export default function SpacePage() {
  const params = useParams<{ id: string; view?: string }>();
  const space = createAsync(() => getSpace(params.id));
  const refetch = () => void revalidate(getSpace.keyFor(params.id));
  // While the invitation is out, the friend's answer changes this page as it comes.
  createStandingWatch(() => {
    const s = space();
    return s?.phase === 'invited' ? [s] : [];
  }, () => me()?.id ?? '', refetch);
  const view = (): SpaceView => (params.view === 'rebuild' || params.view === 'decide' ? params.view : 'talk');
  return (
    <Show when={space() !== undefined && me()} fallback={<p>{t('app.loading')}</p>}>
      <Switch>
        <Match when={space() === null}>
          <Page title={t('space.notFound')}><p /></Page>
        </Match>
        <Match when={space()?.phase === 'open' || space()?.phase === 'closed' ? space() : null}>
          {(s) => (
            // Keyed by the space, so going to another space opens its own documents.
            <Show when={s().id} keyed>
              {(_id) => <SharedSpace space={s()} myId={me()?.id ?? ''} view={view()} refetch={refetch} />}
            </Show>
          )}
        </Match>
        <Match when={space()}>{(s) => <InvitationStatus space={s()} myId={me()?.id ?? ''} refetch={refetch} />}</Match>
      </Switch>
    </Show>
  );
}
