import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { SafeHtml } from '../../components/safe-html';
import type { ParamField, ParamValue } from '../../domain/params/fields';

type Of<K extends ParamField['kind']> = Extract<ParamField, { kind: K }>;

interface InputProps<K extends ParamField['kind']> {
  field: Of<K>;
  value: ParamValue | undefined;
  error: string | undefined;
  changed: boolean;
  onChange: (value: ParamValue) => void;
}

/** The label, a "changed" mark, and the chart's help (sanitised) on hover and focus. */
function Label({
  field,
  changed,
}: {
  field: Of<'string' | 'bool' | 'single' | 'multi' | 'unknown'>;
  changed: boolean;
}) {
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

function Row({
  children,
  field,
}: {
  children: ReactNode;
  field: { help: string | null; label: string };
}) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>{children}</Box>
      <Box sx={{ pt: 1 }}>
        <HelpButton field={field} />
      </Box>
    </Box>
  );
}

const describe = (key: string, error: string | undefined, extra?: string) =>
  error ?? [extra, `Parameter ${key}`].filter(Boolean).join(' · ');

export function StringInput({ field, value, error, changed, onChange }: InputProps<'string'>) {
  return (
    <Row field={field}>
      <TextField
        fullWidth
        size="small"
        label={<Label field={field} changed={changed} />}
        value={typeof value === 'string' ? value : ''}
        required={field.required}
        error={error !== undefined}
        helperText={describe(
          field.key,
          error,
          field.maxLength ? `At most ${String(field.maxLength)} characters` : undefined,
        )}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        slotProps={{ htmlInput: { 'aria-label': field.label, spellCheck: false } }}
      />
    </Row>
  );
}

export function BoolInput({ field, value, changed, onChange }: InputProps<'bool'>) {
  return (
    <Row field={field}>
      <FormControlLabel
        control={
          <Checkbox
            checked={value === true}
            onChange={(event) => {
              onChange(event.target.checked);
            }}
          />
        }
        label={<Label field={field} changed={changed} />}
      />
      <FormHelperText sx={{ mt: -0.5, ml: 4 }}>Parameter {field.key}</FormHelperText>
    </Row>
  );
}

export function SingleInput({ field, value, error, changed, onChange }: InputProps<'single'>) {
  return (
    <Row field={field}>
      <TextField
        select
        fullWidth
        size="small"
        label={<Label field={field} changed={changed} />}
        value={typeof value === 'string' ? value : ''}
        required={field.required}
        error={error !== undefined}
        helperText={describe(field.key, error)}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        slotProps={{
          select: { native: true },
          inputLabel: { shrink: true },
          htmlInput: { 'aria-label': field.label },
        }}
      >
        <option value="">—</option>
        {field.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </TextField>
    </Row>
  );
}

export function MultiInput({ field, value, error, changed, onChange }: InputProps<'multi'>) {
  const selected = Array.isArray(value) ? value : [];
  return (
    <Row field={field}>
      <FormControl
        component="fieldset"
        error={error !== undefined}
        required={field.required}
        sx={{ width: '100%' }}
      >
        <Typography component="legend" variant="body2" sx={{ mb: 0.5 }}>
          <Label field={field} changed={changed} />
        </Typography>
        <FormGroup>
          {field.options.map((option) => (
            <FormControlLabel
              key={option}
              label={
                <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                  {option}
                </Typography>
              }
              control={
                <Checkbox
                  size="small"
                  checked={selected.includes(option)}
                  onChange={(event) => {
                    onChange(
                      event.target.checked
                        ? [...selected, option]
                        : selected.filter((v) => v !== option),
                    );
                  }}
                />
              }
            />
          ))}
        </FormGroup>
        <FormHelperText>{describe(field.key, error, 'Choose one or more')}</FormHelperText>
      </FormControl>
    </Row>
  );
}

export function UnknownInput({ field }: { field: Of<'unknown'> }) {
  return (
    <Row field={field}>
      <TextField
        fullWidth
        size="small"
        label={<Label field={field} changed={false} />}
        value={field.shown}
        disabled
        helperText={`This kind of parameter ("${field.type}") is not supported here and is not sent; the chart's own default applies.`}
        slotProps={{ htmlInput: { 'aria-label': field.label } }}
      />
    </Row>
  );
}

export function DocBlock({ field }: { field: Of<'doc'> }) {
  return (
    <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover', '& p': { my: 0.5 } }}>
      {field.title ? (
        <Typography variant="subtitle2" component="h3">
          {field.title}
        </Typography>
      ) : null}
      {field.html ? (
        <Typography variant="body2" component="div" color="text.secondary">
          <SafeHtml html={field.html} />
        </Typography>
      ) : null}
    </Box>
  );
}

export function Heading({ field }: { field: Of<'heading'> }) {
  return (
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
      {field.text}
    </Typography>
  );
}
