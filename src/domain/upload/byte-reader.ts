/**
 * Reads exact byte counts from a stream of chunks, holding at most one chunk plus what the
 * caller asked for: the whole stream is never in memory.
 */
export class ByteReader {
  private chunk: Uint8Array = new Uint8Array(0);
  private at = 0;
  private done = false;
  /** Bytes consumed so far (read or skipped). */
  consumed = 0;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  private async fill(): Promise<boolean> {
    while (this.at >= this.chunk.length) {
      if (this.done) return false;
      const next = await this.reader.read();
      if (next.done) {
        this.done = true;
        return false;
      }
      this.chunk = next.value;
      this.at = 0;
    }
    return true;
  }

  /** Exactly `n` bytes, or fewer if the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n && (await this.fill())) {
      const take = Math.min(n - filled, this.chunk.length - this.at);
      out.set(this.chunk.subarray(this.at, this.at + take), filled);
      this.at += take;
      filled += take;
    }
    this.consumed += filled;
    return filled === n ? out : out.subarray(0, filled);
  }

  /** Skips `n` bytes; false if the stream ended first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0 && (await this.fill())) {
      const take = Math.min(left, this.chunk.length - this.at);
      this.at += take;
      left -= take;
      this.consumed += take;
    }
    return left === 0;
  }

  /** Stops reading: the rest of the stream is never pulled. */
  async cancel(): Promise<void> {
    this.done = true;
    await this.reader.cancel().catch(() => undefined);
  }
}
