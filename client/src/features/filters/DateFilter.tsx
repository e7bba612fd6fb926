import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../lib/isoDate';
import './DateFilter.css';

/**
 * Pause after the last edit before a date applies. Typing a year digit by digit in a native date field passes
 * through real but unintended days (0002, 0020, 0201 …); each would otherwise be a request and a history entry.
 */
export const DATE_APPLY_DELAY_MS = 600;

export interface DateFilterProps {
  /** The applied date (ISO), null for none. */
  readonly value: string | null;
  /** One sentence: what the date does in this view, and what no date means. */
  readonly explanation: string;
  readonly onChange: (date: string | null) => void;
}

const INVALID = Symbol('invalid');

/** What the field holds: a date, nothing, or something that is no date (incomplete or impossible). */
function read(input: HTMLInputElement): string | null | typeof INVALID {
  // A native date field reports an incomplete entry as value "" with validity.badInput.
  if (input.validity.badInput) return INVALID;
  if (input.value === '') return null;
  // Browsers without a date picker fall back to a text field, where anything can be typed.
  return isIsoDate(input.value) ? input.value : INVALID;
}

/** "Stand am …": a date field with its explanation and a clear button; nothing invalid applies silently. */
export function DateFilter({ value, explanation, onChange }: DateFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  // undefined: nothing waiting to apply; null: "no date" waiting.
  const [pending, setPending] = useState<string | null | undefined>(undefined);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The date changed from outside (back/forward, "reset filters"): show it and drop what was waiting.
    setShown(value);
    setDraft(value ?? '');
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

  const check = (field: HTMLInputElement, now: boolean) => {
    const next = read(field);
    setInvalid(next === INVALID);
    if (next === INVALID) setPending(undefined);
    else if (now) apply(next);
    else setPending(next);
  };
  const clear = () => {
    // A half-typed date is not in the value React controls, so the field itself is emptied.
    if (input.current) input.current.value = '';
    setDraft('');
    setInvalid(false);
    apply(null);
    input.current?.focus();
  };

  return (
    <div className="date-filter">
      <label htmlFor={id}>{t('filters.date')}</label>
      <div className="date-filter-row">
        <input
          ref={input}
          id={id}
          type="date"
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => {
            setDraft(event.target.value);
            check(event.target, false);
          }}
          onBlur={(event) => check(event.target, true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') check(event.currentTarget, true);
          }}
        />
        {(draft !== '' || invalid || value !== null) && (
          <button type="button" className="link-button" onClick={clear}>
            {t('filters.dateClear')}
          </button>
        )}
      </div>
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
