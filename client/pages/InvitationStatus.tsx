// The opener's view while the invitation is out: the link (once), what the friend answered,
// and a new link or a stop when needed. A "no thanks" is met with words that honour reaching out.
import { A } from '@solidjs/router';
import { Match, Show, Switch, createSignal } from 'solid-js';
import type { SpaceDetail } from '../../shared/api-types.ts';
import { ClosingNote } from '../components/ClosingNote.tsx';
import { CopyLink } from '../components/CopyLink.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Page } from '../components/Page.tsx';
import { PrivateReflection } from '../components/PrivateReflection.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { freshLink, keepFreshLink } from '../lib/fresh-links.ts';
import { dayText } from '../lib/when.ts';

export function InvitationStatus(props: { space: SpaceDetail; myId: string; refetch: () => void }) {
  const name = () => props.space.friendName;
  const [link, setLink] = createSignal(freshLink(props.space.id));
  const [revoked, setRevoked] = createSignal(false);
  const action = createAction();
  // Unanswered past its time: the link no longer works, and that is met with care too.
  const expired = () => {
    const inv = props.space.invitation;
    return !!inv && !inv.answeredNotYet && new Date(inv.expiresAt).getTime() < Date.now();
  };

  const renew = () =>
    action.run(async () => {
      const { inviteUrl } = await api.renewInvitation(props.space.id);
      keepFreshLink(props.space.id, inviteUrl);
      setLink(inviteUrl);
      setRevoked(false);
      props.refetch();
    });
  const revoke = () =>
    action.run(async () => {
      await api.revokeInvitation(props.space.id);
      setLink(undefined);
      setRevoked(true);
    });

  return (
    <Switch>
      <Match when={props.space.phase === 'declined'}>
        <Page title={t('spaces.phase.declined', { name: name() })}>
          <p>{t('invitationLink.declined', { name: name() })}</p>
          <ClosingNote spaceId={props.space.id} myId={props.myId} />
          <p><A href="/">{t('invitationLink.toSpaces')}</A></p>
        </Page>
      </Match>
      <Match when={props.space.phase === 'invited'}>
        <Page title={t('invitationLink.title')}>
          <Show when={link()} fallback={<p>{revoked() ? t('invitationLink.revoked') : t('invitationLink.linkHidden')}</p>}>
            {(url) => (
              <>
                <p>{t('invitationLink.body', { name: name() })}</p>
                <CopyLink url={url()} label={t('invitationLink.label', { name: name() })} />
              </>
            )}
          </Show>
          <Switch fallback={<p>{t('invitationLink.waiting', { name: name() })}</p>}>
            <Match when={expired()}>
              <p>{t('ending.expired', { name: name() })}</p>
            </Match>
            <Match when={props.space.invitation?.askAgainAfter}>
              {(date) => <p>{t('invitationLink.notYetUntil', { name: name(), date: dayText(date()) })}</p>}
            </Match>
            <Match when={props.space.invitation?.answeredNotYet}>
              <p>{t('invitationLink.notYet', { name: name() })}</p>
            </Match>
          </Switch>
          <ErrorNote message={action.error()} />
          {/* The hint on its own line below: run on after the link it read as one sentence. */}
          <div class="actions">
            <button type="button" class="link" onClick={renew} disabled={action.busy()} aria-describedby="renew-hint">{t('invitationLink.renew')}</button>
            <p class="hint" id="renew-hint">{t('invitationLink.renewHint')}</p>
          </div>
          <Show when={props.space.invitation && !revoked()}>
            <p><button type="button" class="link" onClick={revoke} disabled={action.busy()}>{t('invitationLink.revoke')}</button></p>
          </Show>
          <Show when={expired()}><ClosingNote spaceId={props.space.id} myId={props.myId} /></Show>
          <PrivateReflection spaceId={props.space.id} myId={props.myId} />
          <p><A href="/">{t('invitationLink.toSpaces')}</A></p>
        </Page>
      </Match>
    </Switch>
  );
}
