import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ImportSection } from './ImportSection';
import { MissionFrame } from './MissionFrame';

/** /missions/:id/import — polling stations first (observers' stations must exist), then observers. */
export function MissionImportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('missions');
  return (
    <MissionFrame missionId={id} title={t('import.title')}>
      {(mission) => (
        <>
          <p className="muted">{t('import.intro')}</p>
          <ImportSection kind="locations" missionId={mission.id} />
          <ImportSection kind="observers" missionId={mission.id} />
        </>
      )}
    </MissionFrame>
  );
}
