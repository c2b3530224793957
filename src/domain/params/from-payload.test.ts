import { describe, expect, it } from 'vitest';
import { extensionListSchema, type ExtensionRow } from '../../contract/schemas';
import fixtureJson from '../../mocks/fixtures/extensions.json';
import { defaultValues, paramFields, type ParamValues } from './fields';
import { valuesFromPayload } from './from-payload';
import { payload } from './validate';

const rows = extensionListSchema.parse(fixtureJson);
const chart = (name: string): ExtensionRow => {
  const row = rows.find((r) => r.releaseName === name);
  if (!row) throw new Error(`no fixture row ${name}`);
  return row;
};
/** A chart with one field of every kind. */
const everyKind: ExtensionRow = {
  ...chart('mitk-workbench-chart'),
  extension_params: {
    heading: { type: 'group_name', default: 'Options', required: false },
    name: { type: 'string', default: 'x', definition: 'Name', required: true },
    gpu: { type: 'bool', default: false, required: false },
    mode: { type: 'list_single', value: ['a', 'b'], default: 'a', required: false },
    tasks: {
      type: 'list_multi',
      value: ['liver', 'lung', 'left, right'],
      default: ['liver'],
      required: false,
    },
    odd: { type: 'colour', default: 'red', required: false },
  },
};

describe('valuesFromPayload: the answers a sent payload came from', () => {
  it('gives back the answers that produced the payload, for every kind of field', () => {
    const fields = paramFields(everyKind);
    const answers: ParamValues = {
      name: 'seg-review',
      gpu: true,
      mode: 'b',
      tasks: ['lung', 'left, right'],
    };
    const sent = payload(fields, answers);
    expect(sent).toEqual({ name: 'seg-review', gpu: true, mode: 'b', tasks: 'lung,left, right' });
    expect(valuesFromPayload(fields, sent)).toEqual(answers);
  });

  it('round-trips the defaults of every fixture chart', () => {
    for (const row of rows) {
      const fields = paramFields(row);
      const values = defaultValues(fields);
      const again = valuesFromPayload(fields, payload(fields, values));
      // Exactly what sending them would send again.
      expect(payload(fields, again), row.releaseName).toEqual(payload(fields, values));
    }
  });

  it('reads booleans sent as words and numbers as text', () => {
    const fields = paramFields(everyKind);
    expect(valuesFromPayload(fields, { gpu: 'True', name: 42 })).toMatchObject({
      gpu: true,
      name: '42',
    });
    expect(valuesFromPayload(fields, { gpu: 'FALSE' })).toMatchObject({ gpu: false });
  });

  it('takes a list sent as a list (the project UI sends them so)', () => {
    const fields = paramFields(everyKind);
    expect(valuesFromPayload(fields, { tasks: ['liver', 'lung'] }).tasks).toEqual([
      'liver',
      'lung',
    ]);
  });

  it('reads a left-out answer as empty, and a left-out yes/no as its default', () => {
    const fields = paramFields(everyKind);
    expect(valuesFromPayload(fields, {})).toEqual({
      name: '',
      gpu: false,
      mode: '',
      tasks: [],
    });
  });

  it('leaves out headings, unknown types and keys the chart does not have', () => {
    const values = valuesFromPayload(paramFields(everyKind), {
      heading: 'x',
      odd: 'blue',
      project_id: 'p-1',
    });
    expect(Object.keys(values).sort()).toEqual(['gpu', 'mode', 'name', 'tasks']);
  });
});
