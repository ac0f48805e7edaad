import { expect, it } from 'vitest';
import { assignableFields } from './fields-list';

it('lists canonical fields then duration inputs with what they fill', () => {
  const calls = assignableFields('calls');
  expect(calls.filter((f) => f.required).map((f) => f.name)).toEqual(['call_id', 'queued_at']);
  expect(calls.find((f) => f.name === 'wait_seconds')).toEqual({
    name: 'wait_seconds',
    type: 'duration',
    required: false,
    fills: 'answered_at',
    unitSeconds: 1
  });
  expect(assignableFields('costs').some((f) => f.type === 'duration')).toBe(false);
});
