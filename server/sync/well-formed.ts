// Reads a Yjs v1 update once, byte by byte, before Yjs itself sees it. Crafted updates can
// make the decoder loop or allocate without end (yjs issues 479, 498, 687): here every count
// is bounded by the bytes that remain, every clock range by what a person could ever type,
// and every byte must be accounted for. Anything else is refused before it costs anything.
import * as decoding from 'lib0/decoding';

/** No real document reaches two billion characters from one device. */
const MAX_CLOCK = 2 ** 31;
const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const XML_ELEMENT = 3;
const XML_HOOK = 5;

class Malformed extends Error {}

const check = (ok: boolean): void => {
  if (!ok) throw new Malformed('malformed update');
};

function readByte(d: decoding.Decoder): number {
  check(d.pos < d.arr.length);
  return decoding.readUint8(d);
}

const remaining = (d: decoding.Decoder) => d.arr.length - d.pos;

/** A count of things, each at least one byte long, cannot exceed the bytes left. */
function readCount(d: decoding.Decoder, bytesEach = 1): number {
  const n = decoding.readVarUint(d);
  check(n * bytesEach <= remaining(d));
  return n;
}

function readRange(d: decoding.Decoder, clock: number): number {
  const len = decoding.readVarUint(d);
  check(clock + len <= MAX_CLOCK);
  return len;
}

/** Reads one item's content; returns the item's length in clock units. */
function readContent(d: decoding.Decoder, ref: number, clock: number): number {
  switch (ref) {
    case 1: // deleted
      return readRange(d, clock);
    case 2: {
      // JSON
      const n = readCount(d);
      for (let i = 0; i < n; i++) decoding.readVarString(d);
      return n;
    }
    case 3: // binary
      decoding.readVarUint8Array(d);
      return 1;
    case 4: // string
      return decoding.readVarString(d).length;
    case 5: // embed
      JSON.parse(decoding.readVarString(d));
      return 1;
    case 6: // format
      decoding.readVarString(d);
      JSON.parse(decoding.readVarString(d));
      return 1;
    case 7: {
      // a nested type
      const typeRef = decoding.readVarUint(d);
      check(typeRef <= 6);
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) decoding.readVarString(d);
      return 1;
    }
    case 8: {
      // any
      const n = readCount(d);
      for (let i = 0; i < n; i++) decoding.readAny(d);
      return n;
    }
    case 9: // subdocument
      decoding.readVarString(d);
      decoding.readAny(d);
      return 1;
    default:
      throw new Malformed('unknown content');
  }
}

function readStructs(d: decoding.Decoder): void {
  const clients = readCount(d, 3);
  for (let i = 0; i < clients; i++) {
    const structs = readCount(d);
    decoding.readVarUint(d); // client
    let clock = decoding.readVarUint(d);
    check(clock <= MAX_CLOCK);
    for (let j = 0; j < structs; j++) {
      const info = readByte(d);
      const ref = info & BITS5;
      if (ref === 0 || ref === 10) {
        clock += readRange(d, clock); // gc or skip
        continue;
      }
      const copiesParent = (info & (BIT7 | BIT8)) !== 0;
      if (info & BIT8) decoding.readVarUint(d), decoding.readVarUint(d); // origin
      if (info & BIT7) decoding.readVarUint(d), decoding.readVarUint(d); // right origin
      if (!copiesParent) {
        if (decoding.readVarUint(d) === 1) decoding.readVarString(d);
        else decoding.readVarUint(d), decoding.readVarUint(d);
        if (info & BIT6) decoding.readVarString(d);
      }
      clock += readContent(d, ref, clock);
      check(clock <= MAX_CLOCK);
    }
  }
}

function readDeleteSet(d: decoding.Decoder): void {
  const clients = readCount(d, 2);
  for (let i = 0; i < clients; i++) {
    decoding.readVarUint(d); // client
    const deletes = readCount(d, 2);
    for (let j = 0; j < deletes; j++) {
      const clock = decoding.readVarUint(d);
      check(clock <= MAX_CLOCK);
      readRange(d, clock);
    }
  }
}

/** True when the bytes are exactly one well-formed v1 update within sane bounds. */
export function isWellFormedUpdate(update: Uint8Array): boolean {
  try {
    const d = decoding.createDecoder(update);
    readStructs(d);
    readDeleteSet(d);
    return d.pos === update.length;
  } catch {
    // Malformed bytes, a decoder's own range error, or a stack too deep: all the same answer.
    return false;
  }
}
