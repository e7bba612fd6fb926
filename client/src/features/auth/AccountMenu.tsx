import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../../lib/apollo';
import type { Viewer } from './auth.queries';
import { LOGOUT } from './auth.queries';
import { LoginDialog } from './LoginDialog';

export interface AccountMenuProps {
  /** The signed-in account (the `me` query, owned by app/); null for guests. */
  readonly viewer: Viewer | null;
}

/**
 * The header's account area: "Anmelden" for guests; name and role with "Abmelden" when signed in. Signing
 * out drops the token and clears the cache (what one may see depends on the role). An expired session is
 * announced once.
 */
export function AccountMenu({ viewer }: AccountMenuProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [logout] = useMutation(LOGOUT);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<'expired' | 'logout' | null>(null);
  useEffect(() => {
    const onEnd = (reason: 'login' | 'logout' | 'expired') => {
      if (reason === 'login') return setNotice(null);
      setNotice(reason);
      // Fetch everything again as a guest (what one may see depends on the role).
      if (reason === 'expired') void client.resetStore().catch(() => undefined);
    };
    const stop = session.subscribe(onEnd);
    // The session may have ended before this menu mounted (the first request of the page).
    const missed = session.takeEnded();
    if (missed) onEnd(missed);
    return stop;
  }, [client]);
  const signOut = async () => {
    await logout().catch(() => undefined);
    session.clear('logout');
    await client.clearStore();
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };
  return (
    <div className="account-menu">
      {notice && (
        <p role="status" className={notice === 'expired' ? 'notice warning' : 'notice'}>
          {t(notice === 'expired' ? 'auth.sessionExpired' : 'auth.signedOut')}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('auth.dismiss')}
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </p>
      )}
      {viewer ? (
        <>
          <span className="account-name">
            {t('auth.signedInAs', {
              name: viewer.displayName,
              role: t(`auth.role.${viewer.role}`),
            })}
          </span>
          <button type="button" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('auth.signIn')}
        </button>
      )}
      {open && <LoginDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
