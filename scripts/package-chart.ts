/**
 * Packages deploy/extensions-ui-chart the way `helm package` does, without Helm:
 *   npm run package:chart [-- --out <dir>]     → <dir>/<name>-<version>.tgz (default dist-chart/)
 * A gzip'd tar whose entries all sit under a folder named after the chart, Chart.yaml first, then
 * values.yaml, then the other files (templates/…); regular files only, mode 0644.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHART_DIR, readChartYaml, readValues } from './chart-render';

const BLOCK = 512;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    if (entry.isFile()) return [path];
    throw new Error(`${path}: only files and folders can go into a chart`);
  });
}

function field(header: Buffer, offset: number, length: number, value: string) {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar header field too long: ${value}`);
  bytes.copy(header, offset);
}

const octal = (value: number, digits: number) => value.toString(8).padStart(digits, '0');

/** A POSIX ustar header of a regular file. */
function header(name: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  field(block, 0, 100, base);
  field(block, 100, 8, `${octal(0o644, 7)}\0`);
  field(block, 108, 8, `${octal(0, 7)}\0`);
  field(block, 116, 8, `${octal(0, 7)}\0`);
  field(block, 124, 12, `${octal(size, 11)}\0`);
  field(block, 136, 12, `${octal(mtime, 11)}\0`);
  field(block, 148, 8, '        ');
  field(block, 156, 1, '0');
  field(block, 257, 6, 'ustar\0');
  field(block, 263, 2, '00');
  field(block, 345, 155, prefix);
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  field(block, 148, 8, `${octal(checksum, 6)}\0 `);
  return block;
}

export function tar(entries: { name: string; body: Buffer }[], mtime: number): Buffer {
  const parts = entries.flatMap(({ name, body }) => {
    const padding = Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK);
    return [header(name, body.length, mtime), body, padding];
  });
  return Buffer.concat([...parts, Buffer.alloc(2 * BLOCK)]);
}

/** Checks what kube-helm needs of a chart (CONTRACT §5.2) and writes `<name>-<version>.tgz`. */
export function packageChart(outDir: string, chartDir = CHART_DIR): string {
  const chart = readChartYaml(chartDir);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const problems = [
    chart.version !== pkg.version &&
      `Chart.yaml version ${chart.version} is not the app's version ${pkg.version}`,
    chart.appVersion !== pkg.version &&
      `Chart.yaml appVersion ${String(chart.appVersion)} is not the app's version ${pkg.version}`,
    !chart.description?.trim() && 'Chart.yaml has no description',
    !chart.keywords?.includes('kaapanaapplication') && 'keywords lack kaapanaapplication',
    typeof readValues(chartDir).global !== 'object' && 'values.yaml has no global: mapping',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`not packaged: ${problems.join('; ')}`);

  const order = (path: string) =>
    path === 'Chart.yaml' ? 0 : path === 'values.yaml' ? 1 : path.startsWith('values.') ? 2 : 3;
  const files = listFiles(chartDir)
    .map((path) => relative(chartDir, path).split(sep).join('/'))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const mtime = Math.floor(
    Number(process.env.SOURCE_DATE_EPOCH ?? statSync(join(chartDir, 'Chart.yaml')).mtimeMs / 1000),
  );
  const archive = tar(
    files.map((path) => ({
      name: `${chart.name}/${path}`,
      body: readFileSync(join(chartDir, path)),
    })),
    mtime,
  );
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${chart.name}-${chart.version}.tgz`);
  writeFileSync(target, gzipSync(archive, { level: 9 }));
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-chart' } } });
  console.log(packageChart(resolve(values.out)));
}
