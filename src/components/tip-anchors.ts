/** The page's one tooltip (tip-host.tsx) and what shows it (here). */
export const TIP_ID = 'kh-tip';
export const GAP_PX = 6;

export interface Shown {
  anchor: HTMLElement;
  text: string;
  /** The first line in bold (`data-tip="lead"`): a state's why above its explanation. */
  lead: boolean;
  top: number;
  left: number;
}

/** Hovering shows the tip after this long (as MUI's tooltips); focus shows it at once. */
const HOVER_DELAY_MS = 150;

function tipAnchor(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('[data-tip]');
  return anchor instanceof HTMLElement ? anchor : null;
}

/**
 * Watches the whole document for elements marked `data-tip` being hovered, focused from the
 * keyboard, left, blurred, scrolled away or removed, and says which tip to show (`onShow(null)`:
 * none). Takes a described element's `title` off while its tip shows and gives it back after.
 * Returns the function that stops watching.
 */
export function watchTipAnchors(onShow: (shown: Shown | null) => void): () => void {
  let timer: number | undefined;
  let current: { anchor: HTMLElement; title: string | null } | null = null;
  let watch: number | undefined;
  const close = () => {
    window.clearTimeout(timer);
    const was = current;
    if (!was) return;
    current = null;
    window.clearInterval(watch);
    if (was.anchor.getAttribute('aria-describedby') === TIP_ID) {
      was.anchor.removeAttribute('aria-describedby');
    }
    // React may have given it a new title meanwhile; that one stays.
    if (was.title !== null && !was.anchor.hasAttribute('title')) {
      was.anchor.setAttribute('title', was.title);
    }
    onShow(null);
  };
  const show = (anchor: HTMLElement) => {
    if (current?.anchor === anchor) return;
    close();
    // A tip that is the element's name (`data-tip="label"`: an icon button) describes nothing.
    if (anchor.dataset.tip === 'label') {
      const label = anchor.getAttribute('aria-label');
      if (!label) return;
      current = { anchor, title: null };
      place(anchor, label);
      return;
    }
    const title = anchor.getAttribute('title');
    if (!title) return;
    current = { anchor, title };
    anchor.removeAttribute('title');
    anchor.setAttribute('aria-describedby', TIP_ID);
    place(anchor, title);
  };
  const place = (anchor: HTMLElement, text: string) => {
    const box = anchor.getBoundingClientRect();
    onShow({
      anchor,
      text,
      lead: anchor.dataset.tip === 'lead',
      top: box.bottom + GAP_PX,
      left: box.left,
    });
    // Gone with its element: a list re-rendered under the pointer fires no "pointerout".
    watch = window.setInterval(() => {
      if (!anchor.isConnected) close();
    }, 250);
  };
  const onOver = (event: PointerEvent) => {
    const anchor = tipAnchor(event.target);
    if (!anchor || anchor === current?.anchor) return;
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
    // Focused from the keyboard, it keeps its tip; clicked, it does not.
    if (anchor === current?.anchor && !anchor.matches(':focus-visible')) close();
  };
  const onFocus = (event: FocusEvent) => {
    const anchor = tipAnchor(event.target);
    if (anchor?.matches(':focus-visible')) show(anchor);
  };
  const onBlur = (event: FocusEvent) => {
    if (tipAnchor(event.target) === current?.anchor) close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) close();
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
}
