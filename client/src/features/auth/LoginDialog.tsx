import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { session } from '../../lib/apollo';
import { LOGIN } from './auth.queries';
import { loginProblem } from './loginError';

export interface LoginDialogProps {
  readonly onClose: () => void;
}

/**
 * E-mail and password. On success the token goes to the session and the cache is reset, so every view is
 * fetched again with the new role (persons hidden from guests appear).
 */
export function LoginDialog({ onClose }: LoginDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LOGIN);
  const problem = error ? loginProblem(error) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ variables: { email: email.trim(), password } }).catch(() => null);
    if (!result?.data) return;
    session.set(result.data.login.token);
    onClose();
    await client.resetStore().catch(() => undefined);
  };
  const errorId = `${id}-error`;
  return (
    <Dialog title={t('auth.dialogTitle')} onClose={onClose} closeLabel={t('auth.close')}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            required
            value={email}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {problem?.key === 'other' && <ErrorMessage error={problem.error} id={errorId} />}
        {problem && problem.key !== 'other' && (
          <p role="alert" className="error" id={errorId}>
            {problem.key === 'auth.errors.tooManyAttempts'
              ? t(problem.key, { count: problem.minutes })
              : t(problem.key)}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={loading || !email || !password}>
            {loading ? t('auth.submitting') : t('auth.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
