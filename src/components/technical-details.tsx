import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';

/**
 * A closed "Technical details" section under a message in plain words: the text for an
 * administrator or a bug report, selectable and copyable.
 */
export function TechnicalDetails({
  text,
  summary = 'Technical details',
}: {
  text: string;
  summary?: string;
}) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Box
      component="details"
      sx={{
        mt: 1,
        '& > summary': { cursor: 'pointer', fontWeight: 500, width: 'fit-content' },
      }}
    >
      <summary>{summary}</summary>
      <Box
        component="pre"
        sx={{
          m: 0,
          mt: 1,
          p: 1,
          borderRadius: 1,
          bgcolor: 'action.hover',
          fontFamily: 'monospace',
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          maxHeight: 240,
          overflowY: 'auto',
        }}
        // Scrollable when long: reachable from the keyboard.
        tabIndex={0}
        aria-label={summary}
      >
        {text}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
        <Button
          size="small"
          color="inherit"
          startIcon={<ContentCopyIcon fontSize="small" />}
          onClick={() => void copy()}
        >
          {copied === 'yes' ? 'Copied' : 'Copy details'}
        </Button>
        <Box component="span" aria-live="polite" sx={{ fontSize: 13 }}>
          {copied === 'yes'
            ? 'The details are on the clipboard.'
            : copied === 'failed'
              ? 'The browser did not allow copying: select the text instead.'
              : ''}
        </Box>
      </Box>
    </Box>
  );
}
