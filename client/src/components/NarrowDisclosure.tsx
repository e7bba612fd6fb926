import { useState } from 'react';
import type { ReactNode } from 'react';
import { useMediaQuery } from './useMediaQuery';

export interface NarrowDisclosureProps {
  /** The media query under which the content folds, e.g. `(max-width: 40rem)`. */
  readonly query: string;
  /** The always visible line that opens and closes the content on narrow screens. */
  readonly summary: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Content that folds behind a summary line on narrow screens (filters and choices would otherwise push the
 * map or the results below the first screen) and is simply shown on wide ones. It starts folded; the
 * summary is a native <details> toggle, so keyboard and screen readers work without extra code.
 */
export function NarrowDisclosure({ query, summary, className, children }: NarrowDisclosureProps) {
  const narrow = useMediaQuery(query);
  const [open, setOpen] = useState(false);
  const classes = ['narrow-disclosure', className].filter(Boolean).join(' ');
  if (!narrow) return <div className={classes}>{children}</div>;
  return (
    <details
      className={classes}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
