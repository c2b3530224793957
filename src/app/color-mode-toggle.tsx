import { setColorMode, useColorMode } from '../components/color-mode';
import { PlainIcon } from '../components/plain-icon';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' };

/** Cycles system → light → dark. Its tip is its name (TipHost). */
export function ColorModeToggle() {
  const current = useColorMode();
  const icon =
    current === 'dark' ? 'darkMode' : current === 'light' ? 'lightMode' : 'settingsBrightness';
  return (
    <button
      type="button"
      className="kh-icon-btn kh-icon-btn--bar"
      aria-label={`${LABEL[current]}. Switch to ${NEXT[current]}.`}
      data-tip="label"
      onClick={() => {
        setColorMode(NEXT[current]);
      }}
    >
      <PlainIcon name={icon} size="medium" />
    </button>
  );
}
