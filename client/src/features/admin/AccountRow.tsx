import { useMutation } from '@apollo/client/react';
import { ACCOUNT_ROLES } from '@nzr/graph-schema';
import type { AccountRole } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../components/apiError';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AccountActors } from './AccountActors';
import { AccountRegions } from './AccountRegions';
import type { DistrictChoice } from './AccountRegions';
import { DELETE_ACCOUNT, UPDATE_ACCOUNT } from './admin.queries';
import type { AccountChange, AdminAccount } from './admin.queries';

/**
 * One account with its actions: linked entries, districts it looks after, role, disable/enable, new password, delete. Each change sends the version
 * shown; on CONFLICT the list is reloaded and the admin told so.
 */
export function AccountRow({
  account,
  districts,
  onChanged,
}: {
  readonly account: AdminAccount;
  readonly districts: readonly DistrictChoice[];
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [update, { loading }] = useMutation(UPDATE_ACCOUNT);
  const [remove] = useMutation(DELETE_ACCOUNT);
  const change = async (input: AccountChange) => {
    setFailure(null);
    setConflict(false);
    try {
      await update({ variables: { id: account.id, expectedVersion: account.version, input } });
      setPassword(null);
    } catch (error) {
      if (apiErrorInfo(error).code === 'CONFLICT') {
        setConflict(true);
        onChanged();
      } else setFailure(error);
    }
  };
  const del = async () => {
    try {
      await remove({ variables: { id: account.id } });
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <tr className={account.disabled ? 'disabled' : undefined}>
      <th scope="row">
        {account.displayName}
        <br />
        <span className="hint">{account.email}</span>
      </th>
      <td>
        <AccountActors account={account} busy={loading} onChange={(input) => void change(input)} />
      </td>
      <td>
        <AccountRegions
          account={account}
          districts={districts}
          busy={loading}
          onChange={(input) => void change(input)}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-role`}>
          {t('admin.accounts.roleOf', { name: account.displayName })}
        </label>
        <select
          id={`${id}-role`}
          value={account.role}
          disabled={loading}
          onChange={(event) => void change({ role: event.target.value as AccountRole })}
        >
          {ACCOUNT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`admin.roles.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{account.disabled ? t('admin.accounts.disabled') : t('admin.accounts.active')}</td>
      <td className="actions">
        <div className="action-buttons">
          <button
            type="button"
            disabled={loading}
            onClick={() => void change({ disabled: !account.disabled })}
          >
            {account.disabled ? t('admin.accounts.enable') : t('admin.accounts.disable')}
          </button>
          {password === null ? (
            <button type="button" onClick={() => setPassword('')}>
              {t('admin.accounts.resetPassword')}
            </button>
          ) : (
            <span className="inline-form">
              <label htmlFor={`${id}-pw`}>{t('admin.accounts.newPassword')}</label>
              <input
                id={`${id}-pw`}
                type="password"
                autoComplete="new-password"
                minLength={10}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <button
                type="button"
                disabled={password.length < 10}
                onClick={() => void change({ password })}
              >
                {t('admin.accounts.setPassword')}
              </button>
            </span>
          )}
          <ConfirmButton
            label={t('admin.accounts.delete')}
            question={t('admin.accounts.confirmDelete', { email: account.email })}
            yesLabel={t('admin.yesDelete')}
            cancelLabel={t('admin.cancel')}
            onConfirm={() => void del()}
          />
          {conflict && (
            <p role="alert" className="error">
              {t('admin.accounts.conflict')}
            </p>
          )}
        </div>
        {failure !== null && <ErrorMessage error={failure} />}
      </td>
    </tr>
  );
}
