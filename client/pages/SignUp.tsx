import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { safeNext } from '../lib/next.ts';
import { setMe } from '../stores/session.ts';
import { Limits } from '../../shared/wire.ts';

export default function SignUp() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(params.next);
  const [name, setName] = createSignal('');
  const [displayName, setDisplayName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [codes, setCodes] = createSignal<string[] | null>(null);
  const [copied, setCopied] = createSignal(false);
  const action = createAction();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const result = await api.signUp(name().trim(), password(), email().trim() || undefined, displayName().trim() || undefined);
      setCodes(result.recoveryCodes);
      setMe(result.me);
    });
  };

  const copy = async () => {
    await navigator.clipboard?.writeText(codes()?.join('\n') ?? '').catch(() => undefined);
    setCopied(true);
  };

  return (
    <Show
      when={codes()}
      fallback={
        <Page title={t('account.signUpTitle')}>
          <form onSubmit={submit} novalidate>
            <Field label={t('signUpNames.signInName')} hint={t('signUpNames.signInNameHint')} name="name" autocomplete="username" required limit={Limits.nameChars}
              value={name()} onInput={(e) => setName(e.currentTarget.value)} error={action.fieldErrors().name} />
            <Field label={t('signUpNames.displayName')} hint={t('signUpNames.displayNameHint')} name="displayName" autocomplete="nickname" limit={Limits.nameChars}
              value={displayName()} onInput={(e) => setDisplayName(e.currentTarget.value)} error={action.fieldErrors().displayName} />
            <Field label={t('account.password')} hint={t('account.passwordHint')} name="password" type="password" autocomplete="new-password"
              required minLength={10} value={password()} onInput={(e) => setPassword(e.currentTarget.value)} error={action.fieldErrors().password} />
            <Field label={t('account.email')} hint={t('account.emailHint')} name="email" type="email" autocomplete="email"
              value={email()} onInput={(e) => setEmail(e.currentTarget.value)} error={action.fieldErrors().email} />
            <ErrorNote message={action.error()} />
            <button type="submit" class="primary" disabled={action.busy()}>{t('account.signUpSubmit')}</button>
          </form>
          <p><A href={`/signin?next=${encodeURIComponent(next())}`}>{t('account.haveAccount')}</A></p>
        </Page>
      }
    >
      {(list) => (
        <Page title={t('account.codesTitle')} lead={t('account.codesBody')}>
          <ol class="codes" aria-label={t('account.codesTitle')}>
            <For each={list()}>{(code) => <li><code>{code}</code></li>}</For>
          </ol>
          <p>
            <button type="button" class="link" onClick={copy}>{t('account.codesCopy')}</button>{' '}
            <span aria-live="polite">{copied() ? t('account.codesCopied') : ''}</span>
          </p>
          <button type="button" class="primary" onClick={() => navigate(next(), { replace: true })}>{t('account.codesDone')}</button>
        </Page>
      )}
    </Show>
  );
}
