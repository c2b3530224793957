/// <reference lib="webworker" />
import { serveTextFetches } from './off-thread';

// The worker that receives the `/extensions` list for the page (see `off-thread.ts`).
serveTextFetches(self, (input, init) => fetch(input, init));
