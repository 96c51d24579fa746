/**
 * Adds a value to the list a map keeps under a key, making the list when the key has none yet.
 * @param map lists by key, changed in place
 * @param key the key
 * @param value the value to add at the list's end
 */
export function appendToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
