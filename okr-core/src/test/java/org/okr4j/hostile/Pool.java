package org.okr4j.hostile;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.validation.OkrException;

/**
 * okr4j values to call methods on and pass as arguments: seeded with valid fixtures, then grown with
 * what calls return (feedback-directed, as Randoop does), at most {@link #PER_CLASS} per runtime
 * class. Each value remembers how it was made, for failure reports.
 */
final class Pool {

  static final int PER_CLASS = 24;

  /** A pooled value and how it was made. */
  record Entry(Object value, String origin) {}

  private final Map<Class<?>, List<Entry>> byClass = new LinkedHashMap<>();
  private final Map<Class<?>, List<Entry>> assignable = new HashMap<>();
  private final java.util.IdentityHashMap<Object, String> origins = new java.util.IdentityHashMap<>();

  /** Offers a value, or the values inside a Vavr container or an exception, to the pool. */
  void offer(Object value, String origin, Dice d) {
    if (value instanceof Validation<?, ?> v) {
      offer(v.isValid() ? v.get() : v.getError(), origin + ".get", d);
    } else if (value instanceof Either<?, ?> e) {
      offer(e.isRight() ? e.get() : e.getLeft(), origin + ".get", d);
    } else if (value instanceof Option<?> o) {
      o.forEach(x -> offer(x, origin + ".get", d));
    } else if (value instanceof io.vavr.collection.Traversable<?> t) {
      int i = 0;
      for (Object x : t) {
        if (i == 3) {
          break;
        }
        offer(x, origin + "[" + i++ + "]", d);
      }
    } else if (value instanceof OkrException e) {
      offer(e.errors(), origin + ".errors", d);
      keep(value, origin, d);
    } else if (value != null && value.getClass().getName().startsWith("org.okr4j.")) {
      keep(value, origin, d);
    }
  }

  private void keep(Object value, String origin, Dice d) {
    List<Entry> same = byClass.computeIfAbsent(value.getClass(), c -> new ArrayList<>());
    Entry entry = new Entry(value, origin.length() > 600 ? origin.substring(0, 600) + "…" : origin);
    if (same.size() < PER_CLASS) {
      same.add(entry);
    } else {
      origins.remove(same.set(d.below(PER_CLASS), entry).value());
    }
    origins.put(value, entry.origin());
    assignable.clear();
  }

  /** Returns the pooled values that are instances of {@code type}, in a stable order. */
  List<Entry> of(Class<?> type) {
    return assignable.computeIfAbsent(type, t -> {
      List<Entry> all = new ArrayList<>();
      byClass.forEach((c, entries) -> {
        if (t.isAssignableFrom(c)) {
          all.addAll(entries);
        }
      });
      return all;
    });
  }

  /** Returns how a pooled value was made, or {@code null} for a value not in the pool. */
  String originOf(Object value) {
    return origins.get(value);
  }

  int size() {
    return byClass.values().stream().mapToInt(List::size).sum();
  }
}
