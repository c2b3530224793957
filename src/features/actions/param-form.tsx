import Stack from '@mui/material/Stack';
import { useEffect, useEffectEvent, useRef } from 'react';
import {
  isChanged,
  isEditable,
  type ParamField,
  type ParamValue,
  type ParamValues,
} from '../../domain/params/fields';
import {
  BoolInput,
  DocBlock,
  Heading,
  MultiInput,
  SingleInput,
  StringInput,
  UnknownInput,
} from './param-inputs';
import { PARAM_KEY_ATTRIBUTE } from './param-label';

/** Moves focus to the input of the field `key` (its first one, for a group of checkboxes). */
function focusField(container: HTMLElement, key: string): void {
  const holder = [...container.querySelectorAll(`[${PARAM_KEY_ATTRIBUTE}]`)].find(
    (el) => el.getAttribute(PARAM_KEY_ATTRIBUTE) === key,
  );
  const input = holder?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
  input?.focus();
}

/** The parameter form: one small component per parameter type, in the chart's order. */
export function ParamForm({
  fields,
  values,
  errors,
  showErrors,
  onChange,
  refusals = 0,
}: {
  fields: readonly ParamField[];
  values: ParamValues;
  errors: Readonly<Record<string, string>>;
  /** Errors show once the user touched a field or tried to send. */
  showErrors: (key: string) => boolean;
  onChange: (key: string, value: ParamValue) => void;
  /** Refused submits so far: after each, focus goes to the first answer needing attention. */
  refusals?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const focusFirstError = useEffectEvent(() => {
    const first = fields.find((f) => errors[f.key] !== undefined);
    if (first && container.current) focusField(container.current, first.key);
  });
  // Only a new refusal moves focus, not every keystroke that changes the errors.
  useEffect(() => {
    if (refusals > 0) focusFirstError();
  }, [refusals]);
  return (
    <Stack spacing={2} ref={container}>
      {fields.map((field) => {
        if (field.kind === 'heading') return <Heading key={field.key} field={field} />;
        if (field.kind === 'doc') return <DocBlock key={field.key} field={field} />;
        if (field.kind === 'unknown') return <UnknownInput key={field.key} field={field} />;
        if (!isEditable(field)) return null;
        const props = {
          value: values[field.key],
          error: showErrors(field.key) ? errors[field.key] : undefined,
          changed: isChanged(field, values[field.key]),
          onChange: (value: ParamValue) => {
            onChange(field.key, value);
          },
        };
        switch (field.kind) {
          case 'string':
            return <StringInput key={field.key} field={field} {...props} />;
          case 'bool':
            return <BoolInput key={field.key} field={field} {...props} />;
          case 'single':
            return <SingleInput key={field.key} field={field} {...props} />;
          case 'multi':
            return <MultiInput key={field.key} field={field} {...props} />;
        }
      })}
    </Stack>
  );
}
