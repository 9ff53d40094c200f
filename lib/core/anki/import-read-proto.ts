/**
 * Reads the few protobuf fields an import needs from schema-18 collections and the package's `meta`
 * (proto/anki/notetypes.proto, import_export.proto): varints and length-delimited fields by number.
 * Anything else is skipped by its wire type. Not a general protobuf reader.
 */
export type ProtoFields = Map<number, (number | Uint8Array)[]>;

export function readProtoFields(bytes: Uint8Array): ProtoFields {
  const out: ProtoFields = new Map();
  let i = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let n = 0; n < 10; n += 1) {
      if (i >= bytes.length) throw new Error('truncated protobuf');
      const b = bytes[i++]!;
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new Error('malformed varint');
  };
  while (i < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: number | Uint8Array;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const length = varint();
      if (i + length > bytes.length) throw new Error('truncated protobuf');
      value = bytes.subarray(i, i + length);
      i += length;
    } else if (wire === 1) {
      i += 8;
      continue;
    } else if (wire === 5) {
      i += 4;
      continue;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    const list = out.get(field) ?? [];
    list.push(value);
    out.set(field, list);
  }
  return out;
}

const decoder = new TextDecoder();

export function protoNumber(fields: ProtoFields, field: number): number {
  const v = fields.get(field)?.at(-1);
  return typeof v === 'number' ? v : 0;
}

export function protoString(fields: ProtoFields, field: number): string {
  const v = fields.get(field)?.at(-1);
  return v instanceof Uint8Array ? decoder.decode(v) : '';
}
