import type { ComponentType } from 'react';

/**
 * Loads a part drawn with MUI together with MUI's theme (mui-scope.tsx) and gives it back wrapped
 * in that theme: the catalog's first screen has no MUI at all, what needs MUI brings it along.
 */
export async function themed<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Promise<ComponentType<P>> {
  const [Part, { MuiScope }] = await Promise.all([load(), import('./mui-scope')]);
  function Themed(props: P) {
    return (
      <MuiScope>
        <Part {...props} />
      </MuiScope>
    );
  }
  Themed.displayName = `Themed(${Part.displayName ?? Part.name})`;
  return Themed;
}
