/**
 * Turns one CSV row into graph items: typed cell readers (dates, numbers, enums with German names, lists),
 * schema validation with issues reported against the column the value came from, and the references the
 * row makes to other nodes (checked later against the file and the store).
 */
import { createHash } from 'node:crypto';
import {
  SYSTEM_PROPERTIES,
  enumKeyByName,
  isValidDate,
  propertySpecsOf,
  validateId,
  validateNodeInput,
  validateRelationshipInput,
  valueProblem,
} from '@nzr/graph-schema';
import type {
  EnumEntry,
  ImportMessageCode,
  ImportMessageParams,
  NodeLabel,
  RelationshipType,
  ValidationIssue,
} from '@nzr/graph-schema';
import type { Properties, PropertyValue, UpsertBatch } from '../../store/port.js';
import { rowError } from './csv-parse.js';
import type { CsvRow, RowError } from './csv-parse.js';

export type PlannedNode = UpsertBatch['nodes'][number];
export type PlannedRelationship = UpsertBatch['relationships'][number];

export interface Reference {
  readonly row: number;
  readonly column: string;
  readonly id: string;
  /** Labels the referenced node may have. */
  readonly labels: readonly NodeLabel[];
}

/** Property name → column it was read from, so schema issues point at the right cell. */
export type ColumnOf = Readonly<Record<string, string>>;

const REL_PREFIX: Readonly<Record<RelationshipType, string>> = {
  MEMBER_OF: 'mo',
  WORKS_ON: 'wo',
  LOCATED_IN: 'li',
  PART_OF: 'po',
  COOPERATES_WITH: 'co',
  KNOWS: 'kn',
  MEMBER_OF_NETWORK: 'mn',
  OFFERS: 'of',
  NEEDS: 'ne',
  RUNS: 'ru',
  FUNDED_BY: 'fb',
  ELIGIBLE_IN: 'el',
};

/** Deterministic id of a derived relationship, so re-imports update instead of duplicating. */
export function derivedRelationshipId(type: RelationshipType, from: string, to: string): string {
  const plain = `${REL_PREFIX[type]}:${from}:${to}`;
  if (plain.length <= 128) return plain;
  return `${REL_PREFIX[type]}:${createHash('sha256').update(`${from}\n${to}`).digest('hex').slice(0, 40)}`;
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

export class RowBuilder {
  readonly errors: RowError[] = [];
  readonly nodes: PlannedNode[] = [];
  readonly relationships: PlannedRelationship[] = [];
  readonly references: Reference[] = [];

  constructor(readonly csv: CsvRow) {}

  get row(): number {
    return this.csv.row;
  }

  error(column: string | null, code: ImportMessageCode, params?: ImportMessageParams): void {
    this.errors.push(rowError(this.row, column, code, params));
  }

  text(column: string): string | undefined {
    return this.csv.values.get(column);
  }

  /** A required id; reports a missing or malformed one. */
  id(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) {
      this.error(column, 'required');
      return undefined;
    }
    const [issue] = validateId(value);
    if (issue) this.error(column, 'idFormat');
    return issue ? undefined : value;
  }

  /** The enum value for a stored key or a German/English display name (case and spaces ignored). */
  enumValue(column: string, entries: readonly EnumEntry[]): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    // An unknown name stays as it is: the schema check reports it with the values allowed.
    return enumKeyByName(value, entries) ?? value;
  }

  /** ISO `YYYY-MM-DD`; German `DD.MM.YYYY` is converted. The schema checks the day exists. */
  date(column: string): string | undefined {
    const value = this.text(column);
    const german = value === undefined ? null : GERMAN_DATE.exec(value);
    if (!german) return value;
    const [, day = '', month = '', year = ''] = german;
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }

  /** A number with decimal point or comma. */
  number(column: string): number | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const parsed = /^[-+]?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : NaN;
    if (Number.isNaN(parsed)) this.error(column, 'notNumber');
    return Number.isNaN(parsed) ? undefined : parsed;
  }

  /** Items separated by `|`, `;` or `,`, trimmed, without empties and repeats. */
  list(column: string): string[] {
    const items = (this.text(column) ?? '').split(/[|;,]/).map((item) => item.trim());
    return [...new Set(items.filter((item) => item !== ''))];
  }

  reference(column: string, id: string, labels: readonly NodeLabel[]): void {
    const [issue] = validateId(id);
    if (issue) this.error(column, 'idFormat', { value: id });
    else this.references.push({ row: this.row, column, id, labels });
  }

  node(
    label: NodeLabel,
    id: string,
    values: Record<string, PropertyValue | undefined>,
    columnOf: ColumnOf,
  ): void {
    const properties = defined(values);
    this.report(validateNodeInput(label, properties, 'create'), label, properties, columnOf);
    this.nodes.push({ label, id, properties });
  }

  relationship(
    type: RelationshipType,
    ends: { from: string; to: string; id?: string },
    values: Record<string, PropertyValue | undefined> = {},
    columnOf: ColumnOf = {},
  ): void {
    const properties = defined(values);
    this.report(validateRelationshipInput(type, properties, 'create'), type, properties, columnOf);
    const id = ends.id ?? derivedRelationshipId(type, ends.from, ends.to);
    this.relationships.push({ type, id, from: ends.from, to: ends.to, properties });
  }

  /** Schema issues as coded messages against the column each value came from. */
  private report(
    issues: readonly ValidationIssue[],
    labelOrType: NodeLabel | RelationshipType,
    properties: Properties,
    columnOf: ColumnOf,
  ): void {
    const specs = propertySpecsOf(labelOrType);
    for (const issue of issues) {
      const property = issue.path.replace(/^properties\./, '');
      const column = columnOf[property] ?? property;
      const spec = Object.hasOwn(specs, property) ? specs[property] : undefined;
      const value = properties[property];
      const found =
        spec && value !== undefined ? valueProblem(spec, value, isValidDate) : undefined;
      if (found) this.error(column, found.code, 'params' in found ? found.params : undefined);
      else if (spec) this.error(column, 'required');
      else if ((SYSTEM_PROPERTIES as readonly string[]).includes(property))
        this.error(column, 'managedProperty');
      else this.error(column, 'unknownProperty');
    }
  }
}

function defined(values: Record<string, PropertyValue | undefined>): Properties {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) properties[key] = value;
  return properties;
}
