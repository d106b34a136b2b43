package org.okr4j.scoring;

import io.vavr.collection.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/** Argument checks for the throwing conveniences of this package. Stateless. */
final class Args {

  private Args() {}

  /**
   * Returns {@code value}, or throws an {@link OkrException} with an {@code okr.required} error at
   * {@code /name} if it is {@code null}.
   */
  static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of(name))));
    }
    return value;
  }
}
