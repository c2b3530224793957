import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { UploadEntry } from './upload-entry';

type Report = NonNullable<UploadEntry['report']>;

/** The container images a chart needs, with the parts only the platform fills in marked. */
export function ImagesList({ report }: { report: Report }) {
  const { images, summary } = report;
  const platformParts = images.some((i) => i.parts.some((p) => p.kind === 'platform'));
  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        Images it needs
      </Typography>
      {images.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          No container image is named in the chart&apos;s templates or values.
        </Typography>
      ) : (
        <>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            On a platform without internet access each of these must be uploaded too, as a .tar made
            by <code>docker save</code> and tagged exactly like this.
            {platformParts
              ? ' Marked parts are filled in by the platform when the chart is installed.'
              : ''}
          </Typography>
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {images.map((image) => (
              <li key={image.display}>
                <Box
                  component="code"
                  sx={{ fontSize: 13, wordBreak: 'break-all' }}
                  aria-label={image.parts
                    .map((p) =>
                      p.kind === 'text'
                        ? p.text
                        : p.kind === 'platform'
                          ? ` the platform's ${p.label} `
                          : ' a value set when installed ',
                    )
                    .join('')}
                >
                  {image.parts.map((part, i) =>
                    part.kind === 'text' ? (
                      <span key={i}>{part.text}</span>
                    ) : (
                      <Box
                        key={i}
                        component="span"
                        title={
                          part.kind === 'platform'
                            ? `Filled in by the platform: ${part.label}`
                            : `Only known when installed: {{ ${part.expression} }}`
                        }
                        sx={{
                          px: 0.5,
                          mx: 0.25,
                          borderRadius: 1,
                          bgcolor: 'action.selected',
                          fontStyle: 'italic',
                        }}
                      >
                        {part.kind === 'platform' ? part.label : 'set when installed'}
                      </Box>
                    ),
                  )}
                </Box>
                <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
                  from {image.sources.join(', ')}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
      {summary?.kind === 'workflow' ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          A workflow also starts containers from its DAG code; those are not part of the chart, so
          they cannot be listed here.
        </Typography>
      ) : null}
    </Box>
  );
}
