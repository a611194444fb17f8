// Meeting again and rebuilding over weeks: a time to meet, small promises, dates that matter
// (private), and sealed check-ins. One primary action at a time: whatever is waiting for this
// person, first an open check-in, then the other's suggestion of a time, then their promise.
import { Show } from 'solid-js';
import { bothReady } from '../../shared/space/talk-rules.ts';
import { CheckinPanel } from '../components/CheckinPanel.tsx';
import { DatesPanel } from '../components/DatesPanel.tsx';
import { MeetingPanel } from '../components/MeetingPanel.tsx';
import { PromisesPanel } from '../components/PromisesPanel.tsx';
import { t } from '../lib/copy.ts';
import { createSealed } from '../stores/create-sealed.ts';
import { useSpace } from '../stores/space-scope.ts';

type Primary = 'checkin' | 'meeting' | 'promise' | null;

export function RebuildView() {
  const space = useSpace();
  const sealed = createSealed();
  const primary = (): Primary => {
    const r = space.rebuild();
    const talk = space.talk();
    if (!r || !talk || space.closed()) return null;
    if (r.checkin && sealed.sealed() && !sealed.sealed()?.checkin) return 'checkin';
    const meeting = r.meetings.at(-1);
    if (meeting?.status === 'proposed' && meeting.proposal.by !== space.myId) return 'meeting';
    if (r.commitments.some((c) => c.status === 'proposed' && c.by !== space.myId)) return 'promise';
    if (!meeting && bothReady(talk)) return 'meeting';
    return 'promise';
  };
  return (
    <>
      {/* On a phone the check-in sits far below the meeting and the promises: say at the top that
          it waits, with a way straight to it, rather than move whole sections as things arrive. */}
      <Show when={primary() === 'checkin'}>
        <p class="notice" data-testid="checkin-waiting"><a href="#checkins-title">{t('checkins.waitingForYou')}</a></p>
      </Show>
      <MeetingPanel primary={primary() === 'meeting'} />
      <PromisesPanel primary={primary() === 'promise'} />
      <DatesPanel />
      <CheckinPanel primary={primary() === 'checkin'} sealed={sealed} />
    </>
  );
}
