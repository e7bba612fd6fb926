import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPTHS, LAYOUT_NAMES } from './layoutNames';
import type { Depth, LayoutName } from './layoutNames';

export interface MapToolbarProps {
  readonly layout: LayoutName;
  readonly depth: Depth;
  /** The depth selector only matters when the map starts from focus nodes. */
  readonly showDepth: boolean;
  readonly onLayoutChange: (layout: LayoutName) => void;
  readonly onDepthChange: (depth: Depth) => void;
  readonly onFit: () => void;
  readonly onZoom: (factor: number) => void;
  readonly onExport: (format: 'png' | 'svg') => void;
  /** The optional web map under the geographic layout; null when not offered. */
  readonly tiles?: { readonly on: boolean; readonly set: (on: boolean) => void } | null;
}

/** Layout, depth, zoom and export controls above the map. */
export function MapToolbar(props: MapToolbarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.toolbar')}>
      <label htmlFor={`${id}-layout`}>{t('map.layout')}</label>
      <select
        id={`${id}-layout`}
        value={props.layout}
        onChange={(event) => props.onLayoutChange(event.target.value as LayoutName)}
      >
        {LAYOUT_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`map.layouts.${name}`)}
          </option>
        ))}
      </select>
      {props.showDepth && (
        <>
          <label htmlFor={`${id}-depth`}>{t('map.depth')}</label>
          <select
            id={`${id}-depth`}
            value={props.depth}
            onChange={(event) => props.onDepthChange(Number(event.target.value) as Depth)}
          >
            {DEPTHS.map((value) => (
              <option key={value} value={value}>
                {t('map.depthOption', { count: value })}
              </option>
            ))}
          </select>
        </>
      )}
      <span className="toolbar-group">
        <button type="button" onClick={() => props.onZoom(1.25)} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => props.onZoom(0.8)} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button type="button" onClick={props.onFit}>
          {t('map.fit')}
        </button>
      </span>
      {props.tiles && (
        <label className="toolbar-group">
          <input
            type="checkbox"
            checked={props.tiles.on}
            onChange={(event) => props.tiles?.set(event.target.checked)}
          />
          {t('map.tiles')}
        </label>
      )}
      <span className="toolbar-group">
        <button type="button" onClick={() => props.onExport('png')}>
          {t('map.exportPng')}
        </button>
        <button type="button" onClick={() => props.onExport('svg')}>
          {t('map.exportSvg')}
        </button>
      </span>
    </div>
  );
}
