/**
 * The signed-in account for the whole app: app/ owns the `me` query and hands the role to the views (features
 * get it as props). Guests have the role `viewer`.
 */
import { useQuery } from '@apollo/client/react';
import { roleAtLeast } from '@nzr/graph-schema';
import type { Role } from '@nzr/graph-schema';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { ME } from '../features/auth/auth.queries';
import type { Viewer } from '../features/auth/auth.queries';

interface ViewerState {
  readonly viewer: Viewer | null;
  readonly role: Role;
  readonly loading: boolean;
}

const ViewerContext = createContext<ViewerState>({ viewer: null, role: 'viewer', loading: false });

export function ViewerProvider({ children }: { readonly children: ReactNode }) {
  const { data, previousData, loading } = useQuery(ME);
  // While the cache is reset (sign-in, import), keep the last answer so role-gated views stay mounted.
  const known = data ?? previousData;
  const viewer = known?.me ?? null;
  const value: ViewerState = { viewer, role: viewer?.role ?? 'viewer', loading: loading && !known };
  return <ViewerContext value={value}>{children}</ViewerContext>;
}

export const useViewer = () => useContext(ViewerContext);

/** Whether the signed-in account has at least this role. */
export function useCan(required: Role): boolean {
  return roleAtLeast(useViewer().role, required);
}
