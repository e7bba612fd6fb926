import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountChange, AdminAccount } from './admin.queries';

export interface DistrictChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The districts an account looks after: a coordinator's queues and count of pending proposals default to them
 * (none: all of Saxony). A default view, not a permission. Like every account change, it signs the account
 * out; the page says so once above the table (admin.regions.hint).
 */
export function AccountRegions({
  account,
  districts,
  busy,
  onChange,
}: {
  readonly account: AdminAccount;
  readonly districts: readonly DistrictChoice[];
  readonly busy: boolean;
  readonly onChange: (change: AccountChange) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = new Map(districts.map((district) => [district.id, district.name]));
  const chosen = account.regionIds;
  const open = districts.filter((district) => !chosen.includes(district.id));
  return (
    <div className="account-regions">
      {chosen.length === 0 && <span className="hint">{t('admin.regions.none')}</span>}
      <ul className="plain-list">
        {chosen.map((regionId) => {
          const name = names.get(regionId) ?? regionId;
          return (
            <li key={regionId}>
              {name}{' '}
              <button
                type="button"
                className="link-button"
                disabled={busy}
                aria-label={t('admin.regions.removeNamed', { name })}
                onClick={() =>
                  onChange({ regionIds: chosen.filter((other) => other !== regionId) })
                }
              >
                {t('admin.regions.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      {open.length > 0 && (
        <>
          <label className="visually-hidden" htmlFor={`${id}-add`}>
            {t('admin.regions.addFor', { name: account.displayName })}
          </label>
          <select
            id={`${id}-add`}
            value=""
            disabled={busy}
            onChange={(event) => {
              if (event.target.value) onChange({ regionIds: [...chosen, event.target.value] });
            }}
          >
            <option value="">{t('admin.regions.add')}</option>
            {open.map((district) => (
              <option key={district.id} value={district.id}>
                {district.name}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
