import { CombinedGraphQLErrors } from '@apollo/client';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorMessage } from '../../components/ErrorMessage';
import { setupI18n } from '../../lib/i18n';
import { loginProblem } from './loginError';

const gqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('sign-in errors', () => {
  it('tells wrong credentials, disabled accounts and rate limiting apart', () => {
    expect(
      loginProblem(gqlError('E-mail address or password is wrong.', { code: 'UNAUTHENTICATED' })),
    ).toEqual({
      key: 'auth.errors.wrongCredentials',
    });
    expect(
      loginProblem(gqlError('This account is disabled.', { code: 'UNAUTHENTICATED' })),
    ).toEqual({
      key: 'auth.errors.disabled',
    });
    expect(
      loginProblem(gqlError('Too many', { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 601 })),
    ).toEqual({ key: 'auth.errors.tooManyAttempts', minutes: 11 });
  });

  it('ErrorMessage translates API codes, with the minutes to wait', () => {
    render(
      <ErrorMessage error={gqlError('x', { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 })} />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Zu viele Versuche. Bitte warten Sie 2 Minuten.',
    );
    cleanup();
    render(<ErrorMessage error={gqlError('stale', { code: 'CONFLICT' })} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Jemand anderes hat diesen Eintrag inzwischen geändert.',
    );
    cleanup();
    render(<ErrorMessage error={gqlError('Boom', { code: 'SOMETHING_NEW' })} />);
    expect(screen.getByRole('alert').textContent).toBe('Das hat nicht geklappt: Boom');
  });
});
