package org.okr4j.scoring;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How much progress is expected of a key result at an instant. By default it is linear over the
 * key result's window, {@code e(τ) = clamp((τ − S) / (E − S), 0, 1)} with {@code S} the cycle's
 * start and {@code E} the due date (the cycle's end when absent; an explicit due date counts as a
 * whole day), as Viva Goals, Engagedly and Innovationminds document ("on the 30th day, expected
 * progress is 33 %"). Two options:
 * <ul>
 *   <li>{@link #dayCount()}: {@link DayCount#INSTANT} (default) measures elapsed time between
 *       instants; {@link DayCount#WHOLE_DAYS} counts whole days with the current day elapsed, as
 *       Engagedly does (April 15 of an April goal is 15/30 = 50 % rather than 14/30).</li>
 *   <li>{@link #phases()}: phased targets per key result (Viva Goals / Ally.io) replace the line
 *       with a staircase: the expectation is that of the last phase whose due date has passed, 0
 *       before the first. None by default.</li>
 * </ul>
 *
 * <pre>{@code
 * ExpectedProgress phased = ExpectedProgress.linear().withPhases(KeyResultId.of("kr-leads"),
 *     List.of(Phase.of(LocalDate.of(2026, 1, 31), new BigDecimal("0.2")),
 *             Phase.of(LocalDate.of(2026, 2, 28), new BigDecimal("0.5"))));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(copy = true)
public abstract class ExpectedProgress {

  /** How elapsed time is measured. */
  public enum DayCount {
    /** Elapsed time between instants (half-open windows). The default. */
    INSTANT,
    /** Whole days, the current day counted as elapsed (Engagedly). */
    WHOLE_DAYS
  }

  private static final ExpectedProgress LINEAR = ImmutableExpectedProgress.of(DayCount.INSTANT, HashMap.empty());

  ExpectedProgress() {}

  /**
   * Returns how elapsed time is measured.
   *
   * @return the day count; {@link DayCount#INSTANT} by default
   */
  public abstract DayCount dayCount();

  /**
   * Returns the phased targets by key result, each sorted by due date.
   *
   * @return the phases; empty by default
   */
  public abstract Map<KeyResultId, Seq<Phase>> phases();

  /**
   * Returns the linear expectation measured between instants. The default.
   *
   * @return the expectation
   */
  public static ExpectedProgress linear() {
    return LINEAR;
  }

  /**
   * Returns a copy with another day count.
   *
   * @param dayCount the day count
   * @return the copy
   * @throws OkrException if {@code dayCount} is missing
   */
  public ExpectedProgress withDayCount(DayCount dayCount) {
    return ImmutableExpectedProgress.copyOf(this).copyWithDayCount(Args.require(dayCount, "dayCount"));
  }

  /**
   * Returns a copy with phased targets for one key result, replacing any it had.
   *
   * @param keyResult the key result's id
   * @param phases its phases, in any order; due dates must differ
   * @return the copy
   * @throws OkrException if an input is missing or two phases share a due date
   */
  public ExpectedProgress withPhases(KeyResultId keyResult, Iterable<Phase> phases) {
    return OkrException.getOrThrow(validatePhases(keyResult, phases));
  }

  /**
   * Validates phased targets for one key result and returns the copy that holds them.
   *
   * @param keyResult the key result's id, may be {@code null}
   * @param phases its phases, may be {@code null}
   * @return the copy, or every problem (paths {@code /keyResult}, {@code /phases/i})
   */
  public Validation<Seq<OkrError>, ExpectedProgress> validatePhases(
      @Nullable KeyResultId keyResult, @Nullable Iterable<Phase> phases) {
    Problems problems = new Problems();
    problems.present(keyResult, OkrPath.of("keyResult"));
    OkrPath path = OkrPath.of("phases");
    List<Phase> list = List.empty();
    if (problems.present(phases, path)) {
      list = List.ofAll(phases);
      java.util.HashSet<LocalDate> seen = new java.util.HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        Phase phase = list.get(i);
        if (problems.present(phase, path.index(i)) && !seen.add(phase.due())) {
          problems.add(new OkrError.DuplicateId(path.index(i).key("due"), phase.due().toString()));
        }
      }
    }
    List<Phase> checked = list;
    return problems.result(() -> ImmutableExpectedProgress.copyOf(this).copyWithPhases(phases().put(keyResult, checked.sortBy(Phase::due))));
  }

  /**
   * Returns the progress expected of {@code keyResult} at {@code at}.
   *
   * @param keyResult the key result
   * @param cycle its objective's cycle
   * @param at the instant
   * @return the expected progress, in [0, 1]
   * @throws OkrException if an argument is missing
   */
  public BigDecimal at(KeyResult keyResult, Cycle cycle, Instant at) {
    Args.require(keyResult, "keyResult");
    return expected(keyResult.id(), Window.of(Args.require(cycle, "cycle"), keyResult), Args.require(at, "at"));
  }

  BigDecimal expected(KeyResultId id, Window window, Instant at) {
    if (phases().isEmpty()) {
      return window.fraction(at, dayCount());
    }
    Seq<Phase> steps = phases().get(id).getOrNull();
    if (steps == null) {
      return window.fraction(at, dayCount());
    }
    LocalDate date = window.date(at);
    BigDecimal expected = BigDecimal.ZERO;
    for (Phase phase : steps) {
      if (date.isAfter(phase.due()) && phase.expected().compareTo(expected) > 0) {
        expected = phase.expected();
      }
    }
    return expected;
  }
}
