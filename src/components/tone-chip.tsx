import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { toneClass, type Tone } from './tone';

interface Props extends HTMLAttributes<HTMLSpanElement> {
  tone: Tone;
  icon?: ReactNode;
  label: string;
}

/** A small coloured label; cheap enough for every row of a long table. Forwards its ref (tooltips). */
export const ToneChip = forwardRef<HTMLSpanElement, Props>(function ToneChip(
  { tone, icon, label, className, ...rest },
  ref,
) {
  return (
    <span
      ref={ref}
      className={`kh-chip ${toneClass(tone)}${className ? ` ${className}` : ''}`}
      {...rest}
    >
      {icon}
      {label}
    </span>
  );
});
