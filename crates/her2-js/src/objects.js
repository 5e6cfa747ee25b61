// The objects `interpret` returns, made by object literals: the engine makes a literal in one
// step, where setting each property from WebAssembly (Reflect.set) took more time than all the
// rest of the call. The values come from crates/her2-js/src/lib.rs (`result_object`); the
// properties are those of `Her2Result` in the TypeScript types, in the same order. (A value Rust
// leaves out, `None`, arrives as undefined: the API says null.)
export function result(status, her2_low, her2_ultralow, ish_group, next_step, rule, guideline, discordance, notes, errors, warnings, explanation) {
  return {
    status,
    her2_low: her2_low ?? null,
    her2_ultralow: her2_ultralow ?? null,
    ish_group: ish_group ?? null,
    next_step,
    rule,
    guideline,
    discordance,
    notes,
    errors,
    warnings,
    explanation,
  };
}

export function discordance(ihc, ish, ihc3_positive_alone) {
  return { ihc, ish, ihc3_positive_alone };
}

export function error(field, code, message) {
  return { field, code, message };
}

export function warning(field, code, message, value, suggestion) {
  return { field, code, message, value, suggestion: suggestion ?? null };
}

// interpret's input, read here when it is flat: each property becomes three numbers in `coded`
// (the field's place in the core's list of fields, a kind, a value), which WebAssembly copies in
// one call, where a JSON text of the input took three times as long to write, copy and read. The
// lists of field names and value texts, and the array, come from the core (`set_tables`, once);
// every rule about the values stays in the core. An input that is not flat, or has a name or
// text the lists do not hold, is read the careful way instead (code_input returns -1).
// The kinds, as crates/her2-js/src/lib.rs reads them (`coded_entries`):
const NUMBER = 0, TEXT = 1, TRUE = 2, FALSE = 3, NULL = 4;
let fieldIndex = new Map();
let textIndex = new Map();
let coded = new Float64Array(0);

export function set_tables(fields, texts, array) {
  fieldIndex = new Map(fields.map((name, i) => [name, i]));
  textIndex = new Map(texts.map((text, i) => [text, i]));
  coded = array;
}

export function code_input(input) {
  let n = 0;
  for (const name in input) {
    const field = fieldIndex.get(name);
    if (field === undefined || !Object.prototype.hasOwnProperty.call(input, name) || 3 * n === coded.length) return -1;
    const value = input[name];
    let kind, payload = 0;
    switch (typeof value) {
      case "number":
        kind = NUMBER;
        payload = value;
        break;
      case "string":
        payload = textIndex.get(value);
        if (payload === undefined) return -1;
        kind = TEXT;
        break;
      case "boolean":
        kind = value ? TRUE : FALSE;
        break;
      case "undefined":
        kind = NULL;
        break;
      default:
        if (value !== null) return -1;
        kind = NULL;
    }
    coded[3 * n] = field;
    coded[3 * n + 1] = kind;
    coded[3 * n + 2] = payload;
    n++;
  }
  return n;
}
