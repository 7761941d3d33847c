// Bounds on list arguments, checked where the argument is read; out of range is refused, never clamped.
import { BadUserInputError } from '../../errors';

export const MAX_PAGE = 100;
/** Most items any list field of an entity returns (its statements, events, relations…), however many the graph holds. */
export const MAX_LIST_ITEMS = 500;

export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`Argument "${argument}" must be a whole number from ${min} to ${max}; got ${value}.`, argument);
  }
  return value;
}
