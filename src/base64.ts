/** Typed arrays as base64 text, for the index cache's JSON: read back with one decode and one copy, not a number at a time. */

type TypedArray = Int8Array | Uint8Array | Int32Array | Uint32Array | Float64Array;

export function toBase64(array: TypedArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The array written by `toBase64`, copied into memory of its own so that it is aligned whatever Buffer's pool did. */
export function fromBase64<T extends TypedArray>(base64: string, Type: { new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new Error(`${bytes.length} bytes are no whole number of ${Type.BYTES_PER_ELEMENT}-byte values`);
  const array = new Type(bytes.length / Type.BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}
