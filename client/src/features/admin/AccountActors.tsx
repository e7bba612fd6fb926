import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NodePicker } from '../../components/NodePicker';
import type { AccountChange, AdminAccount } from './admin.queries';

/**
 * The entries (persons, institutions) an account acts for: its member may propose changes to them and confirm
 * ties proposed to them. Linking or unlinking ends the account's sessions, as a role change does; the admin is
 * told so before.
 */
export function AccountActors({
  account,
  busy,
  onChange,
}: {
  readonly account: AdminAccount;
  readonly busy: boolean;
  readonly onChange: (change: AccountChange) => void;
}) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const linked = account.actors;
  const hiddenCount = account.actorIds.length - linked.length;
  return (
    <div className="account-actors">
      {linked.length === 0 && hiddenCount === 0 && (
        <span className="hint">{t('admin.actors.none')}</span>
      )}
      <ul className="plain-list">
        {linked.map((node) => (
          <li key={node.id}>
            {node.name} <span className="hint">({t(`label.${node.label}`)})</span>{' '}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              aria-label={t('admin.actors.unlinkNamed', { name: node.name })}
              onClick={() =>
                onChange({ actorIds: account.actorIds.filter((id) => id !== node.id) })
              }
            >
              {t('admin.actors.unlink')}
            </button>
          </li>
        ))}
        {hiddenCount > 0 && (
          <li className="hint">{t('admin.actors.gone', { count: hiddenCount })}</li>
        )}
      </ul>
      {picking ? (
        <NodePicker
          labels={['Institution', 'Person']}
          picked={null}
          fieldLabel={t('admin.actors.find')}
          pickedText={(node) => node.name}
          onPick={(node) => {
            setPicking(false);
            if (node && !account.actorIds.includes(node.id)) {
              onChange({ actorIds: [...account.actorIds, node.id] });
            }
          }}
        />
      ) : (
        <button type="button" disabled={busy} onClick={() => setPicking(true)}>
          {t('admin.actors.link')}
        </button>
      )}
      {picking && <p className="hint">{t('admin.actors.endsSessions')}</p>}
    </div>
  );
}
