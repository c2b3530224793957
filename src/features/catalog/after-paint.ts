import { useEffect, useState } from 'react';

/**
 * Runs `run` once the next frame has been painted: a task posted from that frame's animation
 * callback runs after its paint. A page that paints no frame (a hidden tab) runs it after
 * `fallbackMs`. Gives a function that cancels it.
 */
export function afterNextPaint(run: () => void, fallbackMs = 100): () => void {
  let done = false;
  let frame: number | null = null;
  const once = () => {
    if (done) return;
    cancel();
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        once();
      };
      channel.port2.postMessage(null);
    });
  }
  function cancel() {
    done = true;
    clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
  }
  return cancel;
}

/**
 * `value` as it was when the frame after its last change had been painted: what is worked out
 * from it (a list of ten thousand filtered by a search) follows the change that caused it (the
 * typed letter) by a frame, instead of holding that frame back. A render outside a transition,
 * so it is done in one go rather than in slices that each wait for a frame.
 */
export function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (Object.is(later, value)) return undefined;
    return afterNextPaint(() => {
      setLater(() => value);
    });
  }, [later, value]);
  return later;
}
