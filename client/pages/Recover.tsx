import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { setMe } from '../stores/session.ts';

export default function Recover() {
  const navigate = useNavigate();
  const [name, setName] = createSignal('');
  const [code, setCode] = createSignal('');
  const [password, setPassword] = createSignal('');
  const action = createAction();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const result = await api.recover(name().trim(), code().trim(), password());
      setMe(result.me);
      navigate('/', { replace: true });
    });
  };

  return (
    <Page title={t('account.recoverTitle')} lead={t('account.recoverBody')}>
      <form onSubmit={submit} novalidate>
        <Field label={t('account.name')} name="name" autocomplete="username" required value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        <Field label={t('account.recoveryCode')} name="code" autocomplete="one-time-code" required value={code()} onInput={(e) => setCode(e.currentTarget.value)} />
        <Field label={t('account.newPassword')} hint={t('account.passwordHint')} name="password" type="password" autocomplete="new-password"
          required minLength={10} value={password()} onInput={(e) => setPassword(e.currentTarget.value)} error={action.fieldErrors().newPassword} />
        <ErrorNote message={action.error()} />
        <button type="submit" class="primary" disabled={action.busy()}>{t('account.recoverSubmit')}</button>
      </form>
    </Page>
  );
}
