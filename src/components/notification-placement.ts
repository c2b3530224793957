import { useEffect, useEffectEvent, useState } from 'react';

const MODAL_DIALOG = '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]';

/**
 * Whether a modal dialog is open, and a call when one opens. MUI puts every modal into its own
 * element directly under <body>, so watching <body>'s children is enough to notice it.
 */
export function useModalDialogOpen(onOpened: () => void): boolean {
  const [open, setOpen] = useState(false);
  const opened = useEffectEvent(onOpened);
  useEffect(() => {
    let before = false;
    const check = () => {
      const now = document.querySelector(MODAL_DIALOG) !== null;
      if (now && !before) opened();
      before = now;
      setOpen(now);
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true });
    return () => {
      observer.disconnect();
    };
  }, []);
  return open;
}

/** The height of an app bar when none can be measured (MUI's dense-free toolbar on phones). */
const FALLBACK_HEADER_PX = 56;

/** The height of the page's sticky header (the first <header>), kept up to date as it changes. */
export function useHeaderHeight(): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const header = document.querySelector('header');
    if (!header) return;
    // A ResizeObserver reports the size once when it starts observing, then on every change.
    const observer = new ResizeObserver(() => {
      setHeight(header.getBoundingClientRect().height);
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
    };
  }, []);
  return height > 0 ? height : FALLBACK_HEADER_PX;
}
