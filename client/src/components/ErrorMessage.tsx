import { useErrorText } from './useErrorText';

export interface ErrorMessageProps {
  /** Anything a request can fail with: Apollo errors, HttpApiError, network errors. */
  readonly error: unknown;
  readonly id?: string;
}

/**
 * A failed request, said plainly (the API error code translated, `errors.<CODE>`) and announced to screen
 * readers. Unknown codes fall back to the server's message.
 */
export function ErrorMessage({ error, id }: ErrorMessageProps) {
  const text = useErrorText();
  return (
    <p role="alert" className="error" id={id}>
      {text(error)}
    </p>
  );
}
