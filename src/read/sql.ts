// SQL text for the read path, written here rather than by an ORM's query builder, with its values
// left as slots: a statement is composed once for a query's shape and its slots are filled per
// request (see read/plans.ts). Composing is string concatenation; no text is parsed or rewritten.

/** What a request supplies to fill a statement's slots. */
export interface Bindings {
  /** The moment "published" is judged at (the viewer's asOf). */
  asOf: Date;
  /** The arguments of the field a part of the statement was composed for. */
  argsOf(scope: ArgumentScope): Record<string, unknown>;
}

/** Where a composed part takes its arguments from: the root field's, or a nested field's. */
export interface ArgumentScope {
  readonly label: string;
  /** The arguments of a request, from its root field's arguments and its variables. */
  read(root: Record<string, unknown>, variables: Record<string, unknown>): Record<string, unknown>;
}

/** A value of the statement, read from a request's bindings when the statement runs. */
export type Slot = (bindings: Bindings) => unknown;

/** A fragment of SQL: literal text and slots, in order. */
export class Sql {
  constructor(readonly parts: readonly (string | Slot | Sql)[]) {}
}

/**
 * `sql\`a = ${slot} AND ${fragment}\``: interpolated functions are slots (values, sent as
 * parameters), interpolated Sql is nested; there is no way to interpolate a plain string, so text
 * from a client can only ever be a value.
 */
export function sql(strings: TemplateStringsArray, ...values: (Slot | Sql)[]): Sql {
  const parts: (string | Slot | Sql)[] = [];
  strings.forEach((text, index) => {
    if (text) parts.push(text);
    if (index < values.length) parts.push(values[index]);
  });
  return new Sql(parts);
}

/** Text written by this program (identifiers, keywords), never by a client. */
export function raw(text: string): Sql {
  return new Sql([text]);
}

/** A slot whose value is known now (a loader's batch of ids). */
export function value(known: unknown): Slot {
  return () => known;
}

export const asOf: Slot = (bindings) => bindings.asOf;

/** `parts` joined by `separator`. */
export function join(parts: readonly Sql[], separator: string): Sql {
  const joined: (string | Sql)[] = [];
  parts.forEach((part, index) => {
    if (index > 0) joined.push(separator);
    joined.push(part);
  });
  return new Sql(joined);
}

/** A statement: its text, parameters numbered $1…, and the slot behind each parameter. */
export interface Statement {
  text: string;
  slots: readonly Slot[];
}

/** Writes the statement of `fragment`; a slot used twice is one parameter. */
export function compile(fragment: Sql): Statement {
  const slots: Slot[] = [];
  const numbers = new Map<Slot, number>();
  let text = "";
  const write = (part: string | Slot | Sql): void => {
    if (typeof part === "string") text += part;
    else if (part instanceof Sql) part.parts.forEach(write);
    else {
      let number = numbers.get(part);
      if (number === undefined) {
        slots.push(part);
        numbers.set(part, (number = slots.length));
      }
      text += `$${number}`;
    }
  };
  write(fragment);
  return { text, slots };
}

/** The parameters of `statement` for one request. */
export function bind(statement: Statement, bindings: Bindings): unknown[] {
  return statement.slots.map((slot) => slot(bindings));
}

/** Bindings of a statement composed for one request only (a loader's batch): no argument scopes. */
export function bindingsAt(asOf: Date): Bindings {
  return {
    asOf,
    argsOf: () => {
      throw new Error("a loader's statement reads no arguments from bindings");
    },
  };
}

/**
 * The arguments a part of a statement is composed from: this request's (`now`, which decide the
 * statement's shape: which conditions it has) and `slot`, which reads the same argument of
 * whichever request the statement is bound for.
 */
export interface Arguments<A> {
  now: A;
  slot(read: (args: A) => unknown): Slot;
}

/** Arguments of a statement composed for this request only. */
export function knownArguments<A>(args: A): Arguments<A> {
  return { now: args, slot: (read) => value(read(args)) };
}

/** Arguments read, per request, from the bindings of `scope`. */
export function scopedArguments<A>(args: A, scope: ArgumentScope): Arguments<A> {
  return { now: args, slot: (read) => (bindings) => read(bindings.argsOf(scope) as A) };
}

/** Arguments of a part that reads none (a lookup's list without a filter). */
export const NO_ARGUMENTS: Arguments<Record<string, never>> = {
  now: {},
  slot: () => {
    throw new Error("this part of the statement has no arguments");
  },
};
