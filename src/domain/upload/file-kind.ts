/**
 * What a dropped file is, by its name and by its first bytes (CONTRACT §5.2): a chart (`.tgz`,
 * gzip) or a container image archive (`.tar`, ustar). Everything else is refused with a reason.
 */

export type UploadKind = 'chart' | 'image';

export type FileVerdict =
  { ok: true; kind: UploadKind } | { ok: false; reason: string; nextStep: string };

/** How many leading bytes `classifyFile` needs: a tar header is 512 bytes. */
export const SIGNATURE_BYTES = 512;

export type Signature = 'gzip' | 'tar' | 'zip' | 'unknown';

/** gzip starts with 1f 8b; a ustar (POSIX or GNU) tar header has "ustar" at offset 257. */
export function signatureOf(head: Uint8Array): Signature {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 262 && String.fromCharCode(...head.subarray(257, 262)) === 'ustar') {
    return 'tar';
  }
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) {
    return 'zip';
  }
  return 'unknown';
}

function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tar.gz')) return '.tar.gz';
  const dot = lower.lastIndexOf('.');
  return dot > 0 ? lower.slice(dot) : '';
}

const PACKAGE_HINT =
  'Charts come from `helm package` (.tgz), container images from `docker save` (.tar).';

/** Decides by name first, then confirms by content; the reason says what is wrong in plain words. */
export function classifyFile(name: string, size: number, head: Uint8Array): FileVerdict {
  const extension = extensionOf(name);
  if (extension === '.tar.gz') {
    return {
      ok: false,
      reason: `"${name}" ends in .tar.gz. The platform only lists charts whose file ends in .tgz.`,
      nextStep: 'If it is a chart, rename it to <name>-<version>.tgz (what `helm package` makes).',
    };
  }
  if (extension !== '.tgz' && extension !== '.tar') {
    return {
      ok: false,
      reason: extension
        ? `"${name}" is a ${extension} file. Only charts (.tgz) and container images (.tar) can be uploaded.`
        : `"${name}" has no file extension. Only charts (.tgz) and container images (.tar) can be uploaded.`,
      nextStep: PACKAGE_HINT,
    };
  }
  if (size === 0) {
    return { ok: false, reason: `"${name}" is empty.`, nextStep: PACKAGE_HINT };
  }
  const signature = signatureOf(head);
  if (extension === '.tgz') {
    if (signature === 'gzip') return { ok: true, kind: 'chart' };
    return {
      ok: false,
      reason:
        signature === 'tar'
          ? `"${name}" is named .tgz but is an uncompressed tar archive, not a packaged chart.`
          : `"${name}" is named .tgz but is not gzip-compressed, so it is not a packaged chart.`,
      nextStep:
        'Package the chart with `helm package <chart directory>` and upload the .tgz it makes.',
    };
  }
  if (signature === 'tar') return { ok: true, kind: 'image' };
  return {
    ok: false,
    reason:
      signature === 'gzip'
        ? `"${name}" is named .tar but is gzip-compressed. The container runtime imports plain tar archives.`
        : `"${name}" is named .tar but is not a tar archive.`,
    nextStep:
      signature === 'gzip'
        ? 'Decompress it first (gunzip), or upload the output of `docker save` directly. A chart must be named .tgz.'
        : 'Export the image with `docker save <image> -o <file>.tar` and upload that file.',
  };
}
