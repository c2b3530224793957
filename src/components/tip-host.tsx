import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import './plain.css';

const TIP_ID = 'kh-tip';
/** Hovering shows the tip after this long (as MUI's tooltips); focus shows it at once. */
const HOVER_DELAY_MS = 150;
const GAP_PX = 6;

interface Shown {
  anchor: HTMLElement;
  text: string;
  /** The first line in bold (`data-tip="lead"`): a state's why above its explanation. */
  lead: boolean;
  top: number;
  left: number;
}

function tipAnchor(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('[data-tip]');
  return anchor instanceof HTMLElement ? anchor : null;
}

/**
 * One tooltip for the whole page, for plain elements marked `data-tip` with a `title`: the lines
 * of long lists use it instead of a MUI Tooltip each (one listener here instead of a component per
 * line). Like MUI's `describeChild`, the title is the element's description while the tip is
 * closed; while it is open the tip describes it, and the title is taken off so that the browser
 * does not show its own tooltip as well. Shown on hover and on keyboard focus; Escape, leaving,
 * scrolling or the element going away hide it.
 */
export function TipHost() {
  const [shown, setShown] = useState<Shown | null>(null);
  const tip = useRef<HTMLDivElement>(null);
  const open = useRef<{ anchor: HTMLElement; title: string } | null>(null);

  useEffect(() => {
    let timer: number | undefined;
    const close = () => {
      window.clearTimeout(timer);
      const was = open.current;
      if (!was) return;
      open.current = null;
      if (was.anchor.getAttribute('aria-describedby') === TIP_ID) {
        was.anchor.removeAttribute('aria-describedby');
      }
      // React may have given it a new title meanwhile; that one stays.
      if (!was.anchor.hasAttribute('title')) was.anchor.setAttribute('title', was.title);
      setShown(null);
    };
    const show = (anchor: HTMLElement) => {
      if (open.current?.anchor === anchor) return;
      close();
      const title = anchor.getAttribute('title');
      if (!title) return;
      open.current = { anchor, title };
      anchor.removeAttribute('title');
      anchor.setAttribute('aria-describedby', TIP_ID);
      const box = anchor.getBoundingClientRect();
      setShown({
        anchor,
        text: title,
        lead: anchor.dataset.tip === 'lead',
        top: box.bottom + GAP_PX,
        left: box.left,
      });
    };
    const onOver = (event: PointerEvent) => {
      const anchor = tipAnchor(event.target);
      if (!anchor || anchor === open.current?.anchor) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (anchor.isConnected && anchor.matches(':hover')) show(anchor);
      }, HOVER_DELAY_MS);
    };
    const onOut = (event: PointerEvent) => {
      const anchor = tipAnchor(event.target);
      if (!anchor) return;
      const into = event.relatedTarget;
      if (into instanceof Node && anchor.contains(into)) return;
      window.clearTimeout(timer);
      if (anchor === open.current?.anchor && anchor !== document.activeElement) close();
    };
    const onFocus = (event: FocusEvent) => {
      const anchor = tipAnchor(event.target);
      if (anchor?.matches(':focus-visible')) show(anchor);
    };
    const onBlur = (event: FocusEvent) => {
      if (tipAnchor(event.target) === open.current?.anchor) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open.current) close();
    };
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onBlur);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', close, { capture: true, passive: true });
    return () => {
      close();
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onBlur);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', close, { capture: true });
    };
  }, []);

  // Kept inside the window (above its element when there is no room below), and gone with its
  // element: a list re-rendered under the pointer fires no "pointerout".
  useEffect(() => {
    if (!shown) return undefined;
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
    const watch = window.setInterval(() => {
      if (!shown.anchor.isConnected) {
        open.current = null;
        setShown(null);
      }
    }, 250);
    return () => {
      window.clearInterval(watch);
    };
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
