import { Route, Router } from '@solidjs/router';
import { createEffect, lazy, on } from 'solid-js';
import { Layout } from './components/Layout.tsx';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import Home from './pages/Home.tsx';
import { adoptAccountLanguage } from './stores/language.ts';
import { me } from './stores/session.ts';

const SignUp = lazy(() => import('./pages/SignUp.tsx'));
const SignIn = lazy(() => import('./pages/SignIn.tsx'));
const Recover = lazy(() => import('./pages/Recover.tsx'));
const NewSpace = lazy(() => import('./pages/NewSpace.tsx'));
const SpacePage = lazy(() => import('./pages/SpacePage.tsx'));
const Invite = lazy(() => import('./pages/Invite.tsx'));
const Settings = lazy(() => import('./pages/Settings.tsx'));
const Goodbye = lazy(() => import('./pages/Goodbye.tsx'));

export function App() {
  // Who is signed in was asked as the page started (main.tsx).
  // Whoever signs in here brings their language with them, on any page.
  createEffect(on(() => me()?.id, () => {
    const who = me();
    if (who) void adoptAccountLanguage(who);
  }));
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/signup" component={SignUp} />
      <Route path="/signin" component={SignIn} />
      <Route path="/recover" component={Recover} />
      <Route path="/spaces/new" component={() => <RequireSignIn><NewSpace /></RequireSignIn>} />
      {/* One route for the three views of a space, so moving between them keeps the page (and its
          live documents) mounted instead of opening them again. */}
      <Route path="/spaces/:id/:view?" matchFilters={{ view: ['rebuild', 'decide'] }}
        component={() => <RequireSignIn><SpacePage /></RequireSignIn>} />
      <Route path="/invite/:token" component={Invite} />
      <Route path="/settings" component={() => <RequireSignIn><Settings /></RequireSignIn>} />
      <Route path="/goodbye" component={Goodbye} />
      <Route path="*" component={Home} />
    </Router>
  );
}
