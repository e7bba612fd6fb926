import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFrom } from './exportUrl';
import type { ExportScope } from './exportUrl';

const none: ExportScope = { focus: [], depth: 1, regionId: null, topicId: null, networkId: null };

describe('exportUrl', () => {
  it('exports everything on the map without a scope', () => {
    expect(exportUrl(none, 'json')).toBe('/api/export?format=json');
  });

  it('uses the focus ids with their depth first', () => {
    const scope = { ...none, focus: ['ins-1', 'per-2'], depth: 2, regionId: 'reg-14626' };
    expect(exportUrl(scope, 'graphml')).toBe('/api/export?format=graphml&ids=ins-1,per-2&depth=2');
    expect(exportUrl({ ...scope, depth: 1 }, 'gexf')).toBe(
      '/api/export?format=gexf&ids=ins-1,per-2',
    );
  });

  it('then network, topic, region (the API takes one scope)', () => {
    const all = {
      ...none,
      regionId: 'reg-14626',
      topicId: 'top-energy_climate',
      networkId: 'net-8',
    };
    expect(exportUrl(all, 'json')).toBe('/api/export?format=json&networkId=net-8');
    expect(exportUrl({ ...all, networkId: null }, 'json')).toBe(
      '/api/export?format=json&topicId=top-energy_climate',
    );
    expect(exportUrl({ ...none, regionId: 'reg-14626' }, 'csv-edges')).toBe(
      '/api/export?format=csv&part=edges&regionId=reg-14626',
    );
    expect(exportUrl(none, 'csv-nodes')).toBe('/api/export?format=csv&part=nodes');
  });

  it('caps the ids at the API limit of 100', () => {
    const focus = Array.from({ length: 120 }, (_, i) => `ins-${i}`);
    const ids = new URL(exportUrl({ ...none, focus }, 'json'), 'http://x').searchParams.get('ids');
    expect(ids?.split(',')).toHaveLength(100);
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename=nzr-reg-14626-edges-2026-03-01.csv', 'x')).toBe(
      'nzr-reg-14626-edges-2026-03-01.csv',
    );
    expect(fileNameFrom('attachment; filename="nzr-all.json"', 'x')).toBe('nzr-all.json');
    expect(fileNameFrom(null, 'fallback.json')).toBe('fallback.json');
  });
});
