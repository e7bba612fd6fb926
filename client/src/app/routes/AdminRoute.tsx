import { AdminPage } from '../../features/admin/AdminPage';
import { RoleGate } from './RoleGate';

/** Verwaltung: accounts and audit log (admins). */
export function AdminRoute() {
  return (
    <RoleGate role="admin">
      <AdminPage />
    </RoleGate>
  );
}
