import { useTranslation } from 'react-i18next';
import { apiErrorInfo, minutesFrom } from './apiError';

/** The translated sentence for an API error (as ErrorMessage shows it), for places that need the text. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const info = apiErrorInfo(error);
    const minutes = minutesFrom(info.retryAfterSeconds);
    const options = { count: minutes, minutes };
    const key = `errors.${info.code}`;
    return i18n.exists(key, options)
      ? t(key, options)
      : t('common.error', { message: info.message });
  };
}
