import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_A_DATE, dateFieldText, fieldLanguage, parseDateField } from '../../lib/dateField';
import type { DateFieldLanguage } from '../../lib/dateField';
import './DateFilter.css';

/**
 * Pause after the last edit before a date applies. A date typed character by character passes through real
 * but unintended days (`2016-01-1` before `2016-01-15`); each would otherwise be a request and a history entry.
 */
export const DATE_APPLY_DELAY_MS = 600;

export interface DateFilterProps {
  /** The applied date (ISO), null for none. */
  readonly value: string | null;
  /** One sentence: what the date does in this view, and what no date means. */
  readonly explanation: string;
  readonly onChange: (date: string | null) => void;
  /** The field's name; "Stand am" unless said otherwise. */
  readonly label?: string;
}

const textOf = (value: string | null, language: DateFieldLanguage) =>
  value === null ? '' : dateFieldText(value, language);

/**
 * "Stand am …": a text field that reads and shows the date in the UI's language (TT.MM.JJJJ in German, not
 * the browser's locale as a native date field would), with the format, an explanation and a clear button.
 * Nothing invalid applies silently: on leaving the field or Enter it is named, and the view stays as it was.
 */
export function DateFilter({ value, explanation, onChange, label }: DateFilterProps) {
  const { t, i18n } = useTranslation();
  const language = fieldLanguage(i18n.language);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(textOf(value, language));
  const [invalid, setInvalid] = useState(false);
  // undefined: nothing waiting to apply; null: "no date" waiting.
  const [pending, setPending] = useState<string | null | undefined>(undefined);
  const [shown, setShown] = useState({ value, language });
  if (value !== shown.value || language !== shown.language) {
    // The date changed from outside (back/forward, "reset filters") or the language did: show it anew.
    setShown({ value, language });
    setDraft(textOf(value, language));
    setInvalid(false);
    setPending(undefined);
  }

  const apply = (next: string | null) => {
    setPending(undefined);
    if (next !== value) onChange(next);
  };
  const applyLater = useEffectEvent((next: string | null) => apply(next));
  useEffect(() => {
    if (pending === undefined) return;
    const timer = setTimeout(() => applyLater(pending), DATE_APPLY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  const edit = (text: string) => {
    setDraft(text);
    const next = parseDateField(text);
    // While typing, an unfinished date is not yet an error; it just does not apply.
    if (next === NOT_A_DATE) return setPending(undefined);
    setInvalid(false);
    setPending(next);
  };
  const commit = () => {
    const next = parseDateField(draft);
    setInvalid(next === NOT_A_DATE);
    if (next === NOT_A_DATE) return setPending(undefined);
    setDraft(textOf(next, language));
    apply(next);
  };
  const clear = () => {
    setDraft('');
    setInvalid(false);
    apply(null);
    input.current?.focus();
  };

  return (
    <div className="date-filter">
      <label htmlFor={id}>{label ?? t('filters.date')}</label>
      <div className="date-filter-row">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          size={11}
          placeholder={t('filters.datePlaceholder')}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={`${id}-format ${id}-hint${invalid ? ` ${id}-error` : ''}`}
          onChange={(event) => edit(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {(draft !== '' || invalid || value !== null) && (
          <button type="button" className="link-button" onClick={clear}>
            {t('filters.dateClear')}
          </button>
        )}
      </div>
      <p id={`${id}-format`} className="hint">
        {t('filters.dateFormat')}
      </p>
      <p id={`${id}-hint`} className="hint">
        {explanation}
      </p>
      {invalid && (
        <p id={`${id}-error`} role="alert" className="error">
          {t('filters.dateInvalid')}
        </p>
      )}
    </div>
  );
}
