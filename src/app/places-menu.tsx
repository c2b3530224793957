import { lazy, memo, Suspense, useId, useState } from 'react';
import { AttentionCount } from '../components/attention-count';
import { LoadBoundary } from '../components/load-boundary';
import { PlainIcon } from '../components/plain-icon';
import { themed } from '../components/themed';
import { currentPlace, PLACES } from './places';

// The menu (MUI's Menu, Popover, Modal) loads when it is about to be used, not with the catalog.
const loadList = () => import('./places-menu-list');
const PlacesMenuList = lazy(async () => ({
  default: await themed(async () => (await loadList()).PlacesMenuList),
}));
const warmUp = () => {
  void loadList();
};

/** On a phone the places fold into one button with the current place's name and a menu. */
export const PlacesMenu = memo(function PlacesMenu({ pathname }: { pathname: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [used, setUsed] = useState(false);
  const id = useId();
  const current = currentPlace(pathname);
  const here = PLACES.find((p) => p.to === current);
  return (
    <nav aria-label="Places">
      <button
        type="button"
        className="kh-btn kh-btn--medium kh-btn--text"
        id={`${id}-button`}
        aria-haspopup="true"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? `${id}-menu` : undefined}
        onPointerEnter={warmUp}
        onFocus={warmUp}
        onClick={(event) => {
          setUsed(true);
          setAnchor(event.currentTarget);
        }}
      >
        <PlainIcon name="menu" />
        {here?.label ?? 'Places'}
        {here?.to === '/releases' ? null : <AttentionCount />}
      </button>
      {used ? (
        <LoadBoundary
          what="The menu of places"
          onDismiss={() => {
            setAnchor(null);
          }}
        >
          <Suspense fallback={null}>
            <PlacesMenuList
              id={id}
              anchor={anchor}
              current={current}
              onClose={() => {
                setAnchor(null);
              }}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </nav>
  );
});
