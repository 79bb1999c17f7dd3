import type { ComponentChildren } from 'preact';

/** One titled region of a page, reachable by its heading. */
export function Panel(props: { id: string; title: string; class?: string; children: ComponentChildren }) {
  const headingId = `${props.id}-title`;
  return (
    <section class={`panel ${props.class ?? ''}`} aria-labelledby={headingId} data-panel={props.id}>
      <h3 id={headingId}>{props.title}</h3>
      {props.children}
    </section>
  );
}
