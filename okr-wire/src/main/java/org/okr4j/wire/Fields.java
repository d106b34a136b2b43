package org.okr4j.wire;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrException;

/**
 * An object read field by field into a map, each field by its own {@link Element}, and built at its
 * end through the core: the reading of the many small objects of scoring policies, alignments and
 * scorecards. A field the shape marks required and the object lacks is {@code okr.required}; the
 * builder runs only when every field was read without a problem, and an {@link OkrException} it
 * throws is reported as the core's errors under the object's pointer.
 *
 * @param <T> the value built
 */
final class Fields<T> extends Reading<T> {

  private final Spec<T> spec;
  private final Map<Field, Object> values = new IdentityHashMap<>();

  private Fields(Cursor c, Spec<T> spec) {
    super(c, spec.shape);
    this.spec = spec;
  }

  @Override
  void field(Field f) throws IOException {
    Element<?> element = spec.readers.get(f);
    Object value = element == null ? null : element.read(c);
    if (value != null) {
      values.put(f, value);
    }
  }

  /** The value read for a field, {@code null} if absent. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  <V> V get(Field f) {
    return (V) values.get(f);
  }

  /** The value read for a field, {@code otherwise} if absent (an optional field at its default). */
  <V> V or(Field f, V otherwise) {
    @SuppressWarnings("unchecked")
    V value = (V) values.get(f);
    return value == null ? otherwise : value;
  }

  /** Whether a field was read. */
  boolean present(Field f) {
    return values.containsKey(f);
  }

  @Override
  @Nullable T build() {
    boolean complete = true;
    for (Field f : shape.fields()) {
      if (f.required() && !has(f)) {
        require(f, null);
        complete = false;
      }
    }
    if (!complete || failed != 0) {
      return null;
    }
    try {
      return spec.builder.apply(this);
    } catch (OkrException e) {
      c.core(c.here(), e.errors(), shape, failed);
      return null;
    }
  }

  /** Starts the description of an object of {@code shape}. */
  static <T> Spec<T> of(Shape shape) {
    return new Spec<>(shape);
  }

  /**
   * Describes one kind of {@link Fields} object: its shape, the element reader of each field (every
   * field but {@code kind}, which the polymorphic reader consumes) and its builder.
   *
   * @param <T> the value built
   */
  static final class Spec<T> {
    private final Shape shape;
    private final Map<Field, Element<?>> readers = new IdentityHashMap<>();
    private Function<Fields<T>, @Nullable T> builder = f -> null;

    private Spec(Shape shape) {
      this.shape = shape;
    }

    /** Reads {@code field} with {@code element}. */
    Spec<T> read(Field field, Element<?> element) {
      if (shape.bit(field) == 0) {
        throw new IllegalArgumentException(field.name() + " is not a field of " + shape.what());
      }
      readers.put(field, element);
      return this;
    }

    /** Ends the description: every field but {@code kind} must have a reader. */
    Function<Cursor, Fields<T>> build(Function<Fields<T>, @Nullable T> build) {
      for (Field f : shape.fields()) {
        if (f != Field.KIND && !readers.containsKey(f)) {
          throw new IllegalStateException("no reader for " + f.name() + " of " + shape.what());
        }
      }
      this.builder = build;
      return c -> new Fields<>(c, this);
    }
  }
}
