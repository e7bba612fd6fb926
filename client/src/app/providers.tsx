import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';

export interface ProvidersProps {
  readonly client: ApolloClient;
  readonly i18n: I18n;
  readonly children: ReactNode;
}

/** Everything the features expect around them: the Apollo client and the translations. */
export function Providers({ client, i18n, children }: ProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </ApolloProvider>
  );
}
