// Node 20 (still on the development machines) lacks three built-ins that msw/node calls:
// Promise.withResolvers and Set's intersection/difference. Node 22 and every browser we
// support have them; this only fills the gap and is imported before msw/node.
// See docs/decisions/0004-node-20-polyfills.md.
declare global {
  interface PromiseConstructor {
    withResolvers<T>(): {
      promise: Promise<T>;
      resolve: (value: T | PromiseLike<T>) => void;
      reject: (reason?: unknown) => void;
    };
  }
  interface Set<T> {
    intersection<U>(other: ReadonlySetLike<U>): Set<T & U>;
    difference<U>(other: ReadonlySetLike<U>): Set<T>;
  }
  interface ReadonlySetLike<T> {
    has(value: T): boolean;
    readonly size: number;
    keys(): Iterator<T>;
  }
}

if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

if (typeof Set.prototype.intersection !== 'function') {
  Set.prototype.intersection = function intersection<T, U>(this: Set<T>, other: ReadonlySetLike<U>) {
    return new Set([...this].filter((value) => other.has(value as unknown as U))) as Set<T & U>;
  };
}

if (typeof Set.prototype.difference !== 'function') {
  Set.prototype.difference = function difference<T, U>(this: Set<T>, other: ReadonlySetLike<U>) {
    return new Set([...this].filter((value) => !other.has(value as unknown as U)));
  };
}

export {};
