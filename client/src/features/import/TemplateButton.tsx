import { importTemplate } from '@nzr/graph-schema';
import type { ImportKind } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../lib/download';

/** Downloads the kind's template: every column as header, one example row, `;` as German Excel expects. */
export function TemplateButton({ kind }: { readonly kind: ImportKind }) {
  const { t } = useTranslation();
  const download = () =>
    downloadBlob(
      new Blob([importTemplate(kind)], { type: 'text/csv;charset=utf-8' }),
      `nzr-vorlage-${kind}.csv`,
    );
  return (
    <button type="button" onClick={download}>
      {t('import.template', { kind: t(`import.kinds.${kind}`) })}
    </button>
  );
}
