/**
 * The CSV import's messages in one place: codes with parameters (import-messages/codes.ts), worded in English
 * for the API's `message` and in German or English for the import view.
 */
import type { Language } from './enum-entries.js';
import type { ImportMessage, LabelNamer } from './import-messages/codes.js';
import { importMessageInEnglish } from './import-messages/english.js';
import { importMessageInGerman } from './import-messages/german.js';

export { IMPORT_MESSAGE_CODES } from './import-messages/codes.js';
export type {
  CsvProblem,
  ImportMessage,
  ImportMessageCode,
  ImportMessageParams,
  LabelNamer,
} from './import-messages/codes.js';
export { enumValueName } from './import-messages/words.js';

/** One import message in a language; `label` names node labels and relationship types (default: as is). */
export function wordImportMessage(
  message: ImportMessage,
  language: Language,
  label: LabelNamer = (name) => name,
): string {
  return language === 'de'
    ? importMessageInGerman(message, label)
    : importMessageInEnglish(message);
}
