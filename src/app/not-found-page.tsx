import { Link as RouterLink } from 'react-router';
import { PlainAlert } from '../components/plain-alert';

export function NotFoundPage() {
  return (
    <PlainAlert severity="info" role="note">
      There is no page at this address.{' '}
      <RouterLink className="kh-link" to="/">
        Go to the catalog
      </RouterLink>
      .
    </PlainAlert>
  );
}
