import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale-context.js';

/**
 * A table that scrolls sideways inside its card when it is wider than the screen (a phone),
 * instead of being cut off or widening the page. The edge with more to see shows a shadow
 * (styles.css), and the region takes the focus, so the arrow keys scroll it too.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must be reachable by keyboard to be scrolled.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this groups a table.
    <div className="table-scroll" role="group" aria-label={t.tables.scrollHint} tabIndex={0}>
      {children}
    </div>
  );
}
