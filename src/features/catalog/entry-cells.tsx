import AppsIcon from '@mui/icons-material/Apps';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import MemoryIcon from '@mui/icons-material/Memory';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import ScienceIcon from '@mui/icons-material/Science';
import SportsEsportsIcon from '@mui/icons-material/SportsEsports';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { memo, type ReactNode } from 'react';
import { actionFor } from '../../domain/actions';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry } from '../../domain/catalog/entries';
import { documentationLink } from '../../domain/names';
import { ToneChip } from '../../components/tone-chip';
import type { RowHandlers, Why } from './layout';
import { OpenLinks } from '../../components/open-links';
import { ActionButton } from '../../components/action-button';
import { InstancesChip, StateChip } from './state-chip';
import { VersionCell } from './version-cell';

const KIND = {
  workflow: {
    label: 'Workflow',
    icon: <SportsEsportsIcon fontSize="small" />,
    hint: 'Adds workflows (Airflow DAGs) that you start from the Workflows page.',
  },
  application: {
    label: 'Application',
    icon: <AppsIcon fontSize="small" />,
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
      {entry.maturity === 'experimental' ? <ScienceIcon /> : null}
      {entry.hardware === 'gpu' ? <MemoryIcon /> : null}
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
          <IconButton
            size="small"
            tabIndex={-1}
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Hide' : 'Show'} ${String(count)} instance${count === 1 ? '' : 's'} of ${entry.name}`}
            onClick={() => {
              onToggle(entry.key);
            }}
            sx={{ mr: 0.5 }}
          >
            {expanded ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          </IconButton>
        ) : (
          <span className="kh-spacer" />
        )}
        <div className="kh-grow">
          <div className="kh-title">
            <span className="kh-name" title={entry.name}>
              {entry.name}
            </span>
            {doc ? (
              <IconButton
                size="small"
                href={doc}
                tabIndex={-1}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={`Documentation of ${entry.name} (new tab)`}
              >
                <MenuBookIcon fontSize="inherit" />
              </IconButton>
            ) : null}
          </div>
          <Tooltip title={entry.row.description} describeChild placement="bottom-start">
            {/* Reachable with the row's arrow keys, so a description cut short can be read. */}
            <p className="kh-desc" tabIndex={-1}>
              <InlineTags entry={entry} />
              {entry.row.description}
            </p>
          </Tooltip>
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
            <ToneChip tone="warning" icon={<ScienceIcon />} label="Experimental" />
          ) : (
            <span className="kh-muted">Stable</span>
          )}
          {entry.hardware === 'gpu' ? (
            <ToneChip tone="info" icon={<MemoryIcon />} label="GPU" />
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
