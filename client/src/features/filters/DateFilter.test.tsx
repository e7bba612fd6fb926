/**
 * Issue 12: the native date field showed mm/dd/yyyy in an English-locale browser even in the German UI.
 * The field is text now: TT.MM.JJJJ in German, ISO in English, an ISO value out, a named error for the rest.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { DateFilter } from './DateFilter';

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

/** The filter with its value kept as the URL keeps it (ISO), and every applied value recorded. */
function Harness({ initial, applied }: { initial: string | null; applied: (string | null)[] }) {
  const [value, setValue] = useState(initial);
  return (
    <DateFilter
      value={value}
      explanation="Erklärung"
      onChange={(next) => {
        applied.push(next);
        setValue(next);
      }}
    />
  );
}

const field = () => screen.getByLabelText<HTMLInputElement>('Stand am');

describe('DateFilter', () => {
  it('is a text field that shows and reads TT.MM.JJJJ in German and hands on ISO', () => {
    const applied: (string | null)[] = [];
    render(<Harness initial="2016-01-01" applied={applied} />);
    expect(field().type).toBe('text');
    expect(field().value).toBe('01.01.2016');
    expect(field().placeholder).toBe('TT.MM.JJJJ');
    expect(field().getAttribute('aria-describedby')).toContain('-format');
    expect(screen.getByText('Format TT.MM.JJJJ, z. B. 31.12.2024.')).toBeTruthy();
    fireEvent.change(field(), { target: { value: '7.3.2021' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(applied).toEqual(['2021-03-07']);
    expect(field().value).toBe('07.03.2021');
  });

  it('names an incomplete or impossible date on leaving the field and applies nothing', () => {
    const applied: (string | null)[] = [];
    render(<Harness initial={null} applied={applied} />);
    fireEvent.change(field(), { target: { value: '12' } });
    // Typing on is no error yet.
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toBe(
      'Kein gültiges Datum: bitte als TT.MM.JJJJ angeben, z. B. 31.12.2024. Bis dahin bleibt die Ansicht, wie sie war.',
    );
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field(), { target: { value: '31.02.2024' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(applied).toEqual([]);
  });

  it('shows ISO in English and accepts a day-first date there', async () => {
    const i18n = setupI18n();
    await i18n.changeLanguage('en');
    try {
      const applied: (string | null)[] = [];
      render(<Harness initial="2016-01-01" applied={applied} />);
      const english = screen.getByLabelText<HTMLInputElement>('As of');
      expect(english.value).toBe('2016-01-01');
      fireEvent.change(english, { target: { value: '31/12/2024' } });
      fireEvent.blur(english);
      expect(applied).toEqual(['2024-12-31']);
      expect(english.value).toBe('2024-12-31');
      fireEvent.change(english, { target: { value: '12/31/2024' } });
      fireEvent.blur(english);
      expect(screen.getByRole('alert').textContent).toContain('DD/MM/YYYY');
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});
