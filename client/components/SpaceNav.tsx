// The three views of a shared space, as plain links; the one shown is marked for screen readers.
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../lib/copy.ts';

export type SpaceView = 'talk' | 'rebuild' | 'decide';

const VIEWS: readonly { view: SpaceView; suffix: string }[] = [
  { view: 'talk', suffix: '' },
  { view: 'rebuild', suffix: '/rebuild' },
  { view: 'decide', suffix: '/decide' },
];

export function SpaceNav(props: { spaceId: string }) {
  return (
    <nav class="space-nav" aria-label={t('spaceNav.label')}>
      <ul>
        <For each={VIEWS}>
          {(v) => (
            // `end`: the conversation's link is current only on its own address, not under it.
            <li><A href={`/spaces/${props.spaceId}${v.suffix}`} end>{t(`spaceNav.${v.view}`)}</A></li>
          )}
        </For>
      </ul>
    </nav>
  );
}
