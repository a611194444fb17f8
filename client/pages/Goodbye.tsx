// After deleting an account: a calm last page. Anyone else who lands here is sent home.
import { Navigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { Page } from '../components/Page.tsx';
import { t } from '../lib/copy.ts';
import { accountDeleted } from '../stores/session.ts';

export default function Goodbye() {
  return (
    <Show when={accountDeleted()} fallback={<Navigate href="/" />}>
      <Page title={t('goodbye.title')}>
        <p>{t('goodbye.body')}</p>
      </Page>
    </Show>
  );
}
