package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * One step of a phased target (Viva Goals / Ally.io "phased targets"): by the end of {@link #due()}
 * the key result is expected to have reached {@link #expected()} progress. Phases replace the
 * linear expectation with a staircase; see {@link ExpectedProgress#withPhases}.
 *
 * <pre>{@code
 * Phase.of(LocalDate.of(2026, 1, 31), new BigDecimal("0.2")); // 20 % by the end of January
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Phase {

  Phase() {}

  /**
   * Returns the last day of the phase; the expectation holds from the day after.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Returns the progress expected once the phase is due.
   *
   * @return a value in [0, 1]
   */
  public abstract BigDecimal expected();

  /**
   * Returns a phase.
   *
   * @param due the last day of the phase
   * @param expected the progress expected by then, in [0, 1]
   * @return the phase
   * @throws OkrException if an input is missing or out of range
   */
  public static Phase of(LocalDate due, BigDecimal expected) {
    return OkrException.getOrThrow(validate(due, expected));
  }

  /**
   * Validates a phase.
   *
   * @param due the last day of the phase, from 1900-01-01 to 9999-12-31; may be {@code null}
   * @param expected the progress expected by then, in [0, 1]; may be {@code null}
   * @return the phase, or every problem
   */
  public static Validation<Seq<OkrError>, Phase> validate(@Nullable LocalDate due, @Nullable BigDecimal expected) {
    Problems problems = new Problems();
    problems.date(due, OkrPath.of("due"));
    BigDecimal e = problems.number(expected, OkrPath.of("expected"));
    if (e != null && (e.signum() < 0 || e.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(new OkrError.OutOfRange(OkrPath.of("expected"), Fmt.num(e), "[0, 1]"));
    }
    return problems.result(() -> ImmutablePhase.of(due, e));
  }
}
