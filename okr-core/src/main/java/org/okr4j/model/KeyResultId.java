package org.okr4j.model;

import io.vavr.control.Either;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The identifier of a key result, unique within an {@link OkrSet}: 1 to 64 of {@code A-Z a-z 0-9 . _ ~ : -},
 * starting with a letter or digit, such as {@code mkt-2026q1}. Ordered by its text.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyResultId implements Comparable<KeyResultId> {

  KeyResultId() {}

  /**
   * Returns the identifier's text.
   *
   * @return the text
   */
  public abstract String value();

  /**
   * Parses an identifier.
   *
   * @param text the text, may be {@code null}
   * @return the identifier, or an {@code okr.required} or {@code okr.malformed.id} error at the root
   */
  public static Either<OkrError, KeyResultId> parse(@Nullable String text) {
    Problems problems = new Problems();
    String id = problems.id(text, OkrPath.root());
    return problems.either(() -> ImmutableKeyResultId.of(id));
  }

  /**
   * Returns the identifier for {@code text}, a convenience for literals in code.
   *
   * @param text a valid identifier
   * @return the identifier
   * @throws OkrException if {@code text} is not a valid identifier
   */
  public static KeyResultId of(String text) {
    return parse(text).getOrElseThrow(e -> new OkrException(io.vavr.collection.List.of(e)));
  }

  @Override
  public int compareTo(KeyResultId other) {
    return value().compareTo(other.value());
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value();
  }
}
