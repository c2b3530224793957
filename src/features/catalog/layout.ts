import type { ExtensionRow } from '../../api';
import type { RowAction } from '../../domain/actions';
import type { Attention } from '../../domain/catalog/attention';
import type { CatalogEntry, InstanceEntry } from '../../domain/catalog/entries';

/** Column headers; their widths live in catalog.css (.kh-row). */
export const HEADERS: { label: string; column?: string }[] = [
  { label: 'Extension' },
  { label: 'Kind', column: 'kind' },
  { label: 'Version' },
  { label: 'Maturity · Hardware', column: 'tags' },
  { label: 'State' },
  { label: 'Open' },
  { label: 'Action' },
];

/**
 * Why a release is in its state, as plain values (not an object, so that an unchanged line keeps
 * equal props from poll to poll and does not re-render).
 */
export interface Why {
  whyTone: 'ok' | 'info' | 'warning' | 'error';
  /** '' when there is nothing to say (not installed, launchable). */
  why: string;
  /** The explanation and the next step, for the tooltip. */
  whyDetail: string;
}

/** One line of the virtualized list. */
export type CatalogItem =
  | ({
      type: 'entry';
      key: string;
      entry: CatalogEntry;
      attention: Attention | null;
      offerForce: boolean;
    } & Why)
  | ({
      type: 'instance';
      key: string;
      entry: CatalogEntry;
      instance: InstanceEntry;
      attention: Attention | null;
      offerForce: boolean;
    } & Why);

/** What the user asked a row to do. */
export interface ActionRequest {
  action: RowAction;
  entry: CatalogEntry;
  row: ExtensionRow;
  version: string;
  /** The release is failed or stuck for a while: the uninstall dialog offers skipping hooks. */
  offerForce: boolean;
}

export interface RowHandlers {
  onVersion: (key: string, version: string) => void;
  onToggle: (key: string) => void;
  onAction: (request: ActionRequest) => void;
}
