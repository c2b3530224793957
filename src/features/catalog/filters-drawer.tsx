import FilterListIcon from '@mui/icons-material/FilterList';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { LoadBoundary } from '../../components/load-boundary';

// The drawer (MUI's Drawer, Modal, focus trap) loads when it is about to be used.
const loadPanel = () => import('./filters-drawer-panel');
const FiltersDrawerPanel = lazy(async () => ({ default: (await loadPanel()).FiltersDrawerPanel }));
const warmUp = () => {
  void loadPanel();
};

/** On narrow screens the facets live in a drawer, opened by a button that counts active filters. */
export function FiltersDrawer({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Badge badgeContent={active} color="primary" overlap="rectangular">
        <Button
          variant="outlined"
          startIcon={<FilterListIcon />}
          onPointerEnter={warmUp}
          onFocus={warmUp}
          onClick={() => {
            setUsed(true);
            setOpen(true);
          }}
          aria-label={active > 0 ? `Filters, ${String(active)} active` : 'Filters'}
        >
          Filters
        </Button>
      </Badge>
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
