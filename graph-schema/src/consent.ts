/**
 * Consent of persons (GDPR Art. 6(1)(a)). A person appears in the explorer only with valid consent: a recorded
 * consent date and no withdrawal. Every store applies this rule in the one visibility filter it applies to all
 * filtered queries (persons without valid consent are not returned, traversed, counted, exported or analysed);
 * the server's node service applies the same function to look-ups by id.
 */
import { entries } from './enum-entries.js';

/** What a person consented to; the explorer's one purpose unless a region records a narrower one. */
export const CONSENT_PURPOSES = entries([
  [
    'network_map',
    'Darstellung im Netzwerk-Explorer (Karte, Suche, Auswertungen, Export)',
    'Listing in the network explorer (map, search, analyses, export)',
  ],
  [
    'coordination_only',
    'Nur für die Koordination (Vernetzung durch Koordinatorinnen und Koordinatoren)',
    'Coordination only (introductions by coordinators)',
  ],
]);
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]['value'];

/** The person properties that carry consent; the Neo4j visibility clause names the same two. */
export const CONSENT_DATE_PROPERTY = 'consentDate';
export const CONSENT_WITHDRAWN_PROPERTY = 'consentWithdrawnOn';

/** Valid consent: a consent date and no withdrawal. */
export function hasValidConsent(properties: Readonly<Record<string, unknown>>): boolean {
  const given = properties[CONSENT_DATE_PROPERTY];
  const withdrawn = properties[CONSENT_WITHDRAWN_PROPERTY];
  return typeof given === 'string' && withdrawn === undefined;
}
