import Stack from '@mui/material/Stack';
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

/** The parameter form: one small component per parameter type, in the chart's order. */
export function ParamForm({
  fields,
  values,
  errors,
  showErrors,
  onChange,
}: {
  fields: readonly ParamField[];
  values: ParamValues;
  errors: Readonly<Record<string, string>>;
  /** Errors show once the user touched a field or tried to send. */
  showErrors: (key: string) => boolean;
  onChange: (key: string, value: ParamValue) => void;
}) {
  return (
    <Stack spacing={2}>
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
