/** The import's messages in English: the API's `message` of each report row, unchanged since version 1. */
import { valueProblemInEnglish } from '../value-problems.js';
import type { ValueProblem } from '../value-problems.js';
import type { ImportMessage, ImportMessageParams } from './codes.js';
import { CSV_PROBLEMS_EN, ID_RULE_EN } from './words.js';

const s = (params: ImportMessageParams | undefined, key: string): string =>
  String(params?.[key] ?? '');
const list = (params: ImportMessageParams | undefined, key: string): readonly string[] => {
  const value = params?.[key];
  return Array.isArray(value) ? (value as readonly string[]) : [];
};
const withArticle = (label: string): string => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

/** The English message; `undefined` for value problems (worded by graph-schema's validator). */
function importOwnInEnglish(message: ImportMessage): string | undefined {
  const p = message.params;
  switch (message.code) {
    case 'fileEmpty':
      return 'The file is empty.';
    case 'csvUnreadable':
      return `Not valid CSV: ${CSV_PROBLEMS_EN[s(p, 'problem')] ?? CSV_PROBLEMS_EN.unreadable}.`;
    case 'unknownColumn':
      return `unknown column for ${s(p, 'kind')}`;
    case 'requiredColumnMissing':
      return 'required column is missing';
    case 'columnTwice':
      return 'column appears twice';
    case 'cellCount':
      return `has ${s(p, 'cells')} cells; the header has ${s(p, 'header')}`;
    case 'required':
      return 'is required';
    case 'idFormat':
      return p?.value === undefined ? ID_RULE_EN : `${s(p, 'value')}: ${ID_RULE_EN}`;
    case 'notNumber':
      return 'must be a number, e.g. 51.05 or 51,05';
    case 'latLonTogether':
      return 'give latitude and longitude together';
    case 'agsFormat':
      return 'must be an official municipality key (AGS) of 2, 5 or 8 digits';
    case 'topicKeyFormat':
      return 'must be lower-case letters, digits and _';
    case 'unknownTopicName':
      return `${s(p, 'value')} is neither a topic key nor a topic name`;
    case 'needsInstitution':
      return 'needs an institution_id';
    case 'ownParent':
      return 'a topic cannot be its own parent';
    case 'sameEnds':
      return 'must differ from from_id';
    case 'untilBeforeFrom':
      return 'is before from_date';
    case 'unknownLabel':
      return `unknown label ${s(p, 'value')}`;
    case 'unknownRelationshipType':
      return `unknown relationship type ${s(p, 'value')}`;
    case 'notPropertyOf':
      return `is not a property of ${s(p, 'what')}; leave it empty`;
    case 'unknownProperty':
      return 'is not a known property';
    case 'managedProperty':
      return 'is managed by the store';
    case 'duplicateId':
      return `${s(p, 'id')} already appears in row ${s(p, 'row')}`;
    case 'repeatsRow':
      return `repeats row ${s(p, 'row')} (${s(p, 'type')} ${s(p, 'id')})`;
    case 'idHasOtherLabel':
      return `${s(p, 'id')} is already ${withArticle(s(p, 'label'))} in the database`;
    case 'referenceHasOtherLabel':
      return `${s(p, 'id')} is ${withArticle(s(p, 'label'))}, not ${list(p, 'expected').map(withArticle).join(' or ')}`;
    case 'unknownRegion':
      return `no region ${s(p, 'id')} in the database (unknown AGS)`;
    case 'unknownTopic':
      return `unknown topic ${s(p, 'id')}: not in this file or the database`;
    case 'unknownReference':
      return `unknown ${list(p, 'expected').join(' or ')} ${s(p, 'id')}: not in this file or the database`;
    case 'endsChange':
      return `${s(p, 'type')} ${s(p, 'id')} already connects other nodes; its ends cannot change`;
    default:
      return undefined;
  }
}

export function importMessageInEnglish(message: ImportMessage): string {
  return (
    importOwnInEnglish(message) ??
    valueProblemInEnglish({ code: message.code, params: message.params } as ValueProblem)
  );
}
