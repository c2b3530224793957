import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import './plain.css';
import { GAP_PX, TIP_ID, watchTipAnchors, type Shown } from './tip-anchors';

/**
 * One tooltip for the whole page, for plain elements marked `data-tip` with a `title` (or, with
 * `data-tip="label"`, showing their `aria-label`: icon buttons): the lines of long lists and the
 * first screen's icon buttons use it instead of a MUI Tooltip each (one listener here instead of
 * a component and Popper per element). Like MUI's `describeChild`, the title is the element's
 * description while the tip is closed; while it is open the tip describes it, and the title is
 * taken off so that the browser does not show its own tooltip as well. Shown on hover and on keyboard focus; Escape, leaving,
 * scrolling or the element going away hide it.
 */
export function TipHost() {
  const [shown, setShown] = useState<Shown | null>(null);
  const tip = useRef<HTMLDivElement>(null);

  useEffect(() => watchTipAnchors(setShown), []);

  // Kept inside the window (above its element when there is no room below).
  useEffect(() => {
    if (!shown) return;
    const element = tip.current;
    if (element) {
      const box = element.getBoundingClientRect();
      const room = window.innerHeight - shown.top;
      const top =
        box.height > room
          ? shown.anchor.getBoundingClientRect().top - GAP_PX - box.height
          : shown.top;
      const left = Math.max(4, Math.min(shown.left, window.innerWidth - box.width - 4));
      element.style.transform = `translate(${String(left)}px, ${String(Math.max(4, top))}px)`;
      element.style.visibility = 'visible';
    }
  }, [shown]);

  if (!shown) return null;
  const [first = '', ...rest] = shown.text.split('\n');
  return createPortal(
    <div ref={tip} id={TIP_ID} role="tooltip" className="kh-tip">
      {shown.lead ? <strong>{first}</strong> : first}
      {rest.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>,
    document.body,
  );
}
