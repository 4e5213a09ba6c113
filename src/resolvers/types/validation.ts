// class-validator rules shared by the write inputs.
import { applyDecorators } from "./decorators";
import { IsString, Matches, MaxLength, ValidateIf } from "class-validator";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../../services/slugs";

/**
 * For fields an update may leave out but not clear: absent is fine, `null` is refused (the
 * column is required), anything given is checked by the rules that follow.
 */
export function OmittableNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** Text with at least one non-space character, at most `max` long. */
export function IsText(max: number): PropertyDecorator {
  return applyDecorators(
    IsString({ message: "must be text" }),
    Matches(/\S/, { message: "must not be blank" }),
    // PostgreSQL cannot store NUL in text; refused here with the field named, not in SQL.
    Matches(/^[^\u0000]*$/, { message: "must not contain NUL characters" }),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );
}

export function IsSlug(): PropertyDecorator {
  return applyDecorators(
    Matches(SLUG_PATTERN, { message: "must be lower-case letters and digits joined by single hyphens, e.g. `vladimir-putin`" }),
    MaxLength(SLUG_MAX_LENGTH),
  );
}
