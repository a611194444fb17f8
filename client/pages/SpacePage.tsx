import { createAsync, query, revalidate, useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { Page } from '../components/Page.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { me } from '../stores/session.ts';
import { InvitationStatus } from './InvitationStatus.tsx';
import { SharedSpace } from './SharedSpace.tsx';

const getSpace = query((id: string) => api.space(id).catch(() => null), 'space');

export default function SpacePage() {
  const params = useParams<{ id: string }>();
  const space = createAsync(() => getSpace(params.id));
  const refetch = () => void revalidate(getSpace.keyFor(params.id));
  return (
    <Show when={space() !== undefined && me()} fallback={<p>{t('app.loading')}</p>}>
      <Switch>
        <Match when={space() === null}>
          <Page title={t('space.notFound')}><p /></Page>
        </Match>
        <Match when={space()?.phase === 'open' || space()?.phase === 'closed' ? space() : null}>
          {(s) => <SharedSpace space={s()} myId={me()?.id ?? ''} refetch={refetch} />}
        </Match>
        <Match when={space()}>{(s) => <InvitationStatus space={s()} myId={me()?.id ?? ''} refetch={refetch} />}</Match>
      </Switch>
    </Show>
  );
}
