/**
 * i18next with German first and English second. The chosen language is remembered in localStorage and set on
 * <html lang> so that screen readers pronounce the text correctly.
 */
import { LANGUAGES } from '@nzr/graph-schema';
import type { Language } from '@nzr/graph-schema';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';
import { domainMessages } from './domainMessages';

export { LANGUAGES };
export type { Language };

type Messages = Record<string, unknown>;

/**
 * Each feature may keep its own strings in `features/<name>/messages.<lang>.json`; they are merged under the
 * feature's name (`t('gaps.title')`), so features never edit each other's message files. The display names
 * of graph-schema's enumerations (`sector.*`, `enum.*`) come from graph-schema itself.
 */
const FEATURE_MESSAGES = import.meta.glob<Messages>('../features/*/messages.*.json', {
  eager: true,
  import: 'default',
});

export function messagesFor(language: Language, base: Messages): Messages {
  const merged: Messages = { ...base, ...domainMessages(language) };
  for (const [path, messages] of Object.entries(FEATURE_MESSAGES)) {
    const match = /features\/([^/]+)\/messages\.([a-z]+)\.json$/.exec(path);
    if (match?.[2] === language && match[1]) merged[match[1]] = messages;
  }
  return merged;
}

const STORAGE_KEY = 'nzr.language';

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

export function setupI18n(language: Language = initialLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: {
        de: { translation: messagesFor('de', de) },
        en: { translation: messagesFor('en', en) },
      },
      lng: language,
      fallbackLng: 'de',
      // React escapes already.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    i18n.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng;
      if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lng);
    });
  }
  return i18n;
}
