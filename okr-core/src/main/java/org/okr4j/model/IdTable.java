package org.okr4j.model;

import org.jspecify.annotations.Nullable;

/**
 * An id → position table with open addressing (linear probing) over two parallel arrays: a key
 * costs one reference and one {@code int}, at a load of at most one half, where a
 * {@code HashMap<Id, Integer>} spends a node and, past 127, a boxed position on every entry. The
 * first position given for a key is kept. Filled once while a set is validated and never changed
 * after, so an {@link OkrSet} and its {@link OkrSet#withCheckIn} copies share it safely.
 *
 * @param <K> the key type, with value equality and a stable hash code
 */
final class IdTable<K> {

  private final @Nullable Object[] keys;
  private final int[] positions;
  private final int mask;

  /**
   * Creates a table sized for {@code expected} keys.
   *
   * @param expected how many keys will be added at most
   */
  IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
    keys = new Object[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  private static int spread(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Adds {@code key} at {@code position} unless it is present.
   *
   * @param key the key
   * @param position its position
   * @return {@code true} if added, {@code false} if the key was present (its first position stays)
   */
  boolean putIfAbsent(K key, int position) {
    int i = spread(key) & mask;
    for (Object k = keys[i]; k != null; k = keys[i]) {
      if (k.equals(key)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    positions[i] = position;
    return true;
  }

  /**
   * Returns the position of {@code key}.
   *
   * @param key the key, may be {@code null}
   * @return the position, or {@code -1} if absent
   */
  int get(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    int i = spread(key) & mask;
    for (Object k = keys[i]; k != null; k = keys[i]) {
      if (k.equals(key)) {
        return positions[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }
}
