package org.okr4j.validation;

import io.vavr.collection.List;
import org.jspecify.annotations.Nullable;

/**
 * The null check of this package: a missing argument is an {@link OkrException} with
 * {@code okr.required} at the argument's name, never a {@link NullPointerException}. Stateless.
 */
final class Present {

  private Present() {}

  /** Returns {@code value}, or throws {@code okr.required} at {@code /name} if it is {@code null}. */
  static <T> T check(@Nullable T value, String name) {
    if (value == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of(name))));
    }
    return value;
  }
}
