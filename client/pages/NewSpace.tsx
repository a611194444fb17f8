import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field, TextField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { keepFreshLink } from '../lib/fresh-links.ts';

export default function NewSpace() {
  const navigate = useNavigate();
  const [friendName, setFriendName] = createSignal('');
  const [note, setNote] = createSignal('');
  const action = createAction();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const opened = await api.openSpace(friendName().trim(), note().trim());
      keepFreshLink(opened.id, opened.inviteUrl);
      navigate(`/spaces/${opened.id}`);
    });
  };

  return (
    <Page title={t('newSpace.title')} lead={t('newSpace.intro')}>
      <form onSubmit={submit} novalidate>
        <Field label={t('newSpace.friendName')} hint={t('newSpace.friendNameHint')} name="friendName" required maxLength={60}
          value={friendName()} onInput={(e) => setFriendName(e.currentTarget.value)} error={action.fieldErrors().friendName} />
        <TextField label={t('newSpace.note')} hint={t('newSpace.noteHint')} name="note" maxLength={2000} rows={6}
          value={note()} onInput={(e) => setNote(e.currentTarget.value)} error={action.fieldErrors().note} />
        <p class="privacy">{t('newSpace.privacy', { name: friendName().trim() || '…' })}</p>
        <ErrorNote message={action.error()} />
        <button type="submit" class="primary" disabled={action.busy()}>{t('newSpace.submit')}</button>
      </form>
    </Page>
  );
}
