/**
 * Every message of the CSV import as a code with parameters. The server sends the code, its parameters and an
 * English `message`; the client words the code in the reader's language (../import-messages.ts).
 */
import type { ValueProblemCode } from '../value-problems.js';

export const IMPORT_MESSAGE_CODES = [
  // The file and its header
  'fileEmpty',
  'csvUnreadable',
  'unknownColumn',
  'requiredColumnMissing',
  'columnTwice',
  'cellCount',
  // One cell
  'required',
  'idFormat',
  'notNumber',
  'latLonTogether',
  'agsFormat',
  'topicKeyFormat',
  'unknownTopicName',
  'needsInstitution',
  'ownParent',
  'sameEnds',
  'untilBeforeFrom',
  'unknownLabel',
  'unknownRelationshipType',
  'notPropertyOf',
  'unknownProperty',
  'managedProperty',
  // Against the file and the database
  'duplicateId',
  'repeatsRow',
  'idHasOtherLabel',
  'referenceHasOtherLabel',
  'unknownRegion',
  'unknownTopic',
  'unknownReference',
  'endsChange',
] as const;

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number] | ValueProblemCode;

/** Why a file could not be read as CSV (csv-parse's error codes, in our words). */
export type CsvProblem =
  'rowTooLong' | 'quoteNotClosed' | 'textAfterQuote' | 'quoteInField' | 'unreadable';

export type ImportMessageParams = Readonly<
  Record<string, string | number | readonly string[] | undefined>
>;

export interface ImportMessage {
  readonly code: ImportMessageCode;
  readonly params?: ImportMessageParams;
}

/** Display name of a node label or relationship type in a language (the client's own names). */
export type LabelNamer = (labelOrType: string) => string;
