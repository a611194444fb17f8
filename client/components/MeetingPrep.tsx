// Around an agreed meeting: a short private preparation before it (what I want to listen for,
// what I want to say, our ground rules beside them), and after it a private note on how it
// went and, if the person likes, one line shared with the other.
import { Show } from 'solid-js';
import type { Meeting } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { useSpace } from '../stores/space-scope.ts';
import { Composer } from './Composer.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { PrivateNote } from './PrivateNote.tsx';

/** The one line each may share after meeting; matches the server's limit. */
const LINE_CHARS = 280;

export function MeetingPrep(props: { meeting: Meeting; past: boolean }) {
  const space = useSpace();
  const rules = () => space.talk()?.groundRules.agreed?.text ?? space.sync.groundRulesText();
  return (
    <details class="panel sub" open={!space.closed() && !props.past}>
      <summary>{t('meeting.prep.title')}</summary>
      <p class="hint">{t('meeting.prep.intro')}</p>
      <PrivateNote label={t('meeting.prep.listen')} hint={t('meeting.prep.listenHint', { name: space.otherName() })}
        text={space.sync.draft(`meet-prep-listen:${props.meeting.id}`)} testId="prep-listen" readOnly={space.closed()} />
      <PrivateNote label={t('meeting.prep.say')} hint={t('meeting.prep.sayHint')}
        text={space.sync.draft(`meet-prep-say:${props.meeting.id}`)} testId="prep-say" readOnly={space.closed()} />
      <h3>{t('meeting.prep.rules')}</h3>
      <Show when={rules().trim()} fallback={<p class="quiet">{t('meeting.prep.rulesEmpty')}</p>}>
        <blockquote>{rules()}</blockquote>
      </Show>
    </details>
  );
}

export function MeetingAfter(props: { meeting: Meeting }) {
  const space = useSpace();
  const actions = space.newActions();
  const mine = () => props.meeting.lines[space.myId];
  const theirs = () => props.meeting.lines[space.otherId()];
  return (
    <section class="panel sub" aria-labelledby={`after-${props.meeting.id}`}>
      <h3 id={`after-${props.meeting.id}`}>{t('meeting.after.title')}</h3>
      <Show when={theirs()}>
        {(line) => <><p class="who">{t('meeting.after.lineBy', { name: space.otherName() })}</p><blockquote data-testid="meeting-line">{line()}</blockquote></>}
      </Show>
      <PrivateNote label={t('meeting.after.how')} text={space.sync.draft(`meet-after:${props.meeting.id}`)} testId="meeting-how" readOnly={space.closed()} />
      <Show when={mine()} fallback={
        <Show when={!space.closed()}>
          <Composer label={t('meeting.after.line', { name: space.otherName() })} hint={t('meeting.after.lineHint', { name: space.otherName() })}
            draft={space.sync.draft(`meet-line:${props.meeting.id}`)} submitLabel={t('meeting.after.share')} rows={2} limit={LINE_CHARS}
            busy={actions.busy()} testId="composer-meeting-line" quiet
            onSubmit={(text) => actions.send({ type: 'share-meeting-line', meetingId: props.meeting.id, text })} />
          <ErrorNote message={actions.error()} />
        </Show>
      }>
        {(line) => <><p class="who">{t('meeting.after.youShared')}</p><blockquote>{line()}</blockquote></>}
      </Show>
    </section>
  );
}
