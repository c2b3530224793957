// Runs in the page before the app (page.addInitScript): counts what React renders, commit by
// commit, through the hook React offers developer tools (present in production builds too).
// A component "rendered" when its function ran in that commit (React's PerformedWork flag);
// subtrees React did not visit are skipped. A row render is one inside a data row of a table.

export function installRenderCounter() {
  const totals = { commits: 0, components: 0, rows: 0, where: {} };
  const COMPOSITE = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const HOST = 5;
  const PERFORMED_WORK = 1;
  const hostAbove = (fiber) => {
    for (let f = fiber.return; f; f = f.return) if (f.tag === HOST) return f.stateNode;
    return null;
  };
  const describe = (element) => {
    if (!element) return '(root)';
    const labelled = element.closest('[aria-label],[role],nav,header,main,section,[id]');
    if (!labelled) return element.tagName.toLowerCase();
    const role = labelled.getAttribute('role') ?? labelled.tagName.toLowerCase();
    const name = labelled.getAttribute('aria-label') ?? labelled.id ?? '';
    return name ? `${role} "${name.slice(0, 30)}"` : role;
  };
  const count = (fiber) => {
    totals.components += 1;
    const host = hostAbove(fiber);
    const row = host?.closest?.('[role="row"]');
    if (row && Number(row.getAttribute('aria-rowindex')) >= 2) totals.rows += 1;
    const where = row ? 'a data row' : describe(host);
    totals.where[where] = (totals.where[where] ?? 0) + 1;
  };
  const mount = (fiber) => {
    for (let f = fiber; f; f = f.sibling) {
      if (COMPOSITE.has(f.tag)) count(f);
      if (f.child) mount(f.child);
    }
  };
  const walk = (next, prev) => {
    if (!prev) {
      if (COMPOSITE.has(next.tag)) count(next);
      if (next.child) mount(next.child);
      return;
    }
    if (COMPOSITE.has(next.tag) && (next.flags & PERFORMED_WORK) !== 0) count(next);
    if (next.child === prev.child) return;
    for (let child = next.child; child; child = child.sibling) walk(child, child.alternate);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1;
      this.renderers.set(id, renderer);
      return id;
    },
    onCommitFiberRoot(_id, root) {
      totals.commits += 1;
      const next = root.current;
      walk(next, next.alternate);
    },
    // React calls these too; nothing to count in them.
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onScheduleFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  window.__kxRenders = () => JSON.parse(JSON.stringify(totals));
}
