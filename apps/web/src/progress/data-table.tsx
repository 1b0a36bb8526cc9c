import type { ComponentChildren } from 'preact';

/**
 * A table of figures under a visible heading. On a narrow screen the table may scroll sideways
 * without making the page scroll: the scrolling region is named by the heading and reachable with
 * the keyboard (WCAG 2.1.1, 1.4.10), shadows at its edges show that there is more. The caption
 * (the same words as the heading, for screen readers) stays in the table; it is not shown, as a
 * caption is as wide as its table and would scroll away with it.
 */
export function DataTable({ id, title, describedBy, children }: { id: string; title: string; describedBy?: string; children: ComponentChildren }) {
  return (
    <>
      <h2 class="data-table__title" id={`${id}-title`}>
        {title}
      </h2>
      <div class="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table class="data-table" id={id} aria-describedby={describedBy}>
          <caption class="visually-hidden">{title}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
