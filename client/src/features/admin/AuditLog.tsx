import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AUDIT_LOG } from './admin.queries';

export const AUDIT_PAGE_SIZE = 25;

/**
 * The audit trail, newest first, page by page; filter by the id of a node, relationship or account. `names`
 * shows accounts by e-mail instead of id.
 */
export function AuditLog({ names }: { readonly names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [entityId, setEntityId] = useState<string | null>(null);
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, error, loading } = useQuery(AUDIT_LOG, {
    variables: { entityId, after, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const filter = (event: FormEvent) => {
    event.preventDefault();
    setEntityId(draft.trim() || null);
    setCursors([null]);
  };
  const page = data?.auditLog;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('admin.audit.heading')}</h3>
      <form className="inline-form" onSubmit={filter} role="search">
        <label htmlFor={`${id}-entity`}>{t('admin.audit.filter')}</label>
        <input
          id={`${id}-entity`}
          value={draft}
          placeholder="ins-000088"
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">{t('admin.audit.apply')}</button>
      </form>
      {error && <ErrorMessage error={error} />}
      {loading && !page && <p role="status">{t('admin.loading')}</p>}
      {page && (
        <table className="data-table audit">
          <caption>{t('admin.audit.caption', { page: cursors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.time')}</th>
              <th scope="col">{t('admin.audit.actor')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.items')}</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{format.format(new Date(entry.at))}</td>
                <td>
                  {entry.actorId
                    ? (names.get(entry.actorId) ?? entry.actorId)
                    : t('admin.audit.system')}
                </td>
                <td>
                  {entry.action}
                  {entry.note && <span className="hint"> · {entry.note}</span>}
                </td>
                <td>
                  {entry.items
                    .slice(0, 5)
                    .map((item) => `${item.op} ${item.kind} ${item.id}`)
                    .join('; ')}
                  {entry.items.length > 5 && ` … (+${entry.items.length - 5})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={cursors.length < 2}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('admin.audit.newer')}
        </button>
        <button
          type="button"
          disabled={!page?.hasNextPage}
          onClick={() => setCursors((c) => [...c, page?.endCursor ?? null])}
        >
          {t('admin.audit.older')}
        </button>
      </div>
    </section>
  );
}
