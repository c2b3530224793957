import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the button says "Copied" before it offers copying again. */
const FEEDBACK_MS = 2500;

/**
 * Copies a bug report's text and says so on the button itself ("Copied", or "Copy failed" when
 * the browser refuses the clipboard), also to screen readers.
 */
export function CopyDetailsButton({ text, what }: { text: () => string; what: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => {
      setState('idle');
    }, FEEDBACK_MS);
  };
  const label = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy details';
  return (
    <>
      <Button
        size="small"
        color={state === 'failed' ? 'error' : state === 'copied' ? 'success' : 'primary'}
        startIcon={
          state === 'copied' ? (
            <CheckIcon />
          ) : state === 'failed' ? (
            <ErrorOutlineIcon />
          ) : (
            <ContentCopyIcon />
          )
        }
        // The visible words first (what speech input users say), then which entry.
        aria-label={`${state === 'copied' ? 'Copied the details' : state === 'failed' ? 'Copy failed for the details' : 'Copy details'} of ${what}`}
        onClick={() => void copy()}
        sx={{ whiteSpace: 'nowrap', minWidth: 132, justifyContent: 'flex-start' }}
      >
        {label}
      </Button>
      <Box component="span" role="status" className="kh-visually-hidden">
        {state === 'copied'
          ? `Copied the details of ${what}. Paste them into your bug report.`
          : state === 'failed'
            ? 'Copying failed: the browser did not allow access to the clipboard.'
            : ''}
      </Box>
    </>
  );
}
