/** The import's messages in German, as a coordinator reads them in the import view. */
import type { ImportMessage, ImportMessageParams, LabelNamer } from './codes.js';
import { CSV_PROBLEMS_DE, ID_RULE_DE, enumValueName } from './words.js';

const s = (params: ImportMessageParams | undefined, key: string): string =>
  String(params?.[key] ?? '');
const list = (params: ImportMessageParams | undefined, key: string): readonly string[] => {
  const value = params?.[key];
  return Array.isArray(value) ? (value as readonly string[]) : [];
};
const names = (params: ImportMessageParams | undefined): string =>
  list(params, 'values')
    .map((value) => enumValueName(value, 'de'))
    .join(', ');
const n = (params: ImportMessageParams | undefined, key: string): string => {
  const value = params?.[key];
  return typeof value === 'number' ? value.toLocaleString('de-DE') : String(value ?? '');
};

function fileMessage(message: ImportMessage): string | undefined {
  const p = message.params;
  switch (message.code) {
    case 'fileEmpty':
      return 'Die Datei ist leer.';
    case 'csvUnreadable':
      return `Keine gültige CSV-Datei: ${CSV_PROBLEMS_DE[s(p, 'problem')] ?? CSV_PROBLEMS_DE.unreadable}.`;
    case 'unknownColumn':
      return 'unbekannte Spalte für diese Dateiart (erlaubte Spalten: siehe Spaltenliste)';
    case 'requiredColumnMissing':
      return 'Pflichtspalte fehlt';
    case 'columnTwice':
      return 'Spalte kommt doppelt vor';
    case 'cellCount':
      return `hat ${n(p, 'cells')} Zellen, die Kopfzeile aber ${n(p, 'header')}`;
    default:
      return undefined;
  }
}

function cellMessage(message: ImportMessage, label: LabelNamer): string | undefined {
  const p = message.params;
  switch (message.code) {
    case 'required':
      return 'Pflichtangabe fehlt';
    case 'idFormat':
      return p?.value === undefined ? ID_RULE_DE : `${s(p, 'value')}: ${ID_RULE_DE}`;
    case 'notNumber':
      return 'muss eine Zahl sein, z. B. 51,05 oder 51.05';
    case 'latLonTogether':
      return 'Breiten- und Längengrad bitte zusammen angeben';
    case 'agsFormat':
      return 'muss ein amtlicher Gemeindeschlüssel (AGS) mit 2, 5 oder 8 Ziffern sein';
    case 'topicKeyFormat':
      return 'darf nur Kleinbuchstaben, Ziffern und _ enthalten';
    case 'unknownTopicName':
      return `„${s(p, 'value')}“ ist weder ein Themenschlüssel noch ein Themenname (siehe Liste der gültigen Werte)`;
    case 'needsInstitution':
      return 'braucht eine Organisation (Spalte institution_id)';
    case 'ownParent':
      return 'ein Thema kann nicht sein eigenes Oberthema sein';
    case 'sameEnds':
      return 'muss sich von from_id unterscheiden';
    case 'untilBeforeFrom':
      return 'liegt vor dem Beginn (from_date)';
    case 'unknownLabel':
      return `unbekannte Knotenart ${s(p, 'value')}`;
    case 'unknownRelationshipType':
      return `unbekannte Beziehungsart ${s(p, 'value')}`;
    case 'notPropertyOf':
      return `ist keine Eigenschaft von ${label(s(p, 'what'))}; bitte leer lassen`;
    case 'unknownProperty':
      return 'ist keine bekannte Eigenschaft';
    case 'managedProperty':
      return 'wird vom System verwaltet';
    default:
      return undefined;
  }
}

function storeMessage(message: ImportMessage, label: LabelNamer): string | undefined {
  const p = message.params;
  const expected = list(p, 'expected').map(label).join(' oder ');
  switch (message.code) {
    case 'duplicateId':
      return `${s(p, 'id')} steht schon in Zeile ${n(p, 'row')}`;
    case 'repeatsRow':
      return `wiederholt Zeile ${n(p, 'row')} (${label(s(p, 'type'))} ${s(p, 'id')})`;
    case 'idHasOtherLabel':
      return `${s(p, 'id')} ist in der Datenbank schon als ${label(s(p, 'label'))} vergeben`;
    case 'referenceHasOtherLabel':
      return `${s(p, 'id')} ist ${label(s(p, 'label'))}, nicht ${expected}`;
    case 'unknownRegion':
      return `keine Region ${s(p, 'id')} in der Datenbank (unbekannter AGS)`;
    case 'unknownTopic':
      return `unbekanntes Thema ${s(p, 'id')}: weder in dieser Datei noch in der Datenbank`;
    case 'unknownReference':
      return `unbekannt: ${expected} ${s(p, 'id')} steht weder in dieser Datei noch in der Datenbank`;
    case 'endsChange':
      return `${label(s(p, 'type'))} ${s(p, 'id')} verbindet schon andere Knoten; die Enden lassen sich nicht ändern`;
    default:
      return undefined;
  }
}

function valueMessage(message: ImportMessage): string {
  const p = message.params;
  switch (message.code) {
    case 'notString':
      return 'muss Text sein';
    case 'malformedUnicode':
      return 'enthält ungültige Unicode-Zeichen';
    case 'controlCharacters':
      return 'enthält Steuerzeichen';
    case 'tooLong':
      return `ist länger als ${n(p, 'max')} Zeichen`;
    case 'empty':
      return 'darf nicht leer sein';
    case 'wrongFormat':
      return 'hat das falsche Format';
    case 'notUrl':
      return 'muss eine Webadresse mit http:// oder https:// sein';
    case 'notEmail':
      return 'muss eine E-Mail-Adresse sein';
    case 'notFinite':
      return 'muss eine Zahl sein';
    case 'notInteger':
      return 'muss eine ganze Zahl sein';
    case 'tooSmall':
      return `muss mindestens ${n(p, 'min')} sein`;
    case 'tooBig':
      return `darf höchstens ${n(p, 'max')} sein`;
    case 'notBoolean':
      return 'muss true oder false sein';
    case 'notDate':
      return 'muss ein Datum sein (TT.MM.JJJJ oder JJJJ-MM-TT)';
    case 'notPoint':
    case 'pointKeys':
      return 'braucht Breiten- und Längengrad';
    case 'latitudeRange':
      return 'der Breitengrad muss zwischen -90 und 90 liegen';
    case 'longitudeRange':
      return 'der Längengrad muss zwischen -180 und 180 liegen';
    case 'notOneOf':
      return `muss einer dieser Werte sein: ${names(p)}`;
    case 'notListOf':
      return `muss eine Liste ohne Wiederholungen aus diesen Werten sein: ${names(p)}`;
    default:
      return message.code;
  }
}

export function importMessageInGerman(message: ImportMessage, label: LabelNamer): string {
  return (
    fileMessage(message) ??
    cellMessage(message, label) ??
    storeMessage(message, label) ??
    valueMessage(message)
  );
}
