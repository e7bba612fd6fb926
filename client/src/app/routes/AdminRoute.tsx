import { AdminPage } from '../../features/admin/AdminPage';
import { useAnalysisOptions } from './analytics/useAnalysisOptions';
import { RoleGate } from './RoleGate';

/** Verwaltung: accounts and audit log (admins); the districts are the choices for an account's regions. */
export function AdminRoute() {
  const { districts } = useAnalysisOptions();
  return (
    <RoleGate role="admin">
      <AdminPage districts={districts} />
    </RoleGate>
  );
}
