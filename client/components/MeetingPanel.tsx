// Meeting again (journey step 7). Either can suggest a time once both are ready; the other
// accepts, suggests another time, or says not yet. An agreed time comes with a calendar file,
// a private preparation, and afterwards a private note and one line to share.
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import type { Meeting } from '../../shared/space/types.ts';
import { bothReady } from '../../shared/space/talk-rules.ts';
import { api } from '../lib/api.ts';
import { labelOf, t } from '../lib/copy.ts';
import { createNow, meetingTime } from '../lib/when.ts';
import { useSpace } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { MeetingAfter, MeetingPrep } from './MeetingPrep.tsx';
import { type MeetingDraft, MeetingForm } from './MeetingForm.tsx';
import { paceWords } from './PacePanel.tsx';

const words = (m: Meeting) => ({ mode: t(`meeting.modeWords.${m.proposal.mode}`), time: meetingTime(m.proposal.when) });

function Where(props: { meeting: Meeting }) {
  const isLink = () => /^https:\/\/\S+$/.test(props.meeting.proposal.place ?? '');
  return (
    <Show when={props.meeting.proposal.place}>
      {(place) => (
        <p>
          {t(props.meeting.proposal.mode === 'video' ? 'meeting.linkLabel' : 'meeting.placeLabel')}{' '}
          <Show when={isLink()} fallback={<span class="words">{place()}</span>}>
            <a href={place()} rel="noopener noreferrer" target="_blank">{place()}</a>
          </Show>
        </p>
      )}
    </Show>
  );
}

