import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { SafeHtml } from '../../components/safe-html';
import type { ParamField, ParamValue } from '../../domain/params/fields';
import type { NumberRule } from '../../domain/params/text-meaning';
import { Label, Row } from './param-label';

type Of<K extends ParamField['kind']> = Extract<ParamField, { kind: K }>;

interface InputProps<K extends ParamField['kind']> {
  field: Of<K>;
  value: ParamValue | undefined;
  error: string | undefined;
  changed: boolean;
  onChange: (value: ParamValue) => void;
}

const describe = (key: string, error: string | undefined, ...extra: (string | null)[]) =>
  error ?? [...extra, `Parameter ${key}`].filter(Boolean).join(' · ');

const numberHint = (rule: NumberRule) =>
  rule.min !== null && rule.max !== null
    ? `A number from ${String(rule.min)} to ${String(rule.max)}`
    : 'A whole number';

export function StringInput({ field, value, error, changed, onChange }: InputProps<'string'>) {
  const hasNone = field.none !== null;
  return (
    <Row field={field}>
      <TextField
        fullWidth
        size="small"
        label={<Label field={field} changed={changed} />}
        value={typeof value === 'string' ? value : ''}
        required={field.required && !hasNone}
        error={error !== undefined}
        // The chart's word for "none" (`-`, `__EXCLUDE_NO_FILES__`) shows as an empty answer.
        placeholder={hasNone ? 'none' : undefined}
        helperText={describe(
          field.key,
          error,
          hasNone ? `Optional: empty means none (sent as “${field.none ?? ''}”)` : null,
          field.number ? numberHint(field.number) : null,
          field.maxLength ? `At most ${String(field.maxLength)} characters` : null,
        )}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        slotProps={{
          inputLabel: hasNone ? { shrink: true } : {},
          htmlInput: {
            'aria-label': field.label,
            spellCheck: false,
            ...(field.number ? { inputMode: 'numeric' } : {}),
          },
        }}
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
        {!field.required ? (
          // Not required: the platform already sets this value, and an empty answer keeps it.
          <option value="">Keep the platform&apos;s setting</option>
        ) : typeof value !== 'string' || !field.options.includes(value) ? (
          // Required and not answered yet: a prompt, not a choice.
          <option value="" disabled>
            Choose one
          </option>
        ) : null}
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
