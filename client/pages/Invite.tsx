// The invitation link's page. Opening it changes nothing; the friend reads the note and
// chooses: join (with an account, then an explicit confirmation), not yet, or no thanks.
import { A, createAsync, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { Match, Show, Switch, createSignal } from 'solid-js';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { ApiError, api } from '../lib/api.ts';
import { errorText, t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { me } from '../stores/session.ts';

type Step = 'choose' | 'join' | 'not-yet' | 'no-thanks' | 'done-not-yet' | 'done-no-thanks';

export default function Invite() {
  const params = useParams<{ token: string }>();
  const navigate = useNavigate();
  // Only the server's "gone" means the link is closed. A failed connection or a busy server
  // says so and offers another try: a friend on a weak signal must not read that the link is dead.
  const [tries, setTries] = createSignal(0);
  const [unreachable, setUnreachable] = createSignal<string | null>(null);
  const invitation = createAsync(() => {
    tries();
    return api.invitation(params.token).then(
      (view) => {
        setUnreachable(null);
        return view;
      },
      (e: unknown) => {
        setUnreachable(e instanceof ApiError && e.code === 'invitation-gone' ? null : e instanceof ApiError ? e.code : 'generic');
        return null;
      },
    );
  });
  const [search] = useSearchParams();
  // Coming back from signing up or in, the friend lands on the confirmation they asked for.
  const [step, setStep] = createSignal<Step>(search.step === 'join' ? 'join' : 'choose');
  const [askAgainAfter, setAskAgainAfter] = createSignal('');
  const action = createAction();
  const here = () => `/invite/${params.token}?step=join`;
  const opener = () => invitation()?.openerName ?? '';

  const answer = (kind: 'join' | 'not-yet' | 'no-thanks') =>
    action.run(async () => {
      const result = await api.answerInvitation(params.token, kind, kind === 'not-yet' ? askAgainAfter() || undefined : undefined);
      if (result.spaceId) navigate(`/spaces/${result.spaceId}`, { replace: true });
      else setStep(kind === 'not-yet' ? 'done-not-yet' : 'done-no-thanks');
    });

  return (
    <Show when={invitation() !== undefined} fallback={<p>{t('app.loading')}</p>}>
      <Show when={invitation()} fallback={
        <Show when={unreachable()} fallback={<Page title={t('errors.invitation-gone')}><p>{t('invite.gone')}</p></Page>}>
          {(code) => (
            <Page title={t('invite.unreachableTitle')}>
              <p role="alert">{errorText(code())}</p>
              <button type="button" class="primary" onClick={() => setTries((n) => n + 1)}>{t('invite.tryAgain')}</button>
            </Page>
          )}
        </Show>
      }>
        {(inv) => (
          <Switch>
            <Match when={step() === 'choose'}>
              <Page title={t('invite.title', { name: inv().openerName })}>
                <p>{t('invite.explain')}</p>
                <Show when={inv().note}>
                  <figure class="note">
                    <figcaption>{t('invite.noteFrom', { name: inv().openerName })}</figcaption>
                    <blockquote data-testid="invite-note">{inv().note}</blockquote>
                  </figure>
                </Show>
                {/* The opener opening their own link sees what the friend will see; the choices are the friend's. */}
                <Show when={!inv().yours} fallback={
                  <>
                    <p class="notice" role="status" data-testid="invite-yours">{t('invite.yours', { name: inv().friendName })}</p>
                    <p><A href="/">{t('invitationLink.toSpaces')}</A></p>
                  </>
                }>
                  <div class="choices" role="group" aria-label={t('invite.title', { name: inv().openerName })}>
                    <button type="button" class="primary" onClick={() => setStep('join')}>{t('invite.choice.join')}</button>
                    <button type="button" class="secondary" onClick={() => setStep('not-yet')}>{t('invite.choice.notYet')}</button>
                    <button type="button" class="secondary" onClick={() => setStep('no-thanks')}>{t('invite.choice.noThanks')}</button>
                  </div>
                </Show>
              </Page>
            </Match>
            <Match when={step() === 'join'}>
              <Show
                when={me()}
                fallback={
                  <Page title={t('invite.confirmJoinTitle', { name: opener() })} lead={t('invite.needAccount')}>
                    <p><A class="button primary" href={`/signup?next=${encodeURIComponent(here())}`}>{t('nav.signUp')}</A></p>
                    <p><A href={`/signin?next=${encodeURIComponent(here())}`}>{t('nav.signIn')}</A></p>
                    <p><button type="button" class="link" onClick={() => setStep('choose')}>{t('invite.cancel')}</button></p>
                  </Page>
                }
              >
                {(who) => (
                  <Page title={t('invite.confirmJoinTitle', { name: opener() })}>
                    <p>{t('invite.confirmJoinBody', { me: who().displayName, name: opener() })}</p>
                    <ErrorNote message={action.error()} />
                    <div class="form-actions">
                      <button type="button" class="primary" disabled={action.busy()} onClick={() => answer('join')}>{t('invite.confirmJoin')}</button>
                      <button type="button" class="link" onClick={() => setStep('choose')}>{t('invite.cancel')}</button>
                    </div>
                  </Page>
                )}
              </Show>
            </Match>
            <Match when={step() === 'not-yet'}>
              <Page title={t('invite.choice.notYet')} lead={t('invite.notYetHint')}>
                <form onSubmit={(e) => { e.preventDefault(); void answer('not-yet'); }}>
                  <Field label={t('invite.askAgainAfter')} type="date" name="askAgainAfter" value={askAgainAfter()}
                    min={new Date().toISOString().slice(0, 10)} onInput={(e) => setAskAgainAfter(e.currentTarget.value)} />
                  <ErrorNote message={action.error()} />
                  <div class="form-actions">
                    <button type="submit" class="primary" disabled={action.busy()}>{t('invite.notYetSubmit')}</button>
                    <button type="button" class="link" onClick={() => setStep('choose')}>{t('invite.cancel')}</button>
                  </div>
                </form>
              </Page>
            </Match>
            <Match when={step() === 'no-thanks'}>
              <Page title={t('invite.choice.noThanks')} lead={t('invite.noThanksHint', { name: opener() })}>
                <ErrorNote message={action.error()} />
                <div class="form-actions">
                  <button type="button" class="primary" disabled={action.busy()} onClick={() => answer('no-thanks')}>{t('invite.noThanksConfirm')}</button>
                  <button type="button" class="link" onClick={() => setStep('choose')}>{t('invite.cancel')}</button>
                </div>
              </Page>
            </Match>
            <Match when={step() === 'done-not-yet'}>
              <Page title={t('invite.choice.notYet')}><p>{t('invite.notYetDone', { name: opener() })}</p></Page>
            </Match>
            <Match when={step() === 'done-no-thanks'}>
              <Page title={t('invite.choice.noThanks')}><p>{t('invite.noThanksDone', { name: opener() })}</p></Page>
            </Match>
          </Switch>
        )}
      </Show>
    </Show>
  );
}
