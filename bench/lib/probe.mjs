// Runs in the page before the app (page.addInitScript): notes when the catalog's first rows are
// painted, and how long an input takes to reach the screen. "Painted" is the end of the frame
// that shows it: a message posted from that frame's requestAnimationFrame runs after its paint.

export function installProbe() {
  const probe = { firstRow: null, armed: null, results: [] };
  window.__kxProbe = probe;
  const now = () => performance.now();
  const afterThisFrame = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(now());
    channel.port2.postMessage(0);
  };
  const nextPaint = (done) => requestAnimationFrame(() => afterThisFrame(done));

  // The first data row (row 1 is the header row).
  const look = () => {
    if (document.querySelector('[role="row"][aria-rowindex="2"]'))
      afterThisFrame((t) => (probe.firstRow = t));
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);

  // The results: the count above the table and the table (or what stands in its place).
  const results = () =>
    document.querySelector('[role="status"]')?.parentElement?.parentElement ?? null;

  /** Measures the next `type` event (keydown, click): to its first painted frame, and until the
   * results stop changing (the frame after their last change). */
  probe.arm = (type) => {
    const m = { type, start: null, input: null, list: null, lastChange: null };
    probe.armed = m;
    const target = results();
    const observer = new MutationObserver(() => {
      if (m.start === null) return;
      m.lastChange = now();
      nextPaint((t) => (m.list = Math.max(m.list ?? 0, t)));
    });
    if (target) {
      observer.observe(target, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['style', 'aria-rowcount'],
      });
    }
    const onEvent = (event) => {
      document.removeEventListener(type, onEvent, true);
      m.start = event.timeStamp;
      nextPaint((t) => (m.input = t));
    };
    document.addEventListener(type, onEvent, true);
    m.stop = () => observer.disconnect();
  };
  /** The armed measurement once the results have been quiet for `quietMs` (null before). */
  probe.settled = (quietMs) => {
    const m = probe.armed;
    if (!m || m.input === null) return null;
    const last = m.lastChange ?? m.start;
    if (now() - last < quietMs || (m.lastChange !== null && m.list === null)) return null;
    m.stop();
    return { input: m.input - m.start, list: Math.max(m.input, m.list ?? 0) - m.start };
  };
}
