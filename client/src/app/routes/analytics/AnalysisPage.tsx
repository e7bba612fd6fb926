import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { NarrowDisclosure } from '../../../components/NarrowDisclosure';
import './analytics.css';

/** On phones the choices fold behind one line, so the results start on the first screen. */
const PHONE = '(max-width: 40rem)';

export interface AnalysisPageProps {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly controls?: ReactNode;
  readonly loading: boolean;
  readonly error?: unknown;
  readonly children: ReactNode;
}

/** Frame of an analytics view: heading and intro, the choices on the side, loading and error states. */
export function AnalysisPage({
  id,
  title,
  intro,
  controls,
  loading,
  error,
  children,
}: AnalysisPageProps) {
  const { t } = useTranslation();
  return (
    <div className={`analysis-route ${id}-route`}>
      {controls && (
        <aside
          className="analysis-controls"
          aria-label={t('common.choices', { defaultValue: title })}
        >
          <NarrowDisclosure query={PHONE} summary={t('layout.choices')}>
            {controls}
          </NarrowDisclosure>
        </aside>
      )}
      <div className="analysis-main" aria-busy={loading}>
        <h2>{title}</h2>
        <p className="intro">{intro}</p>
        <p role="status" className="map-status">
          {loading ? t('common.loading') : ''}
        </p>
        {error ? <ErrorMessage error={error} /> : null}
        {children}
      </div>
    </div>
  );
}
