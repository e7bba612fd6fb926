/**
 * German and English must offer the same keys, and every graph-schema value the client lists (lib/domain.ts)
 * must have a display name in both (sector names come from graph-schema, labels and relations from here).
 */
import { describe, expect, it } from 'vitest';
import { messagesFor, setupI18n } from '../lib/i18n';
import { NODE_LABEL_VALUES, RELATIONSHIP_TYPE_VALUES, SECTOR_VALUES } from '../lib/domain';
import de from './de.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locale files', () => {
  it('have the same keys in German and English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('have the same keys in German and English in every feature message file', () => {
    expect(keys(messagesFor('en', {})).sort()).toEqual(keys(messagesFor('de', {})).sort());
  });

  it.each([
    ['sector', SECTOR_VALUES],
    ['label', NODE_LABEL_VALUES],
    ['labels', NODE_LABEL_VALUES],
    ['relation', RELATIONSHIP_TYPE_VALUES],
  ] as const)('name every %s', (group, values) => {
    const all = keys(messagesFor('de', de));
    for (const value of values) expect(all).toContain(`${group}.${value}`);
  });

  it('explain every metric in one sentence', () => {
    for (const metric of Object.values(de.metrics)) expect(metric.explanation).toMatch(/^[^.]+\.$/);
  });

  it('format counts per locale', async () => {
    const i18n = setupI18n('de');
    await i18n.changeLanguage('de');
    expect(i18n.t('map.summary', { nodes: 1476, edges: 12345 })).toBe(
      '1.476 Knoten, 12.345 Verbindungen.',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('table.heading', { count: 1476 })).toBe('1,476 nodes in view');
    await i18n.changeLanguage('de');
  });

  it('word the busy answers of exports and analyses in both languages, as useErrorText asks for them', async () => {
    const i18n = setupI18n('de');
    const options = { count: 1, minutes: 1 };
    await i18n.changeLanguage('de');
    expect(i18n.exists('errors.SERVER_BUSY', options)).toBe(true);
    expect(i18n.t('errors.SERVER_BUSY', options)).toMatch(/ausgelastet/);
    expect(i18n.t('errors.TOO_MANY_HEAVY_REQUESTS', options)).toMatch(/Exporten und Auswertungen/);
    await i18n.changeLanguage('en');
    expect(i18n.t('errors.SERVER_BUSY', options)).toMatch(/busy/);
    expect(i18n.t('errors.TOO_MANY_HEAVY_REQUESTS', options)).toMatch(/exports and analyses/);
    await i18n.changeLanguage('de');
  });
});
