package org.okr4j.validation;

import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * Thrown only by the {@code ...OrThrow} and {@code of(...)} conveniences when input is invalid; it
 * carries every {@link OkrError} that the matching validating entry point would have returned.
 *
 * <p>Prefer the validating entry points, which return {@code Validation<Seq<OkrError>, T>}.
 */
public final class OkrException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Seq<OkrError> errors;

  /**
   * Creates an exception that carries {@code errors}.
   *
   * @param errors the problems found, at least one; {@code null} (or a {@code null} element) is
   *     left out rather than refused, since this is the exception that reports problems
   */
  public OkrException(Seq<OkrError> errors) {
    super(render(present(errors)));
    this.errors = present(errors);
  }

  /**
   * Returns the value of a valid result, or throws the errors of an invalid one; the bridge from
   * the validating entry points to the {@code ...OrThrow} conveniences.
   *
   * @param <T> the value type
   * @param result a validation
   * @return the valid value
   * @throws OkrException carrying every error, if {@code result} is invalid ({@code okr.required} at
   *     {@code /result} if it is missing)
   */
  public static <T> T getOrThrow(io.vavr.control.Validation<Seq<OkrError>, T> result) {
    if (Present.check(result, "result").isInvalid()) {
      throw new OkrException(result.getError());
    }
    return result.get();
  }

  /**
   * Returns every problem found.
   *
   * @return the errors, never empty
   */
  public Seq<OkrError> errors() {
    return errors;
  }

  private static Seq<OkrError> present(Seq<OkrError> errors) {
    return errors == null ? io.vavr.collection.List.empty() : errors.filter(java.util.Objects::nonNull);
  }

  private static String render(Seq<OkrError> errors) {
    if (errors.isEmpty()) {
      return "invalid OKR input";
    }
    return errors.size() + (errors.size() == 1 ? " problem: " : " problems: ")
        + errors.map(e -> e.code() + " at " + where(e.path()) + " ("
            + e.message(Locale.ENGLISH) + ")").mkString("; ");
  }

  /** The path as messages show it: {@code /} for the root, {@code ?} for a path an error lacks. */
  private static String where(OkrPath path) {
    return path == null ? Messages.MISSING : path.isRoot() ? "/" : path.toString();
  }
}
