package org.okr4j.jackson3;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.InputProblem;
import org.okr4j.wire.Wire;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * An invalid {@code okr4j/1} document, with every problem found as data: a Jackson 3
 * {@link MismatchedInputException}, unchecked like every Jackson 3 exception, whose
 * {@link #problems()} list each problem in document order, with its stable code, the JSON Pointer of
 * the offending element, a message in English or Simplified Chinese and, when known, the line and
 * column. The exception's message lists the same problems in English, one per line.
 *
 * <pre>{@code
 * try {
 *   OkrSet set = mapper.readValue(json, OkrSet.class);
 * } catch (OkrInputException e) {
 *   for (InputProblem p : e.problems()) {
 *     errors.add(Map.of("code", p.code(), "pointer", p.pointer(), "detail", p.message(locale)));
 *   }
 * }
 * }</pre>
 *
 * <p>At most {@link #MAX_LISTED} problems are listed; {@link #count()} counts them all. No problem
 * quotes more than 256 characters of one input text. The problems' errors belong to the sealed
 * {@link org.okr4j.validation.OkrError} family (the core's codes, {@code okr.alignment.*} and
 * {@code okr.json.*}), so one exhaustive {@code switch} maps every one.
 */
public final class OkrInputException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /** The most problems listed; the rest are counted. */
  public static final int MAX_LISTED = 100;

  /** The problems listed, in document order (not serialized: a deserialized exception keeps its message). */
  private final transient List<InputProblem> problems;

  /** How many problems were found, listed or not. */
  private final int count;

  OkrInputException(@Nullable JsonParser p, Class<?> target, List<InputProblem> problems, int count) {
    super(p, render(target, problems, count), target);
    this.problems = List.copyOf(problems);
    this.count = count;
  }

  /**
   * Returns the problems, in document order.
   *
   * @return at most {@link #MAX_LISTED} problems, never empty
   */
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found, listed or not.
   *
   * @return the count, at least the number listed
   */
  public int count() {
    return count;
  }

  private static String render(Class<?> target, List<InputProblem> problems, int count) {
    StringBuilder sb = new StringBuilder("Invalid ").append(Wire.FORMAT).append(" document for ")
        .append(target.getSimpleName()).append(", ").append(count).append(count == 1 ? " problem:" : " problems:");
    for (InputProblem problem : problems) {
      sb.append("\n  ").append(problem);
    }
    if (count > problems.size()) {
      sb.append("\n  ... and ").append(count - problems.size()).append(" more");
    }
    return sb.toString();
  }
}
