// What a production build's chunks weigh and hold, and which of them a page loads first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What must never come with the first load, by the source files a chunk is made of (from its
 * source map). Each is loaded when first used.
 */
export const ON_DEMAND_ONLY = [
  {
    what: 'dialogs',
    pattern:
      /src\/features\/actions\/[^/]*dialog[^/]*\.tsx$|src\/features\/active-apps\/complete-dialog/,
  },
  {
    what: 'upload reader',
    pattern:
      /src\/domain\/upload\/(chart-archive|tar-stream|inspect|preflight|byte-reader)\.ts$|node_modules\/(fflate|yaml)\//,
  },
  { what: 'release pages', pattern: /src\/features\/(release|releases|active-apps)\// },
  { what: 'uploads page', pattern: /src\/features\/uploads\/uploads-page\.tsx$/ },
  { what: 'simulator', pattern: /src\/mocks\/|node_modules\/msw\// },
];

/** Every .js and .css file of a build's assets, with raw and gzip (level 9) sizes. */
export function chunksOf(distDir) {
  const dir = join(distDir, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.(js|css|woff2?|ttf|otf|eot)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return {
        file,
        raw: bytes.length,
        gzip: /\.(js|css)$/.test(file) ? gzipSync(bytes, { level: 9 }).length : bytes.length,
        sources: sourcesOf(join(dir, file)),
        font:
          /\.(woff2?|ttf|otf|eot)$/.test(file) ||
          /@font-face/.test(file.endsWith('.css') ? bytes.toString() : ''),
      };
    });
}

function sourcesOf(path) {
  if (!existsSync(`${path}.map`)) return [];
  try {
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    return map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
  } catch {
    return [];
  }
}

/** The chunks index.html loads at once: its entry script, its module preloads, its stylesheets. */
export function firstLoadOf(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    files.add(basename(match[1]));
  }
  // And whatever those import statically (a chunk a preload list might miss).
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length > 0) {
    const file = queue.pop();
    const path = join(distDir, 'assets', file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;}\n])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      if (!files.has(match[1])) {
        files.add(match[1]);
        queue.push(match[1]);
      }
    }
  }
  return files;
}

/** Which on-demand-only parts a chunk holds (by its sources). */
export function misplaced(chunk) {
  return ON_DEMAND_ONLY.filter(({ pattern }) => chunk.sources.some((s) => pattern.test(s))).map(
    ({ what }) => what,
  );
}

/** What a chunk is mostly made of, in a few words (packages and source folders by count). */
export function contentsOf(chunk) {
  const groups = new Map();
  for (const source of chunk.sources) {
    const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key =
      pkg ??
      source
        .split('/')
        .slice(0, 3)
        .join('/')
        .replace(/\.(tsx?|css)$/, '');
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k]) => k)
    .join(', ');
}
