import { useMutation } from '@apollo/client/react';
import { ACCOUNT_ROLES } from '@nzr/graph-schema';
import type { AccountRole } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../components/apiError';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CREATE_ACCOUNT } from './admin.queries';

const EMPTY = { email: '', displayName: '', role: 'member' as AccountRole, password: '' };

/** New account: e-mail, display name, role and an initial password (at least 10 characters). */
export function CreateAccountForm({ onCreated }: { readonly onCreated: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [create, { loading, error }] = useMutation(CREATE_ACCOUNT);
  const issues = error ? apiErrorInfo(error).issues : [];
  const set = (key: keyof typeof EMPTY, value: string) =>
    setValues((old) => ({ ...old, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...values,
      email: values.email.trim(),
      displayName: values.displayName.trim() || null,
    };
    const result = await create({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    setValues(EMPTY);
    onCreated();
  };
  const text = (key: 'email' | 'displayName' | 'password', type: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`admin.create.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        autoComplete={autoComplete}
        required={key !== 'displayName'}
        minLength={key === 'password' ? 10 : undefined}
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
        aria-describedby={key === 'password' ? `${id}-pw-hint` : undefined}
      />
    </div>
  );
  return (
    <form className="form create-account" onSubmit={(event) => void submit(event)}>
      <h3>{t('admin.create.heading')}</h3>
      {text('email', 'email', 'off')}
      {text('displayName', 'text', 'off')}
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.create.role')}</label>
        <select
          id={`${id}-role`}
          value={values.role}
          onChange={(event) => set('role', event.target.value)}
        >
          {ACCOUNT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`admin.roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {text('password', 'password', 'new-password')}
      <p id={`${id}-pw-hint`} className="hint">
        {t('admin.create.passwordHint')}
      </p>
      {error && <ErrorMessage error={error} />}
      {issues.length > 0 && (
        <ul className="field-error">
          {issues.map((issue) => (
            <li key={issue.path}>{`${issue.path}: ${issue.message}`}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary" disabled={loading}>
        {t('admin.create.submit')}
      </button>
    </form>
  );
}
