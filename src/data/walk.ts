// The one walk over parsed YAML or JSON data: every value, depth first, with its path.

export type FieldPath = readonly PropertyKey[];

/** Calls `visit` for the value and everything inside it; `path` names each value's place. */
export function walkValues(
  value: unknown,
  visit: (value: unknown, path: FieldPath) => void,
  path: FieldPath = [],
): void {
  visit(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkValues(item, visit, [...path, index]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkValues(item, visit, [...path, key]);
  }
}

/** The value at a path, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The data as a map of fields, or undefined when it is empty, a list or a lone value. */
export function fieldsOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
