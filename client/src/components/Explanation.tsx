import { explainReasons, reasonFromFields } from '@nzr/graph-schema';
import type { Language, Reason } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import type { Reason as ReasonFields } from '../lib/reasons';

export interface ExplanationProps {
  readonly reasons: readonly ReasonFields[];
  readonly explanationDe: string;
  /** Display names of the ids the reasons mention (topics, regions, actors). */
  readonly names?: ReadonlyMap<string, string>;
}

/**
 * Why a result was found, in the reader's language, worded by graph-schema's reasons module. German shows
 * the server's sentence: the same module wrote it there, with the name of every node the reasons mention,
 * while the client knows only some names (topics, regions) and would have to show ids.
 */
export function Explanation({ reasons, explanationDe, names }: ExplanationProps) {
  const { i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'de';
  if (language === 'de') return <p className="explanation">{explanationDe}</p>;
  const parsed = reasons.map(reasonFromFields);
  const complete = parsed.every((reason): reason is Reason => reason !== null);
  const text = complete ? explainReasons(parsed, language, (id) => names?.get(id)) : '';
  return (
    <p className="explanation" lang="en">
      {text || explanationDe}
    </p>
  );
}
