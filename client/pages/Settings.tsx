// Your settings: how often email reminders come, your password, your copy of everything, and
// deleting your account. Each part says plainly what it does and what it never does.
import { createAsync, useNavigate } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import type { EmailFrequency } from '../../shared/personal-schemas.ts';
import type { ReminderSettings } from '../../shared/personal-types.ts';
import { DownloadCopy } from '../components/DownloadCopy.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field } from '../components/Field.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { Page } from '../components/Page.tsx';
import { ApiError, api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { deleteAccount, me, setMe } from '../stores/session.ts';

const FREQUENCIES: readonly EmailFrequency[] = ['never', 'daily', 'weekly'];

function ReminderChoice(props: { current: ReminderSettings }) {
  const [chosen, setChosen] = createSignal<EmailFrequency>(props.current.email);
  const [saved, setSaved] = createSignal<ReminderSettings | null>(null);
  const action = createAction();
  const canEmail = () => (saved() ?? props.current).canEmail;
  const save = (e: SubmitEvent) => {
    e.preventDefault();
    setSaved(null);
    void action.run(async () => {
      setSaved(await api.setReminders(chosen()));
    });
  };
  return (
    <form class="reminder-form" onSubmit={save}>
      <fieldset>
        <legend>{t('settings.reminders.legend')}</legend>
        <For each={FREQUENCIES}>
          {(frequency) => (
            <label class="choice">
              <input type="radio" name="email" value={frequency} checked={chosen() === frequency}
                onChange={() => { setChosen(frequency); setSaved(null); }} />
              {t(`settings.reminders.${frequency}`)}
            </label>
          )}
        </For>
      </fieldset>
      <p>{t('settings.reminders.private')}</p>
      <Show when={!canEmail() && chosen() !== 'never'}>
        <p class="quiet">{t('settings.reminders.notSending')}</p>
      </Show>
      <ErrorNote message={action.error()} />
      <p class="form-actions">
        <button type="submit" class="secondary" disabled={action.busy()}>{t('settings.reminders.save')}</button>
        <span class="saved" role="status">{saved() ? t('settings.reminders.saved') : ''}</span>
      </p>
    </form>
  );
}

/** Adds the reminder address, or (with `remove`) takes it away and turns email off. */
function EmailAddress(props: { remove?: boolean }) {
  const [email, setEmail] = createSignal('');
  const action = createAction();
  const save = (value: string | null) => action.run(async () => void setMe(await api.setEmail(value)));
  return (
    <Show
      when={!props.remove}
      fallback={<p><button type="button" class="link" disabled={action.busy()} onClick={() => void save(null)}>{t('settings.reminders.removeEmail')}</button></p>}
    >
      <form onSubmit={(e) => { e.preventDefault(); void save(email().trim()); }} novalidate>
        <Field label={t('settings.reminders.addEmail')} hint={t('settings.reminders.addEmailHint')} type="email" autocomplete="email"
          value={email()} onInput={(e) => setEmail(e.currentTarget.value)} error={action.fieldErrors().email} />
        <ErrorNote message={action.error()} />
        <button type="submit" class="secondary" disabled={action.busy() || !email().trim()}>{t('settings.reminders.saveEmail')}</button>
      </form>
    </Show>
  );
}

function Reminders() {
  // Without an address there is nothing to choose: say so, and what stays the same.
  const settings = createAsync(() => (me()?.email ? api.reminders().catch(() => null) : Promise.resolve(null)));
  return (
    <section class="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('settings.reminders.title')}</h2>
      <p>{t('settings.reminders.intro')}</p>
      <Show when={me()?.email} fallback={<><p class="notice">{t('settings.reminders.noEmail')}</p><EmailAddress /></>}>
        {(email) => (
          <>
            <Show when={settings()} fallback={<p>{settings() === null ? t('settings.reminders.unavailable') : t('app.loading')}</p>}>
              {(current) => <ReminderChoice current={current()} />}
            </Show>
            <p class="quiet">{t('settings.reminders.emailIs', { email: email() })}</p>
            <EmailAddress remove />
          </>
        )}
      </Show>
    </section>
  );
}

function ChangePassword() {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const action = createAction();
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setSaved(false);
    setMissing(current() === '' || next() === '');
    if (missing()) return;
    void action.run(async () => {
      try {
        await api.changePassword(current(), next());
      } catch (error) {
        // Here a wrong password is the current one, and nothing was deleted or changed.
        if (error instanceof ApiError && error.code === 'wrong-password') throw new ApiError(401, 'wrong-current-password', error.message);
        throw error;
      }
      setCurrent('');
      setNext('');
      setSaved(true);
    });
  };
  return (
    <section class="panel" aria-labelledby="password-title">
      <h2 id="password-title">{t('settings.password.title')}</h2>
      <p>{t('settings.password.intro')}</p>
      <form onSubmit={submit} novalidate>
        <Field label={t('settings.password.current')} name="current-password" type="password" autocomplete="current-password"
          required value={current()} onInput={(e) => { setCurrent(e.currentTarget.value); setSaved(false); }} />
        <Field label={t('settings.password.new')} hint={t('account.passwordHint')} name="new-password" type="password"
          autocomplete="new-password" required minLength={10} value={next()} onInput={(e) => { setNext(e.currentTarget.value); setSaved(false); }}
          error={action.fieldErrors().newPassword} />
        <ErrorNote message={missing() ? t('settings.password.needBoth') : action.error()} />
        <p class="form-actions">
          <button type="submit" class="secondary" disabled={action.busy()}>{t('settings.password.save')}</button>
          <span class="saved" role="status">{saved() ? t('settings.password.saved') : ''}</span>
        </p>
      </form>
    </section>
  );
}

