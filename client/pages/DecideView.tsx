// Deciding together: the sealed reassessment and its reveal, "our friendship now" written by
// both, and closing the space kindly, offered in the same calm tone as carrying on.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { CloseSpace } from '../components/CloseSpace.tsx';
import { DownloadCopy } from '../components/DownloadCopy.tsx';
import { ReassessPanel } from '../components/ReassessPanel.tsx';
import { StatementPanel } from '../components/StatementPanel.tsx';
import { t } from '../lib/copy.ts';
import { createSealed } from '../stores/create-sealed.ts';
import { useSpace } from '../stores/space-scope.ts';

export function DecideView() {
  const space = useSpace();
  const sealed = createSealed();
  const revealed = () => (space.rebuild()?.reassessments.length ?? 0) > 0;
  // Choosing comes first; once both choices are shown, writing the statement is the next step.
  const choosing = () => {
    const r = space.rebuild();
    return !!r && (!revealed() || (!!r.reassessment && !sealed.sealed()?.reassessment));
  };
  return (
    <>
      {/* A closed space can take no choice: what was shown together stays; no invitation to choose. */}
      <Show when={!space.closed() || revealed()}>
        <ReassessPanel sealed={sealed} primary={choosing()} />
      </Show>
      <Show when={revealed() || space.sync.statementText().trim() !== ''} fallback={<Show when={!space.closed()}><p class="quiet">{t('statement.later')}</p></Show>}>
        <StatementPanel primary={!choosing()} />
      </Show>
      <Show when={!space.closed()}>
        <section class="panel" aria-labelledby="carry-on-title">
          <h2 id="carry-on-title">{t('decide.carryOnTitle')}</h2>
          <p>{t('decide.carryOn')}</p>
          <ul class="plain">
            <li><A href={`/spaces/${space.spaceId}`} end>{t('decide.toTalk')}</A></li>
            <li><A href={`/spaces/${space.spaceId}/rebuild`} end>{t('decide.toRebuild')}</A></li>
          </ul>
        </section>
        <CloseSpace spaceId={space.spaceId} otherName={space.otherName()} refetch={space.refetch} />
      </Show>
      {/* Open or closed, a copy of the space is always there to take. */}
      <section class="panel your-copy">
        <p class="quiet">{t('myCopy.space')}</p>
        <DownloadCopy spaceId={space.spaceId} quiet />
      </section>
    </>
  );
}
