import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactNode } from 'react';
import { SafeHtml } from '../../components/safe-html';

interface Labelled {
  key: string;
  label: string;
  help: string | null;
}

/** The label and a "changed" mark. */
export function Label({ field, changed }: { field: Labelled; changed: boolean }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      {field.label}
      {changed ? (
        <Chip size="small" label="changed" variant="outlined" sx={{ height: 20, fontSize: 11 }} />
      ) : null}
    </Box>
  );
}

/**
 * The chart's help: a tooltip on hover and focus, and a popover on click, whose links (allowed by
 * the sanitiser) can be reached with the keyboard and by touch.
 */
export function HelpButton({ field }: { field: { help: string | null; label: string } }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [hinting, setHinting] = useState(false);
  if (!field.help) return null;
  const open = anchor !== null;
  return (
    <>
      <Tooltip
        title={<SafeHtml html={field.help} />}
        describeChild
        open={hinting && !open}
        onOpen={() => {
          setHinting(true);
        }}
        onClose={() => {
          setHinting(false);
        }}
      >
        <IconButton
          size="small"
          aria-label={`Help on ${field.label}`}
          aria-expanded={open}
          onClick={(event) => {
            setHinting(false);
            setAnchor(open ? null : event.currentTarget);
          }}
        >
          <HelpOutlineIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Popover
        open={open}
        anchorEl={anchor}
        onClose={() => {
          setAnchor(null);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ p: 1.5, maxWidth: 360, typography: 'body2' }}>
          <SafeHtml html={field.help} />
        </Box>
      </Popover>
    </>
  );
}

/** Where a field's input sits: found by its key when focus must go to it (a refused submit). */
export const PARAM_KEY_ATTRIBUTE = 'data-param-key';

/** One parameter: its input and its help button, marked with its key. */
export function Row({ children, field }: { children: ReactNode; field: Labelled }) {
  return (
    <Box
      {...{ [PARAM_KEY_ATTRIBUTE]: field.key }}
      sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>{children}</Box>
      <Box sx={{ pt: 1 }}>
        <HelpButton field={field} />
      </Box>
    </Box>
  );
}
