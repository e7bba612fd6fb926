import { useId, useState } from 'react';
import { apiErrorInfo } from '../../components/apiError';
import type { Field } from './fieldSpecs';
import { fieldId } from './FormField';
import { clientErrors, firstInvalid, issuesToErrors } from './formModel';
import type { FieldErrors, FormValue, FormValues } from './formModel';

/** Values, field errors and the summary of one generated form; focuses the first invalid field. */
export function usePropertiesForm(fields: readonly Field[], initial: FormValues) {
  const formId = useId();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<readonly string[]>([]);
  const focusFirst = (found: FieldErrors) => {
    const name = firstInvalid(fields, found);
    // After React has rendered the error texts, so the screen reader reads them with the field.
    if (name) setTimeout(() => document.getElementById(fieldId(formId, name))?.focus(), 0);
  };
  return {
    formId,
    values,
    errors,
    general,
    setValues,
    change: (name: string, value: FormValue) => setValues((old) => ({ ...old, [name]: value })),
    /** Client-side hints; false (and focus on the first problem) when something is missing or too long. */
    check(): boolean {
      const found = clientErrors(fields, values);
      setErrors(found);
      setGeneral([]);
      focusFirst(found);
      return Object.keys(found).length === 0;
    },
    /** Shows BAD_USER_INPUT issues at their fields; false for other errors (the caller shows them). */
    showApiError(error: unknown): boolean {
      const info = apiErrorInfo(error);
      if (info.code !== 'BAD_USER_INPUT') return false;
      const mapped = issuesToErrors(fields, info.issues);
      setErrors(mapped.fields);
      setGeneral(
        mapped.general.length > 0 || info.issues.length > 0 ? mapped.general : [info.message],
      );
      focusFirst(mapped.fields);
      return true;
    },
    clearErrors() {
      setErrors({});
      setGeneral([]);
    },
  };
}
export type PropertiesForm = ReturnType<typeof usePropertiesForm>;
