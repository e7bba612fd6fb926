import { useTranslation } from 'react-i18next';
import { MyArea } from '../../features/ties/MyArea';
import { RoleGate } from './RoleGate';

/** Mein Bereich (signed-in members): own entries, tie proposals, consent and own data. */
export function MyAreaRoute() {
  const { t } = useTranslation();
  return (
    <RoleGate role="member">
      <div className="page my-area-page">
        <h2>{t('ties.title')}</h2>
        <p className="intro">{t('ties.intro')}</p>
        <MyArea />
      </div>
    </RoleGate>
  );
}
