package org.okr4j.jackson;

import com.fasterxml.jackson.core.JsonParser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exception for an invalid {@code okr4j/1} document: a {@link
 * com.fasterxml.jackson.databind.exc.MismatchedInputException} whose message lists every problem
 * found (up to {@link #MAX_LISTED}) with its code and JSON Pointer, one per line.
 */
final class OkrInputException extends com.fasterxml.jackson.databind.exc.MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /** The most problems listed in a message; the rest are counted. */
  static final int MAX_LISTED = 100;

  private final transient List<Problem> problems;
  private final int count;

  OkrInputException(@Nullable JsonParser p, Class<?> target, List<Problem> problems, int count) {
    super(p, render(target, problems, count), target);
    this.problems = List.copyOf(problems);
    this.count = count;
  }

  /** The problems listed, in the order found. */
  List<Problem> problems() {
    return problems;
  }

  /** How many problems were found, listed or not. */
  int count() {
    return count;
  }

  private static String render(Class<?> target, List<Problem> problems, int count) {
    StringBuilder sb = new StringBuilder("Invalid ").append(Wire.FORMAT).append(" document for ")
        .append(target.getSimpleName()).append(", ").append(count).append(count == 1 ? " problem:" : " problems:");
    for (Problem problem : problems) {
      sb.append("\n  ").append(problem);
    }
    if (count > problems.size()) {
      sb.append("\n  ... and ").append(count - problems.size()).append(" more");
    }
    return sb.toString();
  }
}
