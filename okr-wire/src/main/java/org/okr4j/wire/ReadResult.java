package org.okr4j.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.InputProblem;

/**
 * What reading a document gave: its value, or the problems found, in document order (at most
 * {@link #MAX_LISTED} listed, all counted). An adapter turns the problems into its Jackson
 * version's {@code OkrInputException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadResult {

  /** The most problems listed; the rest are counted. */
  public static final int MAX_LISTED = Problems.MAX_LISTED;

  private final @Nullable Object value;
  private final List<InputProblem> problems;
  private final int count;

  ReadResult(@Nullable Object value, List<InputProblem> problems, int count) {
    this.value = value;
    this.problems = List.copyOf(problems);
    this.count = count;
  }

  /** Returns the result of a cursor that has read a document, or failed to. */
  static ReadResult of(Problems c, @Nullable Object value) {
    if (c.fatal() != null) {
      return new ReadResult(null, List.of(c.fatal()), 1);
    }
    if (c.count() > 0 || value == null) {
      if (c.count() == 0) {
        throw new IllegalStateException("no value and no problem");
      }
      return new ReadResult(null, c.listed(), c.count());
    }
    return new ReadResult(value, List.of(), 0);
  }

  /**
   * Tells whether a value was read.
   *
   * @return {@code true} if there were no problems
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * Returns the value read.
   *
   * @return the value
   * @throws IllegalStateException if the document had problems
   */
  public Object value() {
    if (value == null) {
      throw new IllegalStateException("the document had " + count + " problems");
    }
    return value;
  }

  /**
   * Returns the problems, in document order; empty if the value was read.
   *
   * @return at most {@link #MAX_LISTED} problems
   */
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found, listed or not.
   *
   * @return the count
   */
  public int count() {
    return count;
  }
}
