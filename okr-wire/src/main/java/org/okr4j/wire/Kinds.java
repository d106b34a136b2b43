package org.okr4j.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The allow-list of a polymorphic value's kinds, in the order messages list them, each with the
 * reading of its shape. A name is never turned into a class.
 *
 * @param <T> the polymorphic value
 */
final class Kinds<T> {

  private final Map<String, Function<Cursor, ? extends Reading<? extends T>>> map = new LinkedHashMap<>();
  private @Nullable String defaultKind;

  /** Adds a kind. */
  Kinds<T> with(String kind, Function<Cursor, ? extends Reading<? extends T>> reading) {
    map.put(kind, reading);
    return this;
  }

  /** Adds a kind whose value has no field but {@code kind}. */
  Kinds<T> constant(String kind, Shape shape, T value) {
    return with(kind, c -> new Constant<>(c, shape, value));
  }

  /** Makes {@code kind}, one of the kinds added, what an object without {@code kind} is. */
  Kinds<T> byDefault(String kind) {
    if (!map.containsKey(kind)) {
      throw new IllegalArgumentException(kind + " is not one of the kinds");
    }
    this.defaultKind = kind;
    return this;
  }

  /** The kind of an object without {@code kind}, or {@code null} if it must have one. */
  @Nullable String defaultKind() {
    return defaultKind;
  }

  /** The reading of a kind, or {@code null} if the kind is not allowed. */
  @Nullable Function<Cursor, ? extends Reading<? extends T>> reading(String kind) {
    return map.get(kind);
  }

  /** The allowed kinds, in order. */
  io.vavr.collection.List<String> names() {
    return io.vavr.collection.List.ofAll(Collections.unmodifiableSet(map.keySet()));
  }

  /** A polymorphic value that has only its {@code kind}. */
  static final class Constant<T> extends Reading<T> {
    private final T value;

    Constant(Cursor c, Shape shape, T value) {
      super(c, shape);
      this.value = value;
    }

    @Override
    void field(Field field) {
      // only "kind", which the cursor consumes
    }

    @Override
    T build() {
      return value;
    }
  }
}
