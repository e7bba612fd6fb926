/** Every refusal of a proposal has its own message in German and English (no fallback to "did not work"). */
import { PROPOSAL_REFUSALS } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import en from '../../locales/en.json';

describe('proposal refusals', () => {
  it.each(PROPOSAL_REFUSALS)('%s is explained in both languages', (code) => {
    expect((de.errors as Record<string, string>)[code]).toMatch(/\w/);
    expect((en.errors as Record<string, string>)[code]).toMatch(/\w/);
  });
});
