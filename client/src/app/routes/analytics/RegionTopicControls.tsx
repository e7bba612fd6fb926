import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { TopicSelect } from './TopicSelect';

export interface RegionTopicControlsProps {
  /** Message namespace of the view; it provides `<view>.topic` and `<view>.allTopics`. */
  readonly view: 'gaps' | 'clusters';
  readonly regionId: string | null;
  readonly topicId: string | null;
  readonly districts: ComponentProps<typeof RegionPicker>['districts'];
  readonly topics: ComponentProps<typeof TopicSelect>['topics'];
  readonly onChange: (change: { regionId?: string | null; topicId?: string | null }) => void;
}

/** The region and theme choice shared by the analyses that are bounded by both. */
export function RegionTopicControls(props: RegionTopicControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RegionPicker
        regionId={props.regionId}
        districts={props.districts}
        onChange={(id) => props.onChange({ regionId: id })}
      />
      <TopicSelect
        label={t(`${props.view}.topic`)}
        allLabel={t(`${props.view}.allTopics`)}
        topics={props.topics}
        value={props.topicId}
        onChange={(id) => props.onChange({ topicId: id })}
      />
    </>
  );
}
