// How field arguments are checked: class-validator's rules, run once per request and field.
//
// TypeGraphQL validates a resolver's arguments on every call, and requires class-validator anew
// for each (a `require` per call was 3 % of a person page's CPU). A field's arguments come from
// the document and the request's variables alone, so every parent in a list gets the same ones
// (50 articles' `people`, 250 quotes' `speaker` on a front page): one validation per request and
// field answers for all of them, failing each the same way.
import { FieldNode } from "graphql";
import { validate, ValidationError, ValidatorOptions } from "class-validator";
import { ArgumentValidationError, ResolverData, ValidatorFn } from "type-graphql";

/**
 * TypeGraphQL skips every rule of a null field unless told not to; then `headline: null` in an
 * update would pass validation and fail in SQL. Optional fields say so with @IsOptional.
 */
const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: false,
  validationError: { target: false, value: false },
};

// Per request (its context) and field occurrence (its fieldNodes) and argument type: the outcome.
const outcomes = new WeakMap<object, WeakMap<readonly FieldNode[], Map<unknown, Promise<void>>>>();

/** Arguments are checked as TypeGraphQL checks them: objects by their class's rules, arrays item by item. */
async function check(value: unknown): Promise<void> {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const errors: ValidationError[] = [];
  for (const item of items) {
    if (item !== null && typeof item === "object") errors.push(...(await validate(item, OPTIONS)));
  }
  // One error for the whole argument, as TypeGraphQL's own (errors.ts reads its validationErrors).
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

export const validateArguments: ValidatorFn<object> = (value: unknown, type: unknown, { context, info }: ResolverData<object>) => {
  if (value === null || typeof value !== "object") return undefined;
  let forRequest = outcomes.get(context);
  if (!forRequest) outcomes.set(context, (forRequest = new WeakMap()));
  let forField = forRequest.get(info.fieldNodes);
  if (!forField) forRequest.set(info.fieldNodes, (forField = new Map<unknown, Promise<void>>()));
  let outcome = forField.get(type);
  if (!outcome) forField.set(type, (outcome = check(value)));
  return outcome;
};
