import { roleAtLeast } from '@nzr/graph-schema';
import type { Role } from '@nzr/graph-schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../viewer';

/** Shows the view only from `role` on; otherwise says to sign in (guests) or that the role is missing. */
export function RoleGate({
  role,
  children,
}: {
  readonly role: Role;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (viewer.loading) return <p role="status">{t('common.loading')}</p>;
  if (roleAtLeast(viewer.role, role)) return children;
  return (
    <p className="error" role="alert">
      {t(viewer.viewer ? 'errors.FORBIDDEN' : 'errors.UNAUTHENTICATED')}
    </p>
  );
}
