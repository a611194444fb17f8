// A page's frame: its one heading gets focus on arrival, so screen-reader users hear where
// they are after every navigation.
import { type JSX, createEffect, onMount } from 'solid-js';

export function Page(props: { title: string; children: JSX.Element; lead?: string }) {
  let heading!: HTMLHeadingElement;
  // The title follows the page's language when it is switched.
  createEffect(() => {
    document.title = `${props.title} · Mend`;
  });
  onMount(() => heading.focus());
  return (
    <section class="page">
      <h1 ref={heading} tabindex="-1">
        {props.title}
      </h1>
      {props.lead ? <p class="lead">{props.lead}</p> : null}
      {props.children}
    </section>
  );
}
