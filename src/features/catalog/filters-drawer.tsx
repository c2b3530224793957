import { lazy, Suspense, useState, type ReactNode } from 'react';
import { LoadBoundary } from '../../components/load-boundary';
import { PlainIcon } from '../../components/plain-icon';
import { themed } from '../../components/themed';

// The drawer (MUI's Drawer, Modal, focus trap) loads when it is about to be used.
const loadPanel = () => import('./filters-drawer-panel');
const FiltersDrawerPanel = lazy(async () => ({
  default: await themed(async () => (await loadPanel()).FiltersDrawerPanel),
}));
const warmUp = () => {
  void loadPanel();
};

/** On narrow screens the facets live in a drawer, opened by a button that counts active filters. */
export function FiltersDrawer({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <span className="kh-badge">
        <button
          type="button"
          className="kh-btn kh-btn--outlined kh-btn--medium"
          onPointerEnter={warmUp}
          onFocus={warmUp}
          onClick={() => {
            setUsed(true);
            setOpen(true);
          }}
          aria-label={active > 0 ? `Filters, ${String(active)} active` : 'Filters'}
        >
          <PlainIcon name="filterList" />
          Filters
        </button>
        {active > 0 ? (
          <span className="kh-badge__count" aria-hidden>
            {active}
          </span>
        ) : null}
      </span>
      {used ? (
        <LoadBoundary
          what="The filters"
          onDismiss={() => {
            setOpen(false);
          }}
        >
          <Suspense fallback={null}>
            <FiltersDrawerPanel
              open={open}
              onClose={() => {
                setOpen(false);
              }}
            >
              {children}
            </FiltersDrawerPanel>
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
