import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { Link as RouterLink } from 'react-router';
import { AttentionCount } from '../components/attention-count';
import { PLACES } from './places';

/** The places as a menu under the button (places-menu.tsx); loaded when first opened. */
export function PlacesMenuList({
  id,
  anchor,
  current,
  onClose,
}: {
  id: string;
  anchor: HTMLElement | null;
  /** The place shown now (false: none of them). */
  current: string | false;
  onClose: () => void;
}) {
  return (
    <Menu
      id={`${id}-menu`}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-labelledby': `${id}-button` } }}
    >
      {PLACES.map((place) => (
        <MenuItem
          key={place.to}
          component={RouterLink}
          to={place.to}
          selected={place.to === current}
          aria-current={place.to === current ? 'page' : undefined}
          onClick={onClose}
        >
          {place.label}
          {place.to === '/releases' ? <AttentionCount /> : null}
        </MenuItem>
      ))}
    </Menu>
  );
}
