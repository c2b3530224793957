/** Chunk arithmetic and transfer figures of an upload (pure; the uploader and the UI share them). */

/** The byte ranges [start, end) of a file cut into chunks, in order; none for an empty file. */
export function chunkRanges(size: number, chunkSize: number): [number, number][] {
  if (!Number.isSafeInteger(size) || size < 0)
    throw new RangeError('size must be a whole number ≥ 0');
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError('chunk size must be a whole number ≥ 1');
  }
  const ranges: [number, number][] = [];
  for (let start = 0; start < size; start += chunkSize) {
    ranges.push([start, Math.min(start + chunkSize, size)]);
  }
  return ranges;
}

export function chunkCount(size: number, chunkSize: number): number {
  return size <= 0 ? 0 : Math.ceil(size / chunkSize);
}

export interface ProgressSample {
  /** ms */
  at: number;
  /** Bytes the server has confirmed at that moment. */
  bytes: number;
}

export interface TransferStats {
  sent: number;
  total: number;
  /** 0–100, whole numbers; 100 only when everything is confirmed. */
  percent: number;
  /** Over the recent window; null until two samples span some time. */
  bytesPerSecond: number | null;
  secondsLeft: number | null;
}

/** Speed over the last `windowMs` of samples (newest last), and the time left at that speed. */
export function transferStats(
  samples: readonly ProgressSample[],
  total: number,
  windowMs = 5_000,
): TransferStats {
  const last = samples[samples.length - 1];
  const sent = last?.bytes ?? 0;
  const percent =
    total <= 0 ? 0 : sent >= total ? 100 : Math.min(99, Math.floor((sent / total) * 100));
  let bytesPerSecond: number | null = null;
  if (last) {
    const from =
      samples.find((s) => last.at - s.at <= windowMs && s !== last) ?? samples[samples.length - 2];
    if (from && last.at > from.at && last.bytes >= from.bytes) {
      bytesPerSecond = ((last.bytes - from.bytes) * 1000) / (last.at - from.at);
    }
  }
  const secondsLeft =
    bytesPerSecond && bytesPerSecond > 0 ? Math.max(0, (total - sent) / bytesPerSecond) : null;
  return { sent, total, percent, bytesPerSecond, secondsLeft };
}

/** Keeps the samples within the window (plus the one before it, so a slow chunk still spans it). */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  windowMs = 5_000,
): ProgressSample[] {
  const next = [...samples, sample];
  const firstInside = next.findIndex((s) => sample.at - s.at <= windowMs);
  return next.slice(Math.max(0, firstInside - 1));
}
