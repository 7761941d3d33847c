// Arguments with numeric bounds: each is declared once, on its @ArgsType class, with its default and its range.
// The schema prints the default, `validateArgs` (buildSchema's validateFn) refuses a value out of range before
// the resolver runs, and the cost model (http/limits.ts) reads the same declaration from the argument's extensions.
import { Extensions, Field, Int } from 'type-graphql';
import { BadUserInputError } from '../../errors';

/** Most items one page or list argument may ask for. */
export const MAX_PAGE = 100;
/** Most items any list field of an entity returns (its statements, events, relations…), however many the graph holds. */
export const MAX_LIST_ITEMS = 500;

export interface IntBounds {
  default: number;
  min: number;
  max: number;
}

/** The extension key under which a bounded argument carries its IntBounds in the schema. */
export const BOUNDS_EXTENSION = 'bounds';

const boundsByArgsClass = new Map<object, Map<string, IntBounds>>();

/** A whole-number argument of an @ArgsType class, with its default and range stated here and nowhere else. */
export function BoundedInt(bounds: IntBounds, description?: string): PropertyDecorator {
  return (prototype, property) => {
    Field(() => Int, { nullable: true, defaultValue: bounds.default, description })(prototype, property);
    Extensions({ [BOUNDS_EXTENSION]: bounds })(prototype, property);
    const ofClass = boundsByArgsClass.get(prototype.constructor) ?? new Map<string, IntBounds>();
    ofClass.set(String(property), bounds);
    boundsByArgsClass.set(prototype.constructor, ofClass);
  };
}

/** An explicit null means the default; anything else must be a whole number in range. Refused, never clamped. */
export function boundedValue(argument: string, value: unknown, bounds: IntBounds): number {
  if (value === null || value === undefined) return bounds.default;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new BadUserInputError(`Argument "${argument}" must be a whole number from ${bounds.min} to ${bounds.max}; got ${value}.`, argument);
  }
  return value;
}

/** buildSchema's validateFn: an @ArgsType instance's bounded arguments are checked, and nulls become defaults. */
export function validateArgs(args: unknown): void {
  if (args === null || typeof args !== 'object') return;
  const values = args as Record<string, unknown>;
  // Bounded arguments may be inherited (a page's `first` and `after`), so every class of the chain counts.
  for (let prototype = Object.getPrototypeOf(args); prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
    for (const [argument, bounds] of boundsByArgsClass.get(prototype.constructor) ?? []) values[argument] = boundedValue(argument, values[argument], bounds);
  }
}
