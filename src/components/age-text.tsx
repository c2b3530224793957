import { shortDuration, spokenAge } from '../domain/durations';

/** A duration as kubectl prints it ("2d4h"), said in words to screen readers. */
export function AgeText({ ms, suffix = '' }: { ms: number; suffix?: string }) {
  return (
    <>
      <span aria-hidden>
        {shortDuration(ms)}
        {suffix}
      </span>
      <span className="kh-visually-hidden">
        {spokenAge(ms)}
        {suffix}
      </span>
    </>
  );
}
