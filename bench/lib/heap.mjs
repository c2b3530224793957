// JS heap in use after garbage collection: the page's, and its workers' (each its own heap).

/** { page, workers }: bytes after a full GC; `workers` is null when the page has none. */
export async function heapOf(browser, page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { page: usedSize, workers: await workerHeaps(browser) };
}

/** Attaches to every dedicated worker of the browser and sums their heaps after GC. */
async function workerHeaps(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'worker');
    if (workers.length === 0) return null;
    let total = 0;
    for (const worker of workers) {
      const { sessionId } = await session.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      });
      let id = 0;
      const call = (method, params = {}) =>
        new Promise((resolve) => {
          const mine = ++id;
          const listener = (event) => {
            if (event.sessionId !== sessionId) return;
            const message = JSON.parse(event.message);
            if (message.id !== mine) return;
            session.off('Target.receivedMessageFromTarget', listener);
            resolve(message.result);
          };
          session.on('Target.receivedMessageFromTarget', listener);
          session.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id: mine, method, params }),
          });
        });
      await call('HeapProfiler.collectGarbage');
      const result = await call('Runtime.getHeapUsage');
      total += result?.usedSize ?? 0;
      await session.send('Target.detachFromTarget', { sessionId });
    }
    return total;
  } finally {
    await session.detach();
  }
}
