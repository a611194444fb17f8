// The space both friends share once both said yes, in three views: talking it through,
// meeting and rebuilding, deciding together. The documents are opened once here and shared by
// all three; each view then has one primary action at a time.
import { Match, Show, Switch } from 'solid-js';
import type { SpaceDetail } from '../../shared/api-types.ts';
import { ClosedNote } from '../components/CloseSpace.tsx';
import { Page } from '../components/Page.tsx';
import { SpaceNav, type SpaceView } from '../components/SpaceNav.tsx';
import { SyncNotice } from '../components/SyncNotice.tsx';
import { t } from '../lib/copy.ts';
import { createSpaceSync } from '../stores/create-space-sync.ts';
import { SpaceProvider, createSpaceScope } from '../stores/space-scope.ts';
import { ConversationView } from './ConversationView.tsx';
import { DecideView } from './DecideView.tsx';
import { RebuildView } from './RebuildView.tsx';

export function SharedSpace(props: { space: SpaceDetail; myId: string; view: SpaceView; refetch: () => void }) {
  const sync = createSpaceSync(props.space.id, props.myId);
  const scope = createSpaceScope({
    spaceId: props.space.id,
    myId: props.myId,
    sync,
    // Empty once the other deleted their account: t() then reads the sentences written for that.
    otherName: () => props.space.otherName,
    closedByDetail: () => props.space.phase === 'closed',
    refetch: props.refetch,
  });
  const other = () => props.space.otherName;

  return (
    <SpaceProvider value={scope}>
      {/* Keyed by the view: a new page, so its heading takes focus and the title is said. */}
      <Show when={props.view} keyed>
        {(view) => (
          <Page title={t(`spaceNav.title.${view}`, { name: other() })}>
            <SpaceNav spaceId={props.space.id} />
            <SyncNotice status={sync.status()} />
            <p class="presence" aria-live="polite">{sync.otherHere() ? t('space.otherHere', { name: other() }) : ''}</p>
            <Show when={scope.closed() && scope.shared()}>{(s) => <ClosedNote state={s()} myId={props.myId} otherName={other()} otherLeft={props.space.otherName === ''} />}</Show>
            <Switch>
              <Match when={view === 'talk'}><ConversationView /></Match>
              <Match when={view === 'rebuild'}><RebuildView /></Match>
              <Match when={view === 'decide'}><DecideView /></Match>
            </Switch>
          </Page>
        )}
      </Show>
    </SpaceProvider>
  );
}
