/// <reference types="vite/client" />
import { render } from 'solid-js/web';
import { App } from './App.tsx';
import './styles.css';

render(() => <App />, document.getElementById('root') as HTMLElement);

// The service worker keeps the app shell so Mend opens with no connection. Only in a built
// client: under the dev server it would keep files that change with every save.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
