// Arguments with numeric bounds: each is declared once, on its @ArgsType class, with its default and its range.
// The schema prints the default, `validateArgs` (buildSchema's validateFn) refuses a value out of range before
// the resolver runs, and the cost model (http/limits.ts) reads the same declaration from the argument's extensions.
import { Extensions, Field, Int, type ResolverData } from 'type-graphql';
import { BadUserInputError } from '../../errors';

/** Most items one page or list argument may ask for. */
export const MAX_PAGE = 100;
/**
 * Most items a list field of an entity returns (its statements, events…). Past it the field is an error naming
 * the connection to page through instead, never a silent cut: its read fetches one more (PAST_LIST_BOUND) to know.
 */
export const MAX_LIST_ITEMS = 500;
export const PAST_LIST_BOUND = MAX_LIST_ITEMS + 1;

export interface IntBounds {
  default: number;
  min: number;
  max: number;
}

/** The extension key under which a bounded argument carries its IntBounds in the schema: the one place both readers look. */
export const BOUNDS_EXTENSION = 'bounds';

/**
 * A whole-number argument of an @ArgsType class, with its default and range stated here and nowhere else. With
 * `inSchema: false` the schema prints no default, so that the resolver can tell an absent argument (a page's
 * `first` when `last` is given) from one given; the cost model still prices it at the default.
 */
export function BoundedInt(bounds: IntBounds, description?: string, { inSchema = true } = {}): PropertyDecorator {
  return (prototype, property) => {
    Field(() => Int, { nullable: true, ...(inSchema ? { defaultValue: bounds.default } : {}), description })(prototype, property);
    Extensions({ [BOUNDS_EXTENSION]: bounds })(prototype, property);
  };
}

/**
 * An explicit null means the default; anything else must be a whole number in range. Refused, never clamped. The
 * cost model checks first (`beforeExecution`), so that a value out of range is reported as such, not as a cost.
 */
export function boundedValue(argument: string, value: unknown, bounds: IntBounds, { beforeExecution = false } = {}): number {
  if (value === null || value === undefined) return bounds.default;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new BadUserInputError(`Argument "${argument}" must be a whole number from ${bounds.min} to ${bounds.max}; got ${value}.`, argument, { beforeExecution });
  }
  return value;
}

/**
 * buildSchema's validateFn: the bounded arguments of the field being resolved, as its schema declares them, are
 * checked on the @ArgsType instance, and nulls become defaults. Scalar @Arg values carry none and pass through.
 */
export function validateArgs(args: unknown, _type: unknown, { info }: ResolverData): void {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) return;
  const values = args as Record<string, unknown>;
  for (const argument of info.parentType.getFields()[info.fieldName].args) {
    const bounds = argument.extensions[BOUNDS_EXTENSION] as IntBounds | undefined;
    const value = values[argument.name];
    // Without a default in the schema, an absent or null argument stays absent (see BoundedInt).
    if (!bounds || value === undefined || (value === null && argument.defaultValue === undefined)) continue;
    values[argument.name] = boundedValue(argument.name, value, bounds);
  }
}
