import { useTranslation } from 'react-i18next';

/** A failed request, said plainly and announced to screen readers. */
export function ErrorMessage({ error }: { readonly error: Error }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error">
      {t('common.error', { message: error.message })}
    </p>
  );
}
