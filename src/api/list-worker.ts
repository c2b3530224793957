/// <reference lib="webworker" />
import { serveTextFetches, type Prepare } from './off-thread';

// The worker that receives the `/extensions` list for the page (see `off-thread.ts`), and reads
// and validates the rows of a changed list too, so the page's main thread does not parse them.
// A body it cannot read goes to the page as text only; the page's own reading says what is wrong.

// The reading code (zod and the schemas, ~10 KB) is not part of the page's first load: it comes
// when the first changed list does, and until it is there the page reads for itself.
let read: Prepare | null = null;
let loading = false;
const prepare: Prepare = (text, head) => {
  if (read !== null) return read(text, head);
  if (!loading) {
    loading = true;
    import('./list-reading').then(
      (module) => {
        read = module.prepareListRead;
      },
      () => {
        loading = false;
      },
    );
  }
  return undefined;
};

serveTextFetches(self, (input, init) => fetch(input, init), prepare);
