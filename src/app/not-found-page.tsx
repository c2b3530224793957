import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';

export function NotFoundPage() {
  return (
    <Alert severity="info" role="note">
      There is no page at this address.{' '}
      <Link component={RouterLink} to="/">
        Go to the catalog
      </Link>
      .
    </Alert>
  );
}
