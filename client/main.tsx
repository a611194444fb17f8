/// <reference types="vite/client" />
import { render } from 'solid-js/web';
import { loadLanguage, startingLanguage } from './lib/locale.ts';
import { loadMe } from './stores/session.ts';
import './styles.css';

// Who is signed in is asked at once, beside the words and the app rather than after them: the
// first screen depends on the answer, and on a slow connection each wait in a row is long.
void loadMe();

// The words and the app are fetched side by side, and the page renders once both are here, in
// one language, rather than flashing keys. Only the language this person reads is fetched.
void Promise.all([import('./App.tsx'), loadLanguage(startingLanguage())]).then(([{ App }]) =>
  render(() => <App />, document.getElementById('root') as HTMLElement),
);

// The service worker keeps the app shell so Mend opens with no connection. Only in a built
// client: under the dev server it would keep files that change with every save.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
