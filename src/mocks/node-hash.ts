import { createHash } from 'node:crypto';
import type { Hasher } from './sim/uploads';

/** SHA-256 of uploaded bytes as they arrive (Node servers only; tests compare it with the file). */
export function sha256Hasher(): Hasher {
  const hash = createHash('sha256');
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    digest: () => hash.digest('hex'),
  };
}
