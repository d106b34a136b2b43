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
 * cycle's zone), so the last check-in is carried forward across gaps; points before the first
 * check-in are empty whatever {@link ProgressPolicy#noCheckIn()} says. Periods run from the cycle's
 * start to its end (exclusive); the last week may be shorter.
 *
 * <pre>{@code
 * Seq<Series.Point> burnUp = Series.keyResult(kr, cycle, ScoringPolicy.defaults(), Series.Step.DAY);
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
    /** Seven days from the cycle's start. */
    WEEK;

    int days() {
      return this == DAY ? 1 : 7;
    }
  }

  /**
   * One point of a series. Immutable and thread-safe.
   *
   * @param date the first day of the period
   * @param progress the progress at the end of the period, none if not scored
   */
  public record Point(LocalDate date, Option<BigDecimal> progress) {
    /**
     * Checks the parts.
     *
     * @param date the first day of the period
     * @param progress the progress, none if not scored
     * @throws org.okr4j.validation.OkrException if a part is missing
     */
    public Point {
      Args.require(date, "date");
      progress = Args.require(progress, "progress").map(p -> Numbers.plain(Args.require(p, "progress")));
    }
  }

  /**
   * Returns the series of a key result's progress ({@link KeyResultScore#progress()}).
   *
   * @param keyResult the key result
   * @param cycle its cycle
   * @param policy the rules
   * @param step the period
   * @return one point per period
   * @throws org.okr4j.validation.OkrException if an argument is missing, or the series would have
   *     more than {@link #MAX_POINTS} points
   */
  public static Seq<Point> keyResult(KeyResult keyResult, Cycle cycle, ScoringPolicy policy, Step step) {
    Args.require(keyResult, "keyResult");
    Args.require(policy, "policy");
    return series(cycle, step, List.of(keyResult),
        asOf -> new Engine(policy, asOf, false).score(keyResult, cycle).progress());
  }

  /**
   * Returns the series of an objective's progress ({@link ObjectiveScore#progress()}).
   *
   * @param objective the objective
   * @param cycle its cycle
   * @param policy the rules
   * @param step the period
   * @return one point per period
   * @throws org.okr4j.validation.OkrException if an argument is missing, or the series would have
   *     more than {@link #MAX_POINTS} points
   */
  public static Seq<Point> objective(Objective objective, Cycle cycle, ScoringPolicy policy, Step step) {
    Args.require(objective, "objective");
    Args.require(policy, "policy");
    return series(cycle, step, objective.keyResults(),
        asOf -> Scorer.scoreObjective(objective, cycle, policy, asOf).progress());
  }

  /**
   * Returns the series of a group of objectives (a team, department or company): at each point the
   * key results' progress in a tree of objectives, aggregated with {@code aggregation}.
   *
   * @param objectives the group's objectives, all in {@code cycle}
   * @param cycle the cycle
   * @param policy the rules for each key result
   * @param aggregation how the group aggregates
   * @param step the period
   * @return one point per period
   * @throws org.okr4j.validation.OkrException if an argument is missing, or the series would have
   *     more than {@link #MAX_POINTS} points
   */
  public static Seq<Point> group(Seq<Objective> objectives, Cycle cycle, ScoringPolicy policy,
      AggregationPolicy aggregation, Step step) {
    Args.require(objectives, "objectives").forEach(o -> Args.require(o, "objectives"));
    Args.require(policy, "policy");
    Args.require(aggregation, "aggregation");
    return series(cycle, step, objectives.flatMap(Objective::keyResults), asOf -> {
      Engine engine = new Engine(policy, asOf, false);
      return aggregation.aggregate(ScoreNode.group(objectives.map(o -> (ScoreNode) new ScoreNode.Group(
          o.keyResults().map(kr -> (ScoreNode) new ScoreNode.Leaf(engine.score(kr, cycle).progress(), kr.weight())),
          BigDecimal.ONE))));
    });
  }

  private static Seq<Point> series(Cycle cycle, Step step, Seq<KeyResult> keyResults,
      Function<Instant, Option<BigDecimal>> progressAt) {
    Args.require(cycle, "cycle");
    Args.require(step, "step");
    long count = (cycle.lengthInDays() + step.days() - 1) / step.days();
    if (count > MAX_POINTS) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of("cycle"),
          count + " " + step.name().toLowerCase(java.util.Locale.ROOT) + " points", "at most " + MAX_POINTS + " points")));
    }
    Option<Instant> first = keyResults.flatMap(kr -> kr.checkIns().headOption()).map(c -> c.instant())
        .minBy(Function.identity());
    int days = step.days();
    Vector<Point> points = Vector.empty();
    for (LocalDate d = cycle.start(); d.isBefore(cycle.end()); d = d.plusDays(days)) {
      LocalDate next = d.plusDays(days).isAfter(cycle.end()) ? cycle.end() : d.plusDays(days);
      Instant asOf = next.atStartOfDay(cycle.zone()).toInstant().minusNanos(1);
      boolean started = first.exists(f -> !f.isAfter(asOf));
      points = points.append(new Point(d, started ? progressAt.apply(asOf) : Option.none()));
    }
    return points;
  }
}
