/**
 * Every Query field of the schema with the arguments that make it reach the probe persons, and a selection
 * set built from introspection (every scalar and enum field, objects a few levels deep), so a field added to a
 * result type is asked for without anyone updating this table. A Query field missing here fails the test.
 */
import { CONSENTLESS, PROBES } from './visibility-fixture.js';

const ids = (list: readonly string[]): string =>
  `[${list.map((id) => JSON.stringify(id)).join(', ')}]`;
const PROBE_IDS = PROBES.map((person) => person.id);
const CONSENTLESS_IDS = CONSENTLESS.map((person) => person.id);

/** Arguments per Query field; each entry is one request. An empty string means no arguments. */
export const QUERY_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  accounts: ['first: 50'],
  alliesNearby: [
    'actorId: "per-anna", radiusKm: 100, limit: 50',
    'point: { latitude: 51.1515, longitude: 14.9865 }, radiusKm: 50, limit: 50',
    'regionId: "reg-14626110", radiusKm: 100, topicIds: ["top-citizen_energy"], limit: 50',
  ],
  auditLog: ['first: 100'],
  brokers: [
    'regionId: "reg-14", network: social, limit: 50',
    'networkId: "net-energie", network: social, limit: 50',
    'regionId: "reg-14", network: cooperation, limit: 50',
  ],
  fundingMatches: ['regionId: "reg-14626"', 'institutionId: "ins-verein-a"'],
  fundingProgrammes: ['first: 20'],
  gapTable: [
    'regionId: "reg-14"',
    'networkId: "net-energie"',
    'regionId: "reg-14", topicId: "top-energy_climate"',
  ],
  linkSuggestions: [
    'regionId: "reg-14", limit: 50',
    'regionId: "reg-14626", actorId: "ins-verein-a"',
  ],
  introductions: ['first: 50', 'regionId: "reg-14626", openOnly: true'],
  introductionSummary: ['', 'regionId: "reg-14626"'],
  me: [''],
  myConsent: [''],
  myTieProposals: ['first: 50'],
  neighbourhood: [
    `ids: ${ids(['ins-verein-a', 'ins-nabu', 'per-anna', 'net-energie', 'top-citizen_energy', 'res-raum'])}, depth: 2, limit: 1000`,
    `ids: ${ids(['reg-14626110', 'proj-solarschule'])}, depth: 3, limit: 1000`,
  ],
  networkGrowth: ['', 'regionId: "reg-14626"'],
  networkOfNetworks: ['', 'regionId: "reg-14626"'],
  networks: ['first: 20', 'first: 20, filter: { regionId: "reg-14626" }'],
  node: [...PROBE_IDS, ...CONSENTLESS_IDS].map((id) => `id: ${JSON.stringify(id)}`),
  nodes: [`ids: ${ids([...PROBE_IDS, ...CONSENTLESS_IDS, 'per-anna', 'per-bernd', 'per-dora'])}`],
  personData: PROBE_IDS.map((id) => `id: ${JSON.stringify(id)}`),
  personsWithoutConsent: ['', 'regionId: "reg-14626"'],
  // Coordinators only: others get UNAUTHENTICATED or FORBIDDEN before any lookup, so not even the error tells.
  possibleDuplicates: ['regionId: "reg-14626"', 'nodeId: "per-qxz-coordinators"'],
  projects: ['first: 20'],
  proposals: ['first: 50', 'regionId: "reg-14626", status: pending'],
  pendingProposalCount: ['', 'regionId: "reg-14626"'],
  proposalFormToken: [''],
  regionComparison: ['', 'since: "2020-01-01"'],
  regions: ['', 'parentId: "reg-14"', 'parentId: "reg-14626"'],
  resourceMatches: ['regionId: "reg-14626"', 'actorId: "per-anna", maxDistanceKm: 100'],
  resources: ['first: 20'],
  search: [
    'text: "Qxz", first: 50',
    'text: "Sondername", first: 50',
    'text: "Qxznoconsentperson", first: 50',
    'text: "Qxzwithdrawnperson", first: 50',
    'text: "", first: 100, filter: { labels: [Person] }',
    'text: "", first: 100, filter: { networkId: "net-energie" }',
    'text: "", first: 100, filter: { regionId: "reg-14626110", topicIds: ["top-citizen_energy"] }',
    ...PROBES.map((person) => `text: ${JSON.stringify(person.email)}`),
  ],
  stats: [''],
  tieProposals: ['', 'regionId: "reg-14626", pendingOnly: false'],
  themeCooccurrence: ['', 'regionId: "reg-14626", level: key'],
  topicClusters: [
    'regionId: "reg-14", mode: themes, limit: 50',
    'regionId: "reg-14", mode: cooperation, limit: 50',
    'networkId: "net-energie", mode: themes',
    'topicId: "top-energy_climate", mode: themes',
  ],
  topics: [''],
  treeNode: ['id: "reg-14"', 'id: "reg-14626110"', 'id: "top-energy_climate"'],
};

export interface IntrospectedType {
  readonly name: string;
  readonly kind: string;
  readonly fields: readonly IntrospectedField[] | null;
}
interface TypeRef {
  readonly kind: string;
  readonly name: string | null;
  readonly ofType: TypeRef | null;
}
export interface IntrospectedField {
  readonly name: string;
  readonly args: readonly { name: string; type: TypeRef }[];
  readonly type: TypeRef;
}

export const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields {
  name args { name type { kind name ofType { kind name ofType { kind name } } } }
  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);

/** Every scalar and enum field; object fields down to `depth` more levels (fields that need arguments skipped). */
export function selection(
  types: ReadonlyMap<string, IntrospectedType>,
  typeName: string,
  depth: number,
): string {
  const type = types.get(typeName);
  const parts: string[] = [];
  for (const field of type?.fields ?? []) {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue;
    const target = named(field.type);
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name);
    else if (depth > 0 && target.name) {
      const inner = selection(types, target.name, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** The request for one Query field and one argument list. */
export function queryFor(
  types: ReadonlyMap<string, IntrospectedType>,
  field: IntrospectedField,
  args: string,
  depth: number,
): string {
  const target = named(field.type);
  const inner =
    target.kind === 'SCALAR' || target.kind === 'ENUM'
      ? ''
      : `{ ${selection(types, target.name ?? '', depth)} }`;
  return `{ ${field.name}${args ? `(${args})` : ''} ${inner} }`;
}
