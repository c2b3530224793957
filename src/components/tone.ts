import './tone.css';

export type Tone = 'success' | 'info' | 'warning' | 'error' | 'neutral';

/** Class names for a toned chip (plain CSS: cheap enough for thousands of rows). */
export function toneClass(tone: Tone): string {
  return `kh-tone kh-tone-${tone}`;
}
