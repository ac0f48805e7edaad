/**
 * What a column can be mapped to on the mapping screen for one kind: the kind's canonical fields and
 * its duration inputs (DURATION_INPUTS), with the time field each one fills and its unit.
 */
import { DURATION_INPUTS, FIELDS, type FieldType, type RecordKind } from '../schema/fields';

export interface AssignableField {
  name: string;
  type: FieldType | 'duration';
  required: boolean;
  /** For a duration input: the time field it fills and seconds per unit. */
  fills?: string;
  unitSeconds?: number;
}

export function assignableFields(kind: RecordKind): AssignableField[] {
  return [
    ...FIELDS[kind].map((f) => ({ name: f.name, type: f.type, required: f.required === true })),
    ...DURATION_INPUTS.filter((d) => d.kind === kind).map((d) => ({
      name: d.name,
      type: 'duration' as const,
      required: false,
      fills: d.target,
      unitSeconds: d.unitSeconds
    }))
  ];
}
