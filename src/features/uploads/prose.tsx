import Box from '@mui/material/Box';

/** Text with `code` spans, as the checks and messages write commands and YAML. */
export function Prose({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && i < parts.length - 1 ? (
          <Box
            key={i}
            component="code"
            sx={{ fontSize: '0.92em', px: 0.25, wordBreak: 'break-word' }}
          >
            {part}
          </Box>
        ) : (
          part
        ),
      )}
    </>
  );
}
