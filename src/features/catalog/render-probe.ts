import { createContext, useContext } from 'react';

/**
 * A test seam: tests provide a function to learn which rows rendered. In the app nothing is
 * provided and the probe does nothing.
 */
export const RenderProbeContext = createContext<((key: string) => void) | null>(null);

export function useRenderProbe(key: string): void {
  useContext(RenderProbeContext)?.(key);
}
