import MenuIcon from '@mui/icons-material/Menu';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { memo, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { AttentionCount } from '../components/attention-count';
import { currentPlace, PLACES } from './places';

/** On a phone the places fold into one button with the current place's name and a menu. */
export const PlacesMenu = memo(function PlacesMenu({ pathname }: { pathname: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  const current = currentPlace(pathname);
  const here = PLACES.find((p) => p.to === current);
  const close = () => {
    setAnchor(null);
  };
  return (
    <nav aria-label="Places">
      <Button
        id={`${id}-button`}
        aria-haspopup="true"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? `${id}-menu` : undefined}
        startIcon={<MenuIcon />}
        onClick={(event) => {
          setAnchor(event.currentTarget);
        }}
        sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
      >
        {here?.label ?? 'Places'}
        {here?.to === '/releases' ? null : <AttentionCount />}
      </Button>
      <Menu
        id={`${id}-menu`}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ list: { 'aria-labelledby': `${id}-button` } }}
      >
        {PLACES.map((place) => (
          <MenuItem
            key={place.to}
            component={RouterLink}
            to={place.to}
            selected={place.to === current}
            aria-current={place.to === current ? 'page' : undefined}
            onClick={close}
          >
            {place.label}
            {place.to === '/releases' ? <AttentionCount /> : null}
          </MenuItem>
        ))}
      </Menu>
    </nav>
  );
});
