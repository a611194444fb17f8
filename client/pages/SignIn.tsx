import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { safeNext } from '../lib/next.ts';
import { setMe } from '../stores/session.ts';

export default function SignIn() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(params.next);
  const [name, setName] = createSignal('');
  const [password, setPassword] = createSignal('');
  const action = createAction();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const result = await api.signIn(name().trim(), password());
      setMe(result.me);
      navigate(next(), { replace: true });
    });
  };

  return (
    <Page title={t('account.signInTitle')}>
      <form onSubmit={submit} novalidate>
        <Field label={t('account.name')} name="name" autocomplete="username" required value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        <Field label={t('account.password')} name="password" type="password" autocomplete="current-password" required
          value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
        <ErrorNote message={action.error()} />
        <button type="submit" class="primary" disabled={action.busy()}>{t('account.signInSubmit')}</button>
      </form>
      <p><A href={`/signup?next=${encodeURIComponent(next())}`}>{t('account.noAccount')}</A></p>
      <p><A href="/recover">{t('account.forgot')}</A></p>
    </Page>
  );
}