function DeleteAccount() {
  const navigate = useNavigate();
  const [password, setPassword] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const action = createAction();
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    setMissing(password() === '');
    if (missing()) return;
    void action.run(async () => {
      try {
        await deleteAccount(password());
      } catch (error) {
        // Here a 401 is about the password alone, not a name and password.
        if (error instanceof ApiError && error.status === 401) throw new ApiError(401, 'wrong-password', error.message);
        throw error;
      }
      navigate('/goodbye', { replace: true });
    });
  };
  return (
    <section class="panel" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('settings.delete.title')}</h2>
      <p>{t('settings.delete.intro')}</p>
      <ul>
        <li>{t('settings.delete.removesAccount')}</li>
        <li>{t('settings.delete.removesPrivate')}</li>
        <li>{t('settings.delete.removesShared')}</li>
      </ul>
      <p>{t('settings.delete.others')}</p>
      <p><strong>{t('settings.delete.final')}</strong> {t('settings.delete.copyFirst')}</p>
      <form class="confirm" onSubmit={submit} novalidate>
        <Field label={t('settings.delete.password')} hint={t('settings.delete.passwordHint')} name="password" type="password"
          autocomplete="current-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)}
          error={missing() ? t('settings.delete.needPassword') : null} />
        <ErrorNote message={action.error()} />
        <button type="submit" class="secondary" disabled={action.busy()}>{t('settings.delete.confirm')}</button>
      </form>
    </section>
  );
}

export default function Settings() {
  return (
    <Page title={t('settings.title')}>
      <section class="panel" aria-labelledby="language-title">
        <h2 id="language-title">{t('language.settingsTitle')}</h2>
        <p>{t('language.settingsIntro')}</p>
        <LanguageSwitch class="in-settings" testid="language-settings" labelledBy="language-title" />
      </section>
      <Reminders />
      <ChangePassword />
      <section class="panel" aria-labelledby="copy-title">
        <h2 id="copy-title">{t('settings.copy.title')}</h2>
        <p>{t('settings.copy.intro')}</p>
        <DownloadCopy />
        <p class="quiet">{t('settings.copy.formats')}</p>
      </section>
      <DeleteAccount />
    </Page>
  );
}
