import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The image's Dockerfile. */
export const DOCKERFILE = fileURLToPath(new URL('../deploy/docker/Dockerfile', import.meta.url));

/**
 * The default of a build argument of the image, e.g. BASE_PATH: what the image is built with
 * unless told otherwise. Every stage that declares it must declare the same default.
 */
export function imageBuildArg(name: string, dockerfile = readFileSync(DOCKERFILE, 'utf8')): string {
  const values = [...dockerfile.matchAll(/^ARG\s+(\w+)=(\S+)\s*$/gm)]
    .filter((match) => match[1] === name)
    .map((match) => match[2] ?? '');
  const [first] = values;
  if (first === undefined) throw new Error(`the Dockerfile declares no default for ${name}`);
  if (values.some((value) => value !== first)) {
    throw new Error(`the Dockerfile's stages disagree on ${name}: ${values.join(', ')}`);
  }
  return first;
}

/** A variable the final image's ENV instructions set, e.g. NGINX_PORT. */
export function imageEnv(name: string, dockerfile = readFileSync(DOCKERFILE, 'utf8')): string {
  const instructions = dockerfile.replace(/\\\n/g, ' ').split('\n');
  const finalStage = instructions.slice(instructions.findLastIndex((l) => /^FROM\s/.test(l)));
  for (const line of finalStage.filter((l) => /^ENV\s/.test(l)).reverse()) {
    const match = new RegExp(`(?:^ENV|\\s)${name}=(\\S+)`).exec(line);
    if (match?.[1]) return match[1];
  }
  throw new Error(`the image sets no ${name}`);
}
