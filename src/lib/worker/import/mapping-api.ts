/**
 * The slice of the column mapper (src/lib/core/mapping) the import pipeline and the protocol use,
 * in one place, so the worker depends on one small surface of the mapper.
 */
export type { FileMapping, ColumnMapping, MappingGuess, AdapterRecord } from '../../core/mapping/types';
export {
  guessMapping,
  headerSignature,
  applySavedMapping,
  ADAPTERS,
  EventLogFolder,
  foldSample,
  historyColumns
} from '../../core/mapping';
