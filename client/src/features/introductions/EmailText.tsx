import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { introductionEmail, mailtoHref } from './emailText';
import './introductions.css';

export interface EmailTextProps {
  readonly fromName: string;
  readonly toName: string;
}

/** The introduction e-mail, ready to copy or to open in the coordinator's own mail program. */
export function EmailText({ fromName, toName }: EmailTextProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const text = introductionEmail(t, { fromName, toName });
  const full = `${text.subject}\n\n${text.body}`;
  const copy = async () => {
    // The clipboard needs a secure context; where it is missing the text stays selectable by hand.
    await navigator.clipboard?.writeText(full).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="introduction-email">
      <label htmlFor={`${id}-text`}>{t('introductions.emailHeading')}</label>
      <textarea id={`${id}-text`} readOnly rows={8} value={full} />
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          {t('introductions.copyEmail')}
        </button>
        <a href={mailtoHref(text)}>{t('introductions.openMail')}</a>
      </div>
      {copied && <p role="status">{t('introductions.copied')}</p>}
    </div>
  );
}
