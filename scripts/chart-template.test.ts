import { describe, expect, it } from 'vitest';
import { renderTemplate } from './chart-template';

const context = {
  Values: {
    name: 'app',
    empty: '',
    zero: 0,
    list: ['a', 'b'],
    none: [],
    nested: { port: 8080, path: '/x/' },
    res: { limits: { memory: '128Mi' } },
  },
  Release: { Name: 'rel' },
};
const render = (source: string) => renderTemplate(source, context);

describe('the chart template renderer', () => {
  it('prints fields of . and $', () => {
    expect(render('{{ .Release.Name }}-{{ .Values.nested.port }}-{{ $.Values.name }}')).toBe(
      'rel-8080-app',
    );
  });

  it('trims whitespace around {{- and -}} like Go templates, and drops comments', () => {
    expect(render('a  \n  {{- .Values.name -}}  \n b{{/* note */}}')).toBe('aappb');
    expect(render('a {{ .Values.name }} b')).toBe('a app b');
  });

  it('runs pipelines and parentheses with the last value as the last argument', () => {
    expect(render('{{ .Values.empty | default "fallback" | quote }}')).toBe('"fallback"');
    expect(render('{{ .Values.name | default "fallback" }}')).toBe('app');
    expect(render('{{ default (trimSuffix "/" .Values.nested.path) .Values.empty }}')).toBe('/x');
    expect(render('{{ .Values.nested.path | trimSuffix "/" }}')).toBe('/x');
    expect(render('{{ join "," .Values.list | quote }}')).toBe('"a,b"');
    expect(render('x:{{- toYaml .Values.res | nindent 2 }}')).toBe(
      'x:\n  limits:\n    memory: 128Mi',
    );
    expect(render('{{ indent 2 "a\\nb" }}')).toBe('  a\n  b');
  });

  it('takes if/with branches by Go truth, with . bound inside with', () => {
    expect(render('{{ if .Values.zero }}yes{{ else }}no{{ end }}')).toBe('no');
    expect(render('{{ if .Values.list }}yes{{ else }}no{{ end }}')).toBe('yes');
    expect(render('{{ with .Values.nested }}{{ .port }}{{ end }}')).toBe('8080');
    expect(render('{{ with .Values.none }}{{ . }}{{ else }}none{{ end }}')).toBe('none');
  });

  it('is strict where Helm would print nothing', () => {
    expect(() => render('{{ .Values.missing }}')).toThrow('.Values.missing is not defined');
    expect(() => render('{{ .Values.nested.port.deeper }}')).toThrow('is not defined');
    expect(() => render('{{ .Values.nested }}')).toThrow('use toYaml');
    expect(() => render('{{ lower .Values.name }}')).toThrow('unknown function: lower');
    expect(() => render('{{ range .Values.list }}{{ end }}')).toThrow('unsupported: range');
    expect(() => render('{{ if .Values.name }}open')).toThrow('not closed');
    expect(() => render('{{ .Values.empty | required "give a name" }}')).toThrow('give a name');
  });
});
