type Part = number | string;

/** Splits a version the way Python's `LooseVersion` does: numbers, letter runs, other runs. */
function looseParts(version: string): Part[] {
  const parts: Part[] = [];
  for (const match of version.matchAll(/\d+|[a-z]+|[^\d a-z.]+/gi)) {
    const text = match[0];
    parts.push(/^\d+$/.test(text) ? Number(text) : text);
  }
  return parts;
}

/**
 * Orders versions like kube-helm does (Python `LooseVersion`): component by component, numbers
 * numerically. Where Python would compare a number with text (and crash), numbers sort first.
 */
export function compareVersions(a: string, b: string): number {
  const pa = looseParts(a);
  const pb = looseParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y || x === undefined || y === undefined) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Highest first, as in a row's `versions`. */
export function sortVersionsDescending(versions: Iterable<string>): string[] {
  return [...versions].sort((a, b) => compareVersions(b, a));
}
