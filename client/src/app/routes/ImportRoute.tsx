import { ImportPage } from '../../features/import/ImportPage';
import { RoleGate } from './RoleGate';

/** CSV-Import (coordinators). */
export function ImportRoute() {
  return (
    <RoleGate role="coordinator">
      <ImportPage />
    </RoleGate>
  );
}
