/**
 * A small seeded pseudo-random generator for the mock API's data.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter: 128 bits of state, period
 * at least 2^32) seeded through FNV-1a and splitmix32. It uses only 32-bit integer operations
 * and one division by 2^32, so a seed gives the same sequence in every engine, browser or Node.
 * Nothing here reads `Math.random` or the clock.
 *
 * ```ts
 * const random = createRandom(42);
 * random.int(1, 6); // the same roll for seed 42, every run
 * const invoices = random.fork('invoices'); // an independent stream, e.g. per organisation
 * invoices.id('in'); // 'in_3f9a2c': unique among this seed's 'in' ids
 * ```
 */

const TWO_POW_32 = 4_294_967_296;
const ID_BITS = 24;
const ID_SPACE = 2 ** ID_BITS;
const ID_MASK = ID_SPACE - 1;

/** FNV-1a, 32 bits: turns a seed's text into a number to start splitmix32 from. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** splitmix32: a well-mixed stream of 32-bit words, used only to fill sfc32's state. */
function splitmix32(start: number): () => number {
  let state = start | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A keyed bijection of the 24-bit integers: every step (xor with a key, multiplication by an
 * odd constant modulo 2^24, xor with a right shift, addition modulo 2^24) can be undone, so
 * distinct counters give distinct ids, while consecutive counters do not look consecutive.
 */
function scramble24(value: number, key1: number, key2: number): number {
  let x = (value ^ key1) & ID_MASK;
  x = Math.imul(x, 0x9e3779) & ID_MASK;
  x ^= x >>> 12;
  x = (x + key2) & ID_MASK;
  x = Math.imul(x, 0x5bd1e5) & ID_MASK;
  x ^= x >>> 11;
  return x;
}

/**
 * Hands out ids per prefix. One registry is shared by a generator and every generator forked
 * from it, so ids are unique across the whole data set of one seed, not only within a stream.
 */
class IdRegistry {
  readonly #key: number;
  readonly #counters = new Map<string, { count: number; key1: number; key2: number }>();

  constructor(key: number) {
    this.#key = key;
  }

  next(prefix: string): string {
    let counter = this.#counters.get(prefix);
    if (!counter) {
      const mix = splitmix32(this.#key ^ hashText(prefix));
      counter = { count: 0, key1: mix() & ID_MASK, key2: mix() & ID_MASK };
      this.#counters.set(prefix, counter);
    }
    if (counter.count >= ID_SPACE) {
      throw new RangeError(`More than ${ID_SPACE} ids with the prefix "${prefix}"`);
    }
    const hex = scramble24(counter.count++, counter.key1, counter.key2).toString(16).padStart(6, '0');
    return `${prefix}_${hex}`;
  }
}

/** A seeded random stream: same seed, same values, in the same order. */
export class Random {
  /** The text this stream was seeded from: the seed, then `/label` per fork. */
  readonly key: string;
  readonly #ids: IdRegistry;
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** Prefer {@link createRandom}; `ids` is shared with forks. */
  constructor(key: string, ids?: IdRegistry) {
    this.key = key;
    const mix = splitmix32(hashText(key));
    this.#a = mix() | 0;
    this.#b = mix() | 0;
    this.#c = mix() | 0;
    this.#d = mix() | 0;
    this.#ids = ids ?? new IdRegistry(mix());
    // The first outputs of a freshly seeded sfc32 are still close to its seed words.
    for (let round = 0; round < 12; round++) this.#nextUint32();
  }

  #nextUint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1), with 32 random bits. */
  next(): number {
    return this.#nextUint32() / TWO_POW_32;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): expected integers with min <= max`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One item of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    if (entries.length === 0 || !(total > 0)) throw new RangeError('weighted() needs a positive total weight');
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** True with probability `p` (0 never, 1 always). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A shuffled copy (Fisher–Yates); the input is left as it is. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      const item = copy[index] as T;
      copy[index] = copy[other] as T;
      copy[other] = item;
    }
    return copy;
  }

  /** `count` characters drawn from `alphabet` (digits by default). */
  chars(count: number, alphabet = '0123456789'): string {
    let text = '';
    for (let index = 0; index < count; index++) text += alphabet[Math.floor(this.next() * alphabet.length)];
    return text;
  }

  /**
   * A deterministic id such as `in_3f9a2c`: the prefix, `_`, six hex digits. Unique per prefix
   * among all ids of this generator and its forks (up to 16,777,216 per prefix); a different
   * seed gives different ids. It does not advance the random stream.
   */
  id(prefix: string): string {
    return this.#ids.next(prefix);
  }

  /**
   * An independent stream named `label`: its values depend only on this stream's seed and the
   * label, not on how much of this stream has been used. Ids stay unique across forks.
   */
  fork(label: string): Random {
    return new Random(`${this.key}/${label}`, this.#ids);
  }
}

/** A seeded generator. Integers and strings both work as seeds; equal seeds give equal streams. */
export function createRandom(seed: number | string): Random {
  if (typeof seed === 'number' && !Number.isFinite(seed)) throw new RangeError(`Not a seed: ${seed}`);
  return new Random(String(seed));
}
