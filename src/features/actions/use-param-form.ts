import { useMemo, useState } from 'react';
import type { ExtensionRow, ParamPayloadValue } from '../../api';
import {
  defaultValues,
  isEditable,
  paramFields,
  type ParamValue,
  type ParamValues,
} from '../../domain/params/fields';
import { payload, validate } from '../../domain/params/validate';

/**
 * The state of a chart's parameter form: the fields, the answers (the chart's defaults, or the
 * values given), what is wrong with them and when to say so. Used by every dialog with a form.
 */
export function useParamForm(row: ExtensionRow, initial?: ParamValues) {
  const fields = useMemo(() => paramFields(row), [row]);
  const [start] = useState<ParamValues>(() => ({ ...defaultValues(fields), ...initial }));
  const [values, setValues] = useState<ParamValues>(start);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const errors = useMemo(() => validate(fields, values), [fields, values]);
  const editable = fields.some(isEditable);
  const invalid = Object.keys(errors).length > 0;

  return {
    fields,
    values,
    errors,
    editable,
    invalid,
    /** A submit was refused because of the answers. */
    refused: tried && invalid,
    /** How many submits were refused: each one sends focus to the first answer needing attention. */
    refusals,
    /** Something differs from what the form started with. */
    dirty: fields.some((f) => isEditable(f) && !same(values[f.key], start[f.key])),
    showErrors: (key: string) => tried || touched.has(key),
    change: (key: string, value: ParamValue) => {
      setValues((before) => ({ ...before, [key]: value }));
      setTouched((before) => new Set(before).add(key));
    },
    reset: () => {
      setValues(defaultValues(fields));
      setTouched(new Set());
      setTried(false);
    },
    /**
     * Marks the form as submitted. Returns what to send (undefined for a chart without settings),
     * or null when some answer needs attention first.
     */
    submit: (): Record<string, ParamPayloadValue> | undefined | null => {
      setTried(true);
      if (invalid) {
        setRefusals((n) => n + 1);
        return null;
      }
      return editable ? payload(fields, values) : undefined;
    },
  };
}

export type ParamFormState = ReturnType<typeof useParamForm>;

function same(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
  }
  return a === b;
}
