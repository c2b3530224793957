import type { CatalogEntry } from '../../domain/catalog/entries';

/** The version to act on: the installed one unless the user picked another. */
export function defaultVersion(entry: CatalogEntry): string {
  return entry.derived.installedVersion ?? entry.row.latest_version;
}

/** The user's choice while it is still offered, else the default. */
export function effectiveVersion(entry: CatalogEntry, chosen: string | undefined): string {
  return chosen !== undefined && entry.row.versions.includes(chosen)
    ? chosen
    : defaultVersion(entry);
}

function caption(selected: string, latest: string, installed: string | null): string {
  if (installed === null) return selected === latest ? '' : `latest is ${latest}`;
  if (selected === installed) return 'installed';
  return `installed: ${installed}`;
}

/**
 * Picks a version: the options mark the latest, the caption tells which one is installed. The
 * choice is kept per chart, so polling never snaps it back.
 */
export function VersionCell({
  entry,
  selected,
  onSelect,
}: {
  entry: CatalogEntry;
  selected: string;
  onSelect: (key: string, version: string) => void;
}) {
  const { versions, latest_version: latest } = entry.row;
  const installed = entry.multi ? null : entry.derived.installedVersion;
  const note = caption(selected, latest, installed);
  return (
    <div className="kh-grow">
      {versions.length <= 1 ? (
        <span className="kh-small">
          {selected}
          {selected === latest ? ' (latest)' : ''}
        </span>
      ) : (
        <select
          className="kh-select"
          value={selected}
          onChange={(event) => {
            onSelect(entry.key, event.target.value);
          }}
          aria-label={`Version of ${entry.name}`}
          tabIndex={-1}
        >
          {versions.map((v) => (
            <option key={v} value={v}>
              {v}
              {v === latest ? ' (latest)' : ''}
            </option>
          ))}
        </select>
      )}
      {note ? <div className="kh-caption">{note}</div> : null}
    </div>
  );
}
