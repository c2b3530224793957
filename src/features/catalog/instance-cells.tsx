import { memo } from 'react';
import { actionFor } from '../../domain/actions';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry, InstanceEntry } from '../../domain/catalog/entries';
import { Cell } from './entry-cells';
import type { RowHandlers, Why } from './layout';
import { OpenLinks } from '../../components/open-links';
import { PlainIcon } from '../../components/plain-icon';
import { ActionButton } from '../../components/action-button';
import { StateChip } from './state-chip';

interface Props extends Pick<RowHandlers, 'onAction'>, Why {
  entry: CatalogEntry;
  instance: InstanceEntry;
  attention: Attention | null;
  offerForce: boolean;
}

/** The cells of a launched instance, under its chart. */
export const InstanceCells = memo(function InstanceCells({
  entry,
  instance,
  attention,
  offerForce,
  onAction,
  ...why
}: Props) {
  const action = actionFor('instance', instance.derived.state, { stuck: attention === 'stuck' });
  const version = instance.derived.installedVersion ?? instance.row.version;
  const releaseName = instance.row.releaseName;
  return (
    <>
      <Cell column="name">
        <span className="kh-spacer">
          <PlainIcon name="subdirectoryArrowRight" size="small" />
        </span>
        <div className="kh-grow">
          <div className="kh-instance-name" title={instance.name}>
            <span className="kh-visually-hidden">Instance of {entry.name}: </span>
            {instance.name}
          </div>
          {instance.name !== releaseName ? (
            <div className="kh-release" title={releaseName}>
              {releaseName}
            </div>
          ) : null}
        </div>
      </Cell>
      <Cell column="kind" />
      <Cell column="version">
        <span className="kh-small">{version}</span>
      </Cell>
      <Cell column="tags" />
      <Cell column="state">
        <StateChip
          derived={instance.derived}
          attention={attention}
          name={instance.name}
          instance
          {...why}
        />
      </Cell>
      <Cell column="open">
        {instance.derived.state === 'ready' ? (
          <OpenLinks links={instance.row.links} name={instance.name} tabIndex={-1} />
        ) : null}
      </Cell>
      <Cell column="action">
        <ActionButton
          minWidth={104}
          action={action}
          name={instance.name}
          onClick={() => {
            onAction({ action, entry, row: instance.row, version, offerForce });
          }}
        />
      </Cell>
    </>
  );
});
