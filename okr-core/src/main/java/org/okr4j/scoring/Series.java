package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.okr4j.internal.Numbers;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * Progress over a cycle, one point per day or per week: the data of a burn-up chart. Each point is
 * the progress as of the end of its period (the last instant before the next period starts, in the
 * cycle's zone, {@link Point#asOf()}), exactly what {@link Scorer#evaluate} gives at that instant
 * under the same policy; so the last check-in is carried forward across gaps, and before the first
 * check-in a point says what {@link ProgressPolicy#noCheckIn()} says (not scored, or 0). Periods run
 * from the window's first day to its last; the last period is cut short at the window's end.
 *
 * <pre>{@code
 * Seq<Series.Point> burnUp = Series.keyResult(kr, cycle, ScoringPolicy.defaults(), Series.Step.DAY);
 * // the second week of a cycle starting 2026-01-01, one point
 * Seq<Series.Point> one = Series.keyResult(kr, cycle, policy, Series.Step.DAY,
 *     LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 8));
 * }</pre>
 *
 * <p>Stateless.
 */
public final class Series {

  /**
   * The most points a series has: 10,000 (27 years of days, 190 years of weeks). A longer series is
   * refused with {@code okr.out-of-range} at {@code /cycle}, so that every call stays short.
   */
  public static final int MAX_POINTS = 10_000;

  private Series() {}

  /** The length of a period. */
  public enum Step {
    /** One day. */
    DAY,
    /** Seven days from the window's first day. */
    WEEK;

    int days() {
      return this == DAY ? 1 : 7;
    }
  }

  /**
   * One point of a series. A plain result: immutable and thread-safe.
   *
   * @param date the first day of the period
   * @param asOf the instant the progress is as of: the last instant of the period
   * @param progress the progress at {@code asOf}, none if not scored
   */
  public record Point(LocalDate date, Instant asOf, Option<BigDecimal> progress) {
    /**
     * Keeps a plain {@link BigDecimal} progress: an instance of a subclass is copied.
     *
     * @param date the first day of the period
     * @param asOf the instant the progress is as of
     * @param progress the progress, none if not scored
     */
    public Point {
      progress = progress == null ? null : progress.map(Numbers::plainIfPresent);
    }
  }

  /**
   * Returns the series of a key result's progress ({@link KeyResultScore#progress()}) over its
   * whole cycle.
   *
   * @param keyResult the key result
   * @param cycle its cycle
   * @param policy the rules
   * @param step the period
   * @return one point per period
   * @throws OkrException if an argument is missing, or the series would have more than
   *     {@link #MAX_POINTS} points
   */
  public static Seq<Point> keyResult(KeyResult keyResult, Cycle cycle, ScoringPolicy policy, Step step) {
    return keyResult(keyResult, cycle, policy, step, first(cycle), last(cycle));
  }

  /**
   * Returns the series of a key result's progress over a window of its cycle.
   *
   * @param keyResult the key result
   * @param cycle its cycle
   * @param policy the rules
   * @param step the period
   * @param from the window's first day, inside the cycle
   * @param to the window's last day, inside the cycle, not before {@code from} ({@code from} itself
   *     for a single point)
   * @return one point per period
   * @throws OkrException if an argument is missing, or the window is not inside the cycle
   */
  public static Seq<Point> keyResult(KeyResult keyResult, Cycle cycle, ScoringPolicy policy, Step step,
      LocalDate from, LocalDate to) {
    Args.require(keyResult, "keyResult");
    Args.require(policy, "policy");
    return series(cycle, step, from, to, asOf -> new Engine(policy, asOf, false).score(keyResult, cycle).progress());
  }

  /**
   * Returns the series of an objective's progress ({@link ObjectiveScore#progress()}) over its whole
   * cycle.
   *
   * @param objective the objective
   * @param cycle its cycle
   * @param policy the rules
   * @param step the period
   * @return one point per period
   * @throws OkrException if an argument is missing, or the series would have more than
   *     {@link #MAX_POINTS} points
   */
  public static Seq<Point> objective(Objective objective, Cycle cycle, ScoringPolicy policy, Step step) {
    return objective(objective, cycle, policy, step, first(cycle), last(cycle));
  }

  /**
   * Returns the series of an objective's progress over a window of its cycle.
   *
   * @param objective the objective
   * @param cycle its cycle
   * @param policy the rules
   * @param step the period
   * @param from the window's first day, inside the cycle
   * @param to the window's last day, inside the cycle, not before {@code from}
   * @return one point per period
   * @throws OkrException if an argument is missing, or the window is not inside the cycle
   */
  public static Seq<Point> objective(Objective objective, Cycle cycle, ScoringPolicy policy, Step step,
      LocalDate from, LocalDate to) {
    Args.require(objective, "objective");
    Args.require(policy, "policy");
    return series(cycle, step, from, to, asOf -> Scorer.scoreObjective(objective, cycle, policy, asOf).progress());
  }

  /**
   * Returns the series of a group of objectives (a team, department or company) over the whole
   * cycle: at each point, each objective's progress as {@link Scorer#scoreObjective} computes it
   * under {@code policy} (so its roll-up's cap, missing-value and empty rules apply), aggregated
   * over the group with {@code aggregation}. A group of one objective gives that objective's
   * series.
   *
   * @param objectives the group's objectives, all in {@code cycle}
   * @param cycle the cycle
   * @param policy the rules for each objective
   * @param aggregation how the group aggregates its objectives
   * @param step the period
   * @return one point per period
   * @throws OkrException if an argument is missing, or the series would have more than
   *     {@link #MAX_POINTS} points
   */
  public static Seq<Point> group(Seq<Objective> objectives, Cycle cycle, ScoringPolicy policy,
      AggregationPolicy aggregation, Step step) {
    return group(objectives, cycle, policy, aggregation, step, first(cycle), last(cycle));
  }

  /**
   * Returns the series of a group of objectives over a window of the cycle.
   *
   * @param objectives the group's objectives, all in {@code cycle}
   * @param cycle the cycle
   * @param policy the rules for each objective
   * @param aggregation how the group aggregates its objectives
   * @param step the period
   * @param from the window's first day, inside the cycle
   * @param to the window's last day, inside the cycle, not before {@code from}
   * @return one point per period
   * @throws OkrException if an argument is missing, or the window is not inside the cycle
   */
  public static Seq<Point> group(Seq<Objective> objectives, Cycle cycle, ScoringPolicy policy,
      AggregationPolicy aggregation, Step step, LocalDate from, LocalDate to) {
    Args.require(objectives, "objectives").forEach(o -> Args.require(o, "objectives"));
    Args.require(policy, "policy");
    Args.require(aggregation, "aggregation");
    return series(cycle, step, from, to, asOf -> aggregation.aggregate(ScoreNode.group(objectives.map(
        o -> ScoreNode.leaf(Scorer.scoreObjective(o, cycle, policy, asOf).progress())))));
  }

  private static LocalDate first(Cycle cycle) {
    return Args.require(cycle, "cycle").start();
  }

  private static LocalDate last(Cycle cycle) {
    return Args.require(cycle, "cycle").end().minusDays(1);
  }

  private static Seq<Point> series(Cycle cycle, Step step, LocalDate from, LocalDate to,
      Function<Instant, Option<BigDecimal>> progressAt) {
    Args.require(cycle, "cycle");
    Args.require(step, "step");
    Args.require(from, "from");
    Args.require(to, "to");
    List<OkrError> errors = List.empty();
    if (!cycle.contains(from)) {
      errors = errors.append(new OkrError.OutsideCycle(OkrPath.of("from"), from.toString(), cycle.id().value()));
    }
    if (!cycle.contains(to)) {
      errors = errors.append(new OkrError.OutsideCycle(OkrPath.of("to"), to.toString(), cycle.id().value()));
    } else if (to.isBefore(from)) {
      errors = errors.append(new OkrError.EmptyRange(OkrPath.of("to"), from.toString(), to.toString()));
    }
    if (!errors.isEmpty()) {
      throw new OkrException(errors);
    }
    int days = step.days();
    long count = (java.time.temporal.ChronoUnit.DAYS.between(from, to) + days) / days;
    if (count > MAX_POINTS) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("cycle"),
          count + " " + step.name().toLowerCase(java.util.Locale.ROOT) + " points", "at most " + MAX_POINTS + " points")));
    }
    LocalDate end = to.plusDays(1);
    Vector<Point> points = Vector.empty();
    for (LocalDate d = from; d.isBefore(end); d = d.plusDays(days)) {
      LocalDate next = d.plusDays(days).isAfter(end) ? end : d.plusDays(days);
      Instant asOf = next.atStartOfDay(cycle.zone()).toInstant().minusNanos(1);
      points = points.append(new Point(d, asOf, progressAt.apply(asOf)));
    }
    return points;
  }
}
