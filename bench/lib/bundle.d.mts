export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  sources: string[];
  font: boolean;
}
export const ON_DEMAND_ONLY: { what: string; pattern: RegExp }[];
export function chunksOf(distDir: string): Chunk[];
export function firstLoadOf(distDir: string): Set<string>;
export function misplaced(chunk: Chunk): string[];
export function contentsOf(chunk: Chunk): string;
