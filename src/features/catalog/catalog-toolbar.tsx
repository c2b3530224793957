import { memo, useEffect, useId, useRef } from 'react';
import { PlainIcon } from '../../components/plain-icon';
import '../../components/plain-page.css';
import type { SortKey } from '../../domain/catalog/view';

/** "/" anywhere but in a field focuses the search. */
function useSlashToFocus(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [input]);
}

export const SearchField = memo(function SearchField({
  value,
  onChange,
}: {
  value: string;
  onChange: (text: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);
  // A plain input with the look of MUI's small outlined one (plain-page.css).
  return (
    <div className="kh-outlined kh-search">
      <span className="kh-outlined__adorn kh-outlined__adorn--start">
        <PlainIcon name="search" size="small" />
      </span>
      <input
        ref={input}
        className="kh-outlined__input"
        type="search"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        placeholder="Search name, description, keyword"
        aria-label="Search extensions"
        aria-keyshortcuts="/"
      />
      <span className="kh-outlined__adorn kh-outlined__adorn--end">
        <kbd className="kh-kbd" aria-hidden>
          /
        </kbd>
      </span>
      <fieldset aria-hidden>
        <legend />
      </fieldset>
    </div>
  );
});

/** The browser's own select (keyboard and screen readers know it; no menu to load first). */
export const SortField = memo(function SortField({
  value,
  onChange,
}: {
  value: SortKey;
  onChange: (sort: SortKey) => void;
}) {
  const id = useId();
  return (
    <div className="kh-outlined kh-sort">
      <label className="kh-outlined__label" htmlFor={id}>
        Sort by
      </label>
      <select
        id={id}
        className="kh-outlined__input"
        value={value}
        onChange={(event) => {
          onChange(event.target.value as SortKey);
        }}
      >
        <option value="name">Name</option>
        <option value="state">State</option>
        <option value="kind">Kind</option>
      </select>
      <span className="kh-outlined__arrow" aria-hidden>
        <PlainIcon name="arrowDropDown" />
      </span>
      <fieldset aria-hidden>
        <legend>
          <span>Sort by</span>
        </legend>
      </fieldset>
    </div>
  );
});
