import { useReleases } from '../queries/releases';
import './tone.css';

/** How many releases need attention, for the navigation (nothing when none do). */
export function AttentionCount() {
  const { needAttention } = useReleases({ afterThePage: true });
  if (needAttention === 0) return null;
  return (
    <>
      <span aria-hidden className="kh-tone kh-tone-error kh-count">
        {needAttention}
      </span>
      <span className="kh-visually-hidden">
        , {needAttention} {needAttention === 1 ? 'needs' : 'need'} attention
      </span>
    </>
  );
}
