import { useState } from 'react';

export interface ConfirmButtonProps {
  readonly label: string;
  /** The question asked before the action runs, e.g. "Really delete X?". */
  readonly question: string;
  readonly onConfirm: () => void;
  readonly disabled?: boolean;
  readonly yesLabel: string;
  readonly cancelLabel: string;
}

/** A destructive action in two steps: the button asks, yes runs it, cancel goes back. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, question, onConfirm, disabled = false, yesLabel, cancelLabel } = props;
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} className="confirm">
      <span>{question}</span>{' '}
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yesLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </span>
  );
}
