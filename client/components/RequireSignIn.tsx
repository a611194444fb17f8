// Pages that need a person: wait for the session check, then send a stranger to sign in
// and bring them back here afterwards.
import { Navigate, useLocation } from '@solidjs/router';
import { type JSX, Match, Switch } from 'solid-js';
import { t } from '../lib/copy.ts';
import { accountDeleted, me } from '../stores/session.ts';

export function RequireSignIn(props: { children: JSX.Element }) {
  const location = useLocation();
  return (
    <Switch fallback={<p>{t('app.loading')}</p>}>
      {/* Just deleted here: the goodbye page, not a sign-in form. */}
      <Match when={me() === null && accountDeleted()}>
        <Navigate href="/goodbye" />
      </Match>
      <Match when={me() === null}>
        <Navigate href={`/signin?next=${encodeURIComponent(location.pathname)}`} />
      </Match>
      <Match when={me()}>{props.children}</Match>
    </Switch>
  );
}
