import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from '../lib/apollo';
import { setupI18n } from '../lib/i18n';
import { App } from './App';
import { Providers } from './providers';
import { ViewerProvider } from './viewer';
import './styles.css';
import './accounts.css';
import './responsive.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const i18n = setupI18n();
document.documentElement.lang = i18n.language;

createRoot(root).render(
  <StrictMode>
    <Providers client={createApolloClient()} i18n={i18n}>
      <ViewerProvider>
        <App />
      </ViewerProvider>
    </Providers>
  </StrictMode>,
);
