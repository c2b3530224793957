import { memo, type ReactNode } from 'react';
import { actionFor } from '../../domain/actions';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry } from '../../domain/catalog/entries';
import { documentationLink } from '../../domain/names';
import { PlainIcon } from '../../components/plain-icon';
import { ToneChip } from '../../components/tone-chip';
import type { RowHandlers, Why } from './layout';
import { OpenLinks } from '../../components/open-links';
import { ActionButton } from '../../components/action-button';
import { InstancesChip, StateChip } from './state-chip';
import { VersionCell } from './version-cell';

const KIND = {
  workflow: {
    label: 'Workflow',
    icon: <PlainIcon name="sportsEsports" size="small" />,
    hint: 'Adds workflows (Airflow DAGs) that you start from the Workflows page.',
  },
  application: {
    label: 'Application',
    icon: <PlainIcon name="apps" size="small" />,
    hint: 'An application with its own user interface, opened from its link.',
  },
};

export function Cell({ children, column }: { children?: ReactNode; column?: string }) {
  return (
    <div role="cell" className={column ? `kh-cell kh-col-${column}` : 'kh-cell'}>
      {children}
    </div>
  );
}

/** Kind, maturity and hardware as icons, for narrow tables that hide their columns. */
function InlineTags({ entry }: { entry: CatalogEntry }) {
  const kind = KIND[entry.kind];
  const tags = [
    kind.label,
    entry.maturity === 'experimental' ? 'experimental' : '',
    entry.hardware === 'gpu' ? 'needs a GPU' : '',
  ].filter(Boolean);
  return (
    <span
      className="kh-inline-tags"
      role="img"
      aria-label={tags.join(', ')}
      title={tags.join(', ')}
    >
      {kind.icon}
      {entry.maturity === 'experimental' ? <PlainIcon name="science" /> : null}
      {entry.hardware === 'gpu' ? <PlainIcon name="memory" /> : null}
    </span>
  );
}

interface Props extends RowHandlers, Why {
  entry: CatalogEntry;
  attention: Attention | null;
  offerForce: boolean;
  version: string;
  expanded: boolean;
}

/** The cells of a chart's line. Memoised: a poll that did not change the chart does not render it. */
export const EntryCells = memo(function EntryCells({
  entry,
  attention,
  offerForce,
  version,
  expanded,
  onVersion,
  onToggle,
  onAction,
  ...why
}: Props) {
  const doc = documentationLink(entry.row);
  const kind = KIND[entry.kind];
  const installed = entry.derived.installedVersion;
  const action = entry.multi
    ? actionFor('template', 'launchable')
    : actionFor('single', entry.derived.state, {
        stuck: attention === 'stuck',
        switchTo: installed !== null && version !== installed ? version : null,
      });
  const count = entry.instances.length;
  return (
    <>
      <Cell column="name">
        {entry.multi && count > 0 ? (
          <button
            type="button"
            className="kh-icon-btn kh-expand"
            tabIndex={-1}
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Hide' : 'Show'} ${String(count)} instance${count === 1 ? '' : 's'} of ${entry.name}`}
            onClick={() => {
              onToggle(entry.key);
            }}
          >
            <PlainIcon name={expanded ? 'expandMore' : 'chevronRight'} size="medium" />
          </button>
        ) : (
          <span className="kh-spacer" />
        )}
        <div className="kh-grow">
          <div className="kh-title">
            <span className="kh-name" title={entry.name}>
              {entry.name}
            </span>
            {doc ? (
              <a
                className="kh-icon-btn"
                href={doc}
                tabIndex={-1}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={`Documentation of ${entry.name} (new tab)`}
              >
                <PlainIcon name="menuBook" />
              </a>
            ) : null}
          </div>
          {/* Reachable with the row's arrow keys, so a description cut short can be read. */}
          <p className="kh-desc" tabIndex={-1} title={entry.row.description} data-tip="">
            <InlineTags entry={entry} />
            {entry.row.description}
          </p>
        </div>
      </Cell>
      <Cell column="kind">
        <span className="kh-kind" title={kind.hint}>
          {kind.icon}
          {kind.label}
        </span>
      </Cell>
      <Cell column="version">
        <VersionCell entry={entry} selected={version} onSelect={onVersion} />
      </Cell>
      <Cell column="tags">
        <div className="kh-stack">
          {entry.maturity === 'experimental' ? (
            <ToneChip tone="warning" icon={<PlainIcon name="science" />} label="Experimental" />
          ) : (
            <span className="kh-muted">Stable</span>
          )}
          {entry.hardware === 'gpu' ? (
            <ToneChip tone="info" icon={<PlainIcon name="memory" />} label="GPU" />
          ) : (
            <span className="kh-muted">CPU</span>
          )}
        </div>
      </Cell>
      <Cell column="state">
        {entry.multi ? (
          <InstancesChip entry={entry} attention={attention} />
        ) : (
          <StateChip derived={entry.derived} attention={attention} name={entry.name} {...why} />
        )}
      </Cell>
      <Cell column="open">
        {entry.multi || entry.derived.state !== 'ready' ? null : (
          <OpenLinks links={entry.row.links} name={entry.name} tabIndex={-1} />
        )}
      </Cell>
      <Cell column="action">
        <ActionButton
          minWidth={104}
          action={action}
          name={entry.name}
          onClick={() => {
            onAction({ action, entry, row: entry.row, version, offerForce });
          }}
        />
      </Cell>
    </>
  );
});
