/**
 * Input guards shared by every public function, so a wrong type fails the
 * same way everywhere: a TypeError that names the function and says a string
 * is expected.
 */
export function assertString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`${fn}: expected a string, got ${got}`);
  }
}
