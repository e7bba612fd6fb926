import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Banner: title and tagline, the navigation passed in, the language switch. */
export function Header({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {children}
      <LanguageSwitch />
    </header>
  );
}
