const FOCUSABLE = 'a[href], button, select, input, [tabindex]';

function shown(element: HTMLElement): boolean {
  // Cells hidden on narrow screens (display: none) have no boxes; jsdom has no layout at all.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function focusables(within: Element): HTMLElement[] {
  return [...within.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('disabled') && shown(el),
  );
}

function cellIndex(row: Element, element: Element): number {
  const cell = element.closest('[role="cell"]');
  return cell ? [...row.querySelectorAll('[role="cell"]')].indexOf(cell) : -1;
}

/** The control of `row` nearest to the cell at `index`: in it, or the row's action. */
function counterpart(row: Element, index: number): HTMLElement | undefined {
  const cell = row.querySelectorAll('[role="cell"]')[index];
  const inCell = cell ? focusables(cell)[0] : undefined;
  return inCell ?? focusables(row).at(-1);
}

/**
 * Keys inside the catalog's rows: only a row's action is a Tab stop; the arrow keys reach the rest.
 * Left/Right (and Home/End) move between the controls of a row, Up/Down to the same column of the
 * row above or below — scrolling a row into existence first when the list has not rendered it.
 */
export function onRowKeyDown(event: KeyboardEvent, scrollToIndex: (index: number) => void): void {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  const row = target.closest('[role="row"]');
  if (!row) return;
  const controls = focusables(row);
  const at = controls.indexOf(target);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowRight':
      next = controls[at + 1];
      break;
    case 'ArrowLeft':
      next = at > 0 ? controls[at - 1] : undefined;
      break;
    case 'Home':
      next = controls[0];
      break;
    case 'End':
      next = controls.at(-1);
      break;
    case 'ArrowDown':
    case 'ArrowUp': {
      // A version picker uses the arrow keys itself.
      if (target.tagName === 'SELECT') return;
      const rowIndex = Number(row.getAttribute('aria-rowindex'));
      const wanted = rowIndex + (event.key === 'ArrowDown' ? 1 : -1);
      const column = cellIndex(row, target);
      const other = row.parentElement?.querySelector(`[aria-rowindex="${String(wanted)}"]`);
      if (other) {
        next = counterpart(other, column);
      } else if (wanted >= 2) {
        // Not rendered yet: bring it in, then move (aria-rowindex counts the header as 1).
        scrollToIndex(wanted - 2);
        const group = row.parentElement;
        requestAnimationFrame(() => {
          const later = group?.querySelector(`[aria-rowindex="${String(wanted)}"]`);
          if (later) counterpart(later, column)?.focus();
        });
        event.preventDefault();
        return;
      }
      break;
    }
    default:
      return;
  }
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
