// How field arguments are checked: class-validator's rules, run once per request and field
// (per-field.ts), answering for every parent of a list and failing each the same way. TypeGraphQL
// validated a resolver's arguments on every call, and required class-validator anew for each (a
// `require` per call was 3 % of a person page's CPU).
import { validate, ValidationError, ValidatorOptions } from "class-validator";
import { FieldNode } from "graphql";
import { ArgumentValidationError, ResolverData, ValidatorFn } from "type-graphql";
import { oncePerField } from "./per-field";

/**
 * TypeGraphQL skips every rule of a null field unless told not to; then `headline: null` in an
 * update would pass validation and fail in SQL. Optional fields say so with @IsOptional.
 */
const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: false,
  validationError: { target: false, value: false },
};

/** Arguments are checked as TypeGraphQL checks them: objects by their class's rules, arrays item by item. */
async function validateValue(value: unknown): Promise<void> {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const errors: ValidationError[] = [];
  for (const item of items) {
    if (item !== null && typeof item === "object") errors.push(...(await validate(item, OPTIONS)));
  }
  // One error for the whole argument, as TypeGraphQL's own (errors.ts reads its validationErrors).
  if (errors.length > 0) throw new ArgumentValidationError(errors);
}

// The rules are plain functions of the values (no rule reads the clock or the database), so a value
// that passed once passes again: clients send the same handful of arguments (`first: 20`, a filter)
// millions of times. Only passing values are kept, under the field's nodes (a compiled document
// keeps them across requests, so they live as long as the document is kept) and the argument's
// type, as JSON text: a bounded number per field and type and only short ones, so that a client
// sending endless variety costs itself, not the cache.
const MAX_PASSED_PER_FIELD = 100;
const MAX_PASSED_KEY_LENGTH = 512;
const passed = new WeakMap<readonly FieldNode[], Map<unknown, Set<string>>>();

async function check(value: unknown, type: unknown, fieldNodes: readonly FieldNode[]): Promise<void> {
  const key = JSON.stringify(value);
  let forField = passed.get(fieldNodes);
  if (forField?.get(type)?.has(key)) return;
  await validateValue(value);
  if (!forField) passed.set(fieldNodes, (forField = new Map<unknown, Set<string>>()));
  let forType = forField.get(type);
  if (!forType) forField.set(type, (forType = new Set()));
  if (key.length <= MAX_PASSED_KEY_LENGTH && forType.size < MAX_PASSED_PER_FIELD) forType.add(key);
}

export const validateArguments: ValidatorFn<object> = (value: unknown, type: unknown, { context, info }: ResolverData<object>) => {
  if (value === null || typeof value !== "object") return undefined;
  // Per request (its context), field occurrence and argument type.
  return oncePerField(context, info.fieldNodes, type, () => check(value, type, info.fieldNodes));
};