export function MeetingPanel(props: { primary: boolean }) {
  const space = useSpace();
  const actions = space.newActions();
  const now = createNow();
  const [editing, setEditing] = createSignal(false);
  const meetings = () => space.rebuild()?.meetings ?? [];
  const latest = () => meetings().at(-1) ?? null;
  const earlier = () => meetings().slice(0, -1).filter((m) => m.status === 'agreed');
  const ready = () => { const tk = space.talk(); return !!tk && bothReady(tk); };
  const started = (m: Meeting) => new Date(m.proposal.when).getTime() <= now();
  const other = space.otherName;

  const propose = (d: MeetingDraft) => actions.send({ type: 'propose-meeting', ...d }).then(() => void setEditing(false));
  const move = (m: Meeting) => (d: MeetingDraft) => actions.send({ type: 'move-meeting', meetingId: m.id, ...d }).then(() => void setEditing(false));
  const answer = (m: Meeting, a: 'accept' | 'not-yet') => void actions.send({ type: 'answer-meeting', meetingId: m.id, answer: a }).catch(() => undefined);

  /** A new suggestion is open when there is none yet, the last was "not yet", or its time has come. */
  const canSuggestNew = () => { const m = latest(); return !m || m.status === 'not-yet' || (m.status === 'agreed' && started(m)); };

  const newSuggestion = () => (
    <Show when={ready()} fallback={
      <div class="notice" data-testid="meeting-not-ready">
        <p>{t('meeting.notReady')}</p>
        <p>{paceWords('other', space.talk()?.pace[space.otherId()], other())} {paceWords('mine', space.talk()?.pace[space.myId], '')}</p>
        <p><A href={`/spaces/${space.spaceId}`} end>{t('meeting.changePace')}</A></p>
      </div>
    }>
      <Show when={editing() || !latest()} fallback={
        <button type="button" class="secondary" onClick={() => setEditing(true)}>{t(latest()?.status === 'agreed' ? 'meeting.again' : 'meeting.suggest')}</button>
      }>
        <MeetingForm otherName={other()} submitLabel={t('meeting.form.propose')} primary={props.primary} busy={actions.busy()} onSubmit={propose}
          onCancel={latest() ? () => setEditing(false) : undefined} />
      </Show>
    </Show>
  );

  return (
    <section class="panel" aria-labelledby="meeting-title" data-testid="meeting">
      <h2 id="meeting-title">{t('meeting.title')}</h2>
      {/* How suggesting works, said only while it can still be done. */}
      <Show when={!space.closed()}><p class="hint">{t('meeting.intro')}</p></Show>
      <Show when={latest()}>
        {(m) => (
          <div class="meeting fade-in" aria-live="polite">
            <Switch>
              <Match when={m().status === 'proposed' && m().proposal.by === space.myId}>
                <p data-testid="meeting-state">{t('meeting.proposedByMe', words(m()))}</p>
                <Where meeting={m()} />
                <Show when={!space.closed()}><p class="waiting">{t('meeting.waiting', { name: other() })}</p></Show>
              </Match>
              <Match when={m().status === 'proposed'}>
                <p data-testid="meeting-state">{t('meeting.proposedByOther', { name: other(), ...words(m()) })}</p>
                <Where meeting={m()} />
                <Show when={!space.closed() && !editing()}>
                  <div class="choices">
                    <button type="button" class={props.primary ? 'primary' : 'secondary'} disabled={actions.busy()} onClick={() => answer(m(), 'accept')}>{t('meeting.accept')}</button>
                    <button type="button" class="secondary" onClick={() => setEditing(true)}>{t('meeting.suggestOther')}</button>
                    <button type="button" class="link" disabled={actions.busy()} onClick={() => answer(m(), 'not-yet')}>{t('meeting.notYet')}</button>
                  </div>
                  <p class="quiet">{t('meeting.notYetHint')}</p>
                </Show>
              </Match>
              <Match when={m().status === 'not-yet'}>
                <p data-testid="meeting-state">{m().proposal.by === space.myId ? t('meeting.saidNotYetOther', { name: other() }) : t('meeting.saidNotYetMe')}</p>
              </Match>
              <Match when={m().status === 'agreed'}>
                <p data-testid="meeting-state">{t(started(m()) ? 'meeting.agreedPast' : 'meeting.agreed', words(m()))}</p>
                <Where meeting={m()} />
                {/* A calendar entry is for a meeting still ahead, in a space both are still in. */}
                <Show when={!space.closed() && !started(m())}>
                  <p><a href={api.calendarUrl(space.spaceId, m().id)} download={`meeting-${m().id}.ics`} data-testid="meeting-ics">{t('meeting.calendar')}</a></p>
                  <p class="quiet">{t('meeting.calendarHint', { name: other() })}</p>
                </Show>
              </Match>
            </Switch>
            {/* Either may move a time that is not yet past: the other answers it again. */}
            <Show when={!space.closed() && m().status !== 'not-yet' && !started(m())}>
              <Show when={editing()} fallback={
                <Show when={m().proposal.by === space.myId || m().status === 'agreed'}>
                  <p><button type="button" class="link" onClick={() => setEditing(true)}>{t('meeting.suggestOther')}</button></p>
                </Show>
              }>
                <MeetingForm otherName={other()} from={m().proposal} submitLabel={t('meeting.form.move')} primary={props.primary}
                  busy={actions.busy()} onSubmit={move(m())} onCancel={() => setEditing(false)} />
              </Show>
            </Show>
            <Show when={m().status === 'agreed'}>
              <MeetingPrep meeting={m()} past={started(m())} />
              <Show when={started(m())}><MeetingAfter meeting={m()} /></Show>
            </Show>
          </div>
        )}
      </Show>
      <Show when={!space.closed() && canSuggestNew()}>{newSuggestion()}</Show>
      <Show when={space.closed() && !latest()}><p class="quiet" data-testid="meeting-none">{t('meeting.noneClosed')}</p></Show>
      <Show when={actions.queued()}><p class="notice" role="status">{t('round.queued')}</p></Show>
      <ErrorNote message={actions.error()} />
      <Show when={earlier().length > 0}>
        <h3>{t('meeting.earlier')}</h3>
        <ul class="plain">
          <For each={earlier()}>
            {(m) => (
              <li>
                {t('meeting.agreedPast', words(m))}
                <For each={Object.entries(m.lines)}>{([by, line]) => <blockquote>{labelOf(space.nameOf(by))}: {line}</blockquote>}</For>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
