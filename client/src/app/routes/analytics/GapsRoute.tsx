import { useQuery } from '@apollo/client/react';
import type { Sector } from '@nzr/graph-schema';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GapCellPanel } from '../../../features/gaps/GapCellPanel';
import { GapHeatmap } from '../../../features/gaps/GapHeatmap';
import { GapSummary } from '../../../features/gaps/GapSummary';
import { SuggestionList } from '../../../features/gaps/SuggestionList';
import { cellFor } from '../../../features/gaps/heatScale';
import { targetCells, targetKind } from '../../../features/gaps/verdicts';
import { IntroduceButton } from '../../../features/introductions/IntroduceButton';
import { navigate } from '../../router';
import { useExplorerState } from '../../useExplorerState';
import { useCan } from '../../viewer';
import { AnalysisPage } from './AnalysisPage';
import { AsOfControl } from './AsOfControl';
import { GAP_SUGGESTIONS, GAPS_VIEW } from './gaps.query';
import { brokersHref, mapFocusHref } from './links';
import { RegionTopicControls } from './RegionTopicControls';
import { useAnalysisOptions } from './useAnalysisOptions';

/**
 * Vernetzungslücken: the sector × sector table of a region with a verdict per cell, suggestions aimed at the
 * gaps first, and one cell opened with its cooperations, brokers and suggestions.
 */
export function GapsRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const canIntroduce = useCan('coordinator');
  const { topics, districts, names } = useAnalysisOptions();
  const { regionId, topicId, activeOn } = state.filters;
  // The open cell is part of the URL (`cell=`): reload, back and forward keep it.
  const open = state.gapCell;
  const setOpen = (cell: readonly Sector[] | null) =>
    update({ gapCell: cell ? [cell[0] as Sector, cell[1] as Sector] : null });
  // The cell button a panel was opened from: closing returns there (keyboard users keep their place).
  const opener = useRef<HTMLElement | null>(null);
  const scopeVars = {
    regionId: regionId ?? STATE_REGION_ID,
    // The map's "Stand am" (same URL parameter): gaps and suggestions as of that day.
    asOf: activeOn,
  };
  const { data, previousData, loading, error } = useQuery(GAPS_VIEW, {
    variables: { ...scopeVars, topicId },
  });
  const view = data ?? previousData;
  const table = data?.gapTable;
  const targets = table ? targetCells(table.cells).map((cell) => [...cell.sectors]) : null;
  const suggestionVars = { ...scopeVars, topicIds: topicId ? [topicId] : null };
  const general = useQuery(GAP_SUGGESTIONS, {
    skip: targets === null,
    variables: { ...suggestionVars, targets, crossSectorOnly: true, limit: 12 },
  });
  const openCell = open && view ? cellFor(view.gapTable.cells, open[0] ?? '', open[1] ?? '') : null;
  const [a, b] = openCell?.sectors ?? [];
  const forCell = useQuery(GAP_SUGGESTIONS, {
    skip: !openCell,
    variables: {
      ...suggestionVars,
      sectors: a === b ? [a as Sector] : [a as Sector, b as Sector],
      crossSectorOnly: a !== b,
      limit: 5,
    },
  });
  const setFilter = (change: Partial<typeof state.filters>) =>
    update({ filters: { ...state.filters, ...change }, gapCell: null }, { replace: true });
  const controls = (
    <>
      <RegionTopicControls
        view="gaps"
        regionId={regionId}
        topicId={topicId}
        districts={districts}
        topics={topics}
        onChange={setFilter}
      />
      <AsOfControl value={activeOn} onChange={(date) => setFilter({ activeOn: date })} />
    </>
  );
  const scope = view?.region?.name ?? t('filters.allSaxony');
  const sectorNames = (sectors: readonly string[]) =>
    sectors.map((sector) => t(`sector.${sector}`)).join(' × ');
  const targetNote = (sectors: readonly string[]) => {
    const cell = view ? cellFor(view.gapTable.cells, sectors[0] ?? '', sectors[1] ?? '') : null;
    const kind = cell ? targetKind(cell) : null;
    return kind ? t(`gaps.target.${kind}`, { sectors: sectorNames(sectors) }) : null;
  };
  const listProps = {
    names,
    mapHref: (x: string, y: string) => mapFocusHref([x, y], activeOn),
    onShowMap: (href: string) => navigate(href),
    targetNote,
    actions: canIntroduce
      ? (a: { id: string; name: string }, b: { id: string; name: string }) => (
          <IntroduceButton from={a} to={b} source="link_suggestion" />
        )
      : undefined,
  };
  return (
    <AnalysisPage
      id="gaps"
      title={t('gaps.title')}
      intro={t('gaps.intro')}
      controls={controls}
      loading={loading}
      error={error ?? general.error ?? forCell.error}
    >
      {view && (
        <>
          <section aria-labelledby="gap-table-heading" className="gap-table-section">
            <h3 id="gap-table-heading">{t('gaps.tableHeading')}</h3>
            {view.gapTable.truncated && <p className="hint">{t('gaps.truncated')}</p>}
            <GapSummary table={view.gapTable} scope={scope} />
            <GapHeatmap
              table={view.gapTable}
              scope={scope}
              selected={openCell ? openCell.sectors : null}
              onSelect={(cell) => {
                opener.current = document.activeElement as HTMLElement | null;
                setOpen(cell.sectors);
              }}
            />
            <p className="metric-explanation">{t('gaps.metric')}</p>
          </section>
          {openCell && (
            <GapCellPanel
              {...listProps}
              cell={openCell}
              pooled={view.gapTable.pooled}
              suggestions={forCell.data?.linkSuggestions.suggestions}
              brokersHref={brokersHref(regionId, activeOn)}
              onClose={() => {
                setOpen(null);
                opener.current?.focus();
              }}
            />
          )}
          <section aria-labelledby="suggestions-heading">
            <h3 id="suggestions-heading">{t('gaps.suggestionsHeading')}</h3>
            <p className="hint">{t('gaps.suggestionsText')}</p>
            {general.data ? (
              <SuggestionList
                {...listProps}
                suggestions={general.data.linkSuggestions.suggestions}
              />
            ) : (
              <p className="hint">{t('gaps.panel.loading')}</p>
            )}
          </section>
        </>
      )}
    </AnalysisPage>
  );
}
