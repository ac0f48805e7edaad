/**
 * Public API of the column mapper (core/mapping): kind detection, known export formats, synonyms,
 * remembered mappings and the row adapters for header-less logs. Pure: no DOM, no storage.
 */
export type {
  AdapterRecord,
  ColumnMapping,
  ColumnSpec,
  EventLogInfo,
  FileMapping,
  FormatSpec,
  MappingGuess,
  RowAdapter,
  ShapeFormat
} from './types';
export { guessMapping, mappingForKind, detectFormat } from './guess';
export { headerSignature, applySavedMapping } from './signature';
export { normalizeHeader } from './normalize';
export { ADAPTERS } from './adapters';
export { EventLogFolder, foldSample, historyColumns } from './event-log';
export { FORMATS, SHAPE_FORMATS } from './formats';
export { SYNONYMS } from './synonyms';
export { assignableFields } from './fields-list';
