/**
 * A localStorage for unit tests that behaves like a browser's where it matters to the store: keys
 * as properties (how @nanostores/persistent reads and writes), a quota counted in UTF-16 code units
 * that throws the browser's QuotaExceededError, and a switch that blocks it entirely.
 */
export interface FakeStorage extends Storage {
  /** Code units left before the quota; set it to 0 to make every new write fail. */
  room: number;
}

export function fakeStorage(quota = 5_000_000): FakeStorage {
  const entries = new Map<string, string>();
  const used = () => [...entries].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  let limit = quota;
  const api = {
    get length() {
      return entries.size;
    },
    get room() {
      return limit - used();
    },
    set room(room: number) {
      limit = used() + room;
    },
    key: (index: number) => [...entries.keys()][index] ?? null,
    getItem: (key: string) => entries.get(String(key)) ?? null,
    setItem(key: string, value: string) {
      const text = String(value);
      const grows = key.length + text.length - (entries.has(key) ? key.length + entries.get(key)!.length : 0);
      if (used() + grows > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      entries.set(String(key), text);
    },
    removeItem: (key: string) => void entries.delete(String(key)),
    clear: () => entries.clear(),
  };
  return new Proxy(api, {
    get: (target, property) =>
      typeof property === 'symbol' || property in target
        ? Reflect.get(target, property)
        : (entries.get(property) ?? undefined),
    set(target, property, value) {
      if (typeof property === 'symbol' || property in target) return Reflect.set(target, property, value);
      target.setItem(property, value as string);
      return true;
    },
    deleteProperty: (target, property) => (typeof property === 'string' && target.removeItem(property), true),
    has: (target, property) => (typeof property === 'string' && entries.has(property)) || property in target,
    ownKeys: () => [...entries.keys()],
    getOwnPropertyDescriptor: (_, property) =>
      typeof property === 'string' && entries.has(property)
        ? { value: entries.get(property), enumerable: true, configurable: true, writable: true }
        : undefined,
  }) as unknown as FakeStorage;
}
