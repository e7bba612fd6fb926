import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { ChosenNode } from '../../../features/search/ChosenNode';
import { SearchBox } from '../../../features/search/SearchBox';
import type { DistrictLabel } from '../../../features/network-map/graph.fragment';
import type { GeoPoint } from '../../urlState';
import { ORIGINS } from '../../viewChoices';
import type { Origin } from '../../viewChoices';
import { ChoiceGroup } from './ChoiceGroup';

export interface OriginPickerProps {
  readonly origin: Origin;
  /** The actor searched from (origin `actor`), named under the search box. */
  readonly actorId: string | null;
  readonly regionId: string | null;
  readonly point: GeoPoint | null;
  readonly districts: readonly DistrictLabel[];
  readonly onOrigin: (origin: Origin) => void;
  readonly onActor: (id: string) => void;
  readonly onRegion: (id: string | null) => void;
  readonly onPoint: (point: GeoPoint) => void;
}

/** Dresden, where a point search starts until other coordinates are entered. */
export const DEFAULT_POINT: GeoPoint = { latitude: 51.0509, longitude: 13.7383 };

/** Where to search from: an actor (search), a municipality or a coordinate. */
export function OriginPicker(props: OriginPickerProps) {
  const { t } = useTranslation();
  const point = props.point ?? DEFAULT_POINT;
  const coordinate = (key: keyof GeoPoint, value: string) => {
    const number = Number(value);
    if (value && Number.isFinite(number)) props.onPoint({ ...point, [key]: number });
  };
  return (
    <>
      <ChoiceGroup
        legend={t('allies.origin')}
        name="ally-origin"
        values={ORIGINS}
        value={props.origin}
        labelOf={(origin) => t(`allies.origin${origin.charAt(0).toUpperCase()}${origin.slice(1)}`)}
        onChange={props.onOrigin}
      />
      {props.origin === 'actor' && (
        <>
          <SearchBox onPick={(node) => props.onActor(node.id)} />
          <ChosenNode id={props.actorId} />
        </>
      )}
      {props.origin === 'region' && (
        <RegionPicker
          regionId={props.regionId}
          districts={props.districts}
          onChange={props.onRegion}
        />
      )}
      {props.origin === 'point' &&
        (['latitude', 'longitude'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`ally-${key}`}>{t(`allies.${key}`)}</label>
            <input
              id={`ally-${key}`}
              type="number"
              step="0.001"
              defaultValue={point[key]}
              onChange={(event) => coordinate(key, event.target.value)}
            />
          </div>
        ))}
    </>
  );
}
