// A part of a page that is one tap away on a phone and simply there on a wider screen. On a
// phone the page starts with what needs the person now; pace, apologies and the ground rules
// wait behind their names, unless something in them waits for this person. The panel inside keeps its own heading for screen readers.
import { type JSX, createEffect, createSignal, onCleanup } from 'solid-js';

/** Wider than this, everything is shown as before (styles.css uses the same width). */
const WIDE = '(min-width: 40rem)';

export function Fold(props: {
  title: string;
  /** Something inside waits for this person (the other's apology to answer): shown unfolded. */
  needsMe?: boolean;
  testId?: string;
  children: JSX.Element;
}) {
  const wide = window.matchMedia(WIDE);
  const [open, setOpen] = createSignal(wide.matches);
  // Turning a phone sideways, or widening a window, opens what a narrow screen had folded.
  const onChange = () => wide.matches && setOpen(true);
  wide.addEventListener('change', onChange);
  onCleanup(() => wide.removeEventListener('change', onChange));
  createEffect(() => props.needsMe && setOpen(true));
  return (
    <details class="fold" open={open()} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={props.testId}>
      <summary>{props.title}</summary>
      {props.children}
    </details>
  );
}
