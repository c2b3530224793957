import './plain-page.css';

/** Reloads the page: the way on after a crash or a part that could not be loaded. */
export function ReloadButton({ size = 'medium' }: { size?: 'small' | 'medium' }) {
  return (
    <button
      type="button"
      className={`kh-btn kh-btn--outlined kh-btn--inherit${size === 'medium' ? ' kh-btn--medium' : ''}`}
      onClick={() => {
        window.location.reload();
      }}
    >
      Reload
    </button>
  );
}
