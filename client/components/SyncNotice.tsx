// A quiet line about the connection, only when it matters to the person.
import { Match, Switch } from 'solid-js';
import { t } from '../lib/copy.ts';
import { isOnline } from '../lib/follow-network.ts';
import type { SyncStatus } from '../lib/sync.ts';

export function SyncNotice(props: { status: SyncStatus }) {
  return (
    <div aria-live="polite" class="sync-notice">
      <Switch>
        {/* With no network there is nothing to reconnect to yet: say what is true. */}
        <Match when={props.status === 'disconnected' && !isOnline()}><p class="notice" data-testid="offline-notice">{t('app.offline')}</p></Match>
        <Match when={props.status === 'disconnected'}><p class="notice">{t('app.reconnecting')}</p></Match>
        <Match when={props.status === 'signed-out'}><p class="notice">{t('sync.signedOut')}</p></Match>
        <Match when={props.status === 'forbidden'}><p class="notice">{t('sync.forbidden')}</p></Match>
        <Match when={props.status === 'full'}><p class="notice">{t('sync.full')}</p></Match>
        <Match when={props.status === 'space-closed'}><p class="notice" data-testid="space-closed-notice">{t('closedSpace.wordsStay')}</p></Match>
      </Switch>
    </div>
  );
}
