// JavaScript self time by function from V8's sampling profiler (CDP Profiler), for a bench that
// wants to say where its time went: `const stop = await startCpuProfile(page)`, then
// `topFunctions(await stop())`. The build carries source maps; names are the bundle's.

export async function startCpuProfile(page, intervalUs = 200) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return profile;
  };
}

/** The `count` functions with the most self time, as "name (file:line) 12.3 ms". */
export function topFunctions(profile, count = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
    const file = url.split('/').pop() || '';
    const key = `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${key} ${ms.toFixed(1)} ms`);
}
