// Reaching out, in two steps: a private reflection first (skippable), then the note that
// goes with the link, with the gentle-language check beside it. The writer decides.
import { useNavigate } from '@solidjs/router';
import { Show, createSignal, onCleanup } from 'solid-js';
import { content } from '../lib/locale.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { Field, TextField } from '../components/Field.tsx';
import { isOver } from '../components/LengthNote.tsx';
import { GentleHints } from '../components/GentleHints.tsx';
import { Page } from '../components/Page.tsx';
import { ReflectionEditor, reflectionSections } from '../components/ReflectionEditor.tsx';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { keepFreshLink } from '../lib/fresh-links.ts';
import { openNotebook } from '../lib/notebook.ts';
import { Limits, NEXT_REFLECTION } from '../../shared/wire.ts';
import { me } from '../stores/session.ts';

export default function NewSpace() {
  const navigate = useNavigate();
  const notebook = openNotebook(me()?.id ?? '');
  onCleanup(() => notebook.destroy());
  const [step, setStep] = createSignal<'reflect' | 'invite'>('reflect');
  const [friendName, setFriendName] = createSignal('');
  const [note, setNote] = createSignal('');
  const action = createAction();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const opened = await api.openSpace(friendName().trim(), note().trim());
      notebook.adopt(opened.id, reflectionSections().map((s) => s.id));
      keepFreshLink(opened.id, opened.inviteUrl);
      navigate(`/spaces/${opened.id}`);
    });
  };

  return (
    <Show
      when={step() === 'invite'}
      fallback={
        <Page title={content().reflection.title} lead={content().reflection.intro}>
          <ReflectionEditor notebook={notebook} reflectionKey={NEXT_REFLECTION} />
          <p class="privacy">{t('reflection.private')}</p>
          <div class="form-actions">
            <button type="button" class="primary" onClick={() => setStep('invite')}>{t('reflection.continue')}</button>
            <button type="button" class="link" onClick={() => setStep('invite')}>{t('reflection.skip')}</button>
          </div>
        </Page>
      }
    >
      <Page title={t('newSpace.title')} lead={t('newSpace.intro')}>
        <form onSubmit={submit} novalidate>
          <Field label={t('newSpace.friendName')} hint={t('newSpace.friendNameHint')} name="friendName" required limit={Limits.nameChars}
            value={friendName()} onInput={(e) => setFriendName(e.currentTarget.value)} error={action.fieldErrors().friendName} />
          <TextField label={t('newSpace.note')} hint={t('newSpace.noteHint')} name="note" limit={Limits.noteChars} rows={6}
            value={note()} onInput={(e) => setNote(e.currentTarget.value)} error={action.fieldErrors().note} />
          <GentleHints text={note()} />
          <p class="privacy">{t('newSpace.privacy', { name: friendName().trim() || '…' })}</p>
          <ErrorNote message={action.error()} />
          <button type="submit" class="primary" disabled={action.busy() || isOver(note(), Limits.noteChars)}>{t('newSpace.submit')}</button>
        </form>
      </Page>
    </Show>
  );
}
