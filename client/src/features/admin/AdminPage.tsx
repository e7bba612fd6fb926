import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ACCOUNTS } from './admin.queries';
import { AccountRow } from './AccountRow';
import type { DistrictChoice } from './AccountRegions';
import { AuditLog } from './AuditLog';
import { CreateAccountForm } from './CreateAccountForm';

/** Verwaltung (admins): accounts and the audit trail; `districts` are the choices for an account's regions. */
export function AdminPage({ districts }: { readonly districts: readonly DistrictChoice[] }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ACCOUNTS, {
    variables: { after: null },
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => void refetch().catch(() => undefined);
  const nodes = data?.accounts.nodes;
  const names = useMemo(
    () => new Map((nodes ?? []).map((account) => [account.id, account.email])),
    [nodes],
  );
  return (
    <div className="admin-page page">
      <h2>{t('admin.heading')}</h2>
      <section aria-labelledby="accounts-heading">
        <h3 id="accounts-heading">{t('admin.accounts.heading')}</h3>
        <p className="hint">{t('admin.regions.hint')}</p>
        {error && <ErrorMessage error={error} />}
        {data && (
          <table className="data-table accounts">
            <thead>
              <tr>
                <th scope="col">{t('admin.accounts.name')}</th>
                <th scope="col">{t('admin.accounts.actsFor')}</th>
                <th scope="col">{t('admin.accounts.regions')}</th>
                <th scope="col">{t('admin.accounts.role')}</th>
                <th scope="col">{t('admin.accounts.status')}</th>
                <th scope="col">{t('admin.accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.accounts.nodes.map((account) => (
                <AccountRow
                  key={account.id}
                  account={account}
                  districts={districts}
                  onChanged={reload}
                />
              ))}
            </tbody>
          </table>
        )}
        <CreateAccountForm onCreated={reload} />
      </section>
      <AuditLog names={names} />
    </div>
  );
}
