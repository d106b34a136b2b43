package org.okr4j.charts;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Bands;
import org.okr4j.scoring.Forecast;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.scoring.Series;
import org.okr4j.scoring.Status;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A burn-up chart of one key result or objective over its cycle, as of an instant: what the
 * scorer computes, drawn on one picture.
 * <ul>
 *   <li>the <b>actual</b> progress as a step line: each day holds the progress as of the end of
 *       that day ({@link Series.Step#DAY}, so the last check-in is carried across days without
 *       one), from the first check-in to the as-of instant, with a marker on each day that has a
 *       check-in; the day of the as-of instant holds the score as of that instant;</li>
 *   <li>the <b>expected</b> pace ({@link org.okr4j.scoring.ExpectedProgress} of the status policy;
 *       for an objective, the weight-averaged expectation of its key results) over the whole
 *       cycle;</li>
 *   <li>the <b>forecast</b> as a dashed line from the current progress to the scorer's forecast at
 *       the end of the window (the key result's due date, else the cycle's end);</li>
 *   <li>the grading policy's colour {@link Bands} as horizontal bands, each labelled, and a key
 *       result's commit, target and stretch levels as labelled lines when the policy scores it
 *       against them (a linear key result under a stretch policy, or an ordinal one);</li>
 *   <li>an "as of" marker, dates along the time axis and percentages along the progress axis.</li>
 * </ul>
 * Progress is drawn on a scale from 0 % (lower when progress falls below the baseline, down to
 * −100 %) to at least 100 %, up to 300 %; a value beyond the scale is drawn at its edge and keeps
 * its number in the labels and the description.
 *
 * <pre>{@code
 * BurnUpChart chart = BurnUpChart.keyResult(kr, cycle, ScoringPolicy.defaults(), Instant.parse("2026-03-01T00:00:00Z"));
 * Files.writeString(Path.of("burn-up.svg"), chart.toSvg());
 * }</pre>
 *
 * <p>Through an alignment graph ({@link #objective(GraphScorecard, ObjectiveId)}), progress is the
 * graph's roll-up, computed day by day with {@link GraphScorecard#evaluate(org.okr4j.alignment.AlignmentGraph,
 * ScoringPolicy, Instant, GraphScorecard.Cascade)}: the cost is one evaluation of the graph per day
 * of the cycle up to the as-of instant.
 *
 * <p>Immutable and thread-safe.
 */
public final class BurnUpChart implements Chart {

  /** What a chart is of. */
  public enum Subject {
    /** A key result. */
    KEY_RESULT,
    /** An objective. */
    OBJECTIVE
  }

  /**
   * A point of a line: from {@code at}, the progress {@code progress}. A plain result, as okr4j's
   * records are: it checks nothing, and a chart never holds one with a {@code null} part. Immutable
   * and thread-safe.
   *
   * @param at the instant
   * @param progress the progress, empty where the line is broken (not scored)
   */
  public record Point(Instant at, Option<BigDecimal> progress) {}

  /**
   * A labelled level drawn across the chart, such as a key result's commit level. A plain result:
   * it checks nothing, and a chart never holds one with a {@code null} part. Immutable and
   * thread-safe.
   *
   * @param label the name, such as {@code commit}
   * @param progress the progress the level stands for
   */
  public record Level(String label, BigDecimal progress) {}

  private final Subject subject;
  private final String id;
  private final String title;
  private final Cycle cycle;
  private final Instant asOf;
  private final Vector<Point> actual;
  private final Vector<Point> checkIns;
  private final Option<BigDecimal> current;
  private final BigDecimal expectedNow;
  private final Vector<Point> expected;
  private final Forecast forecast;
  private final Instant forecastEnd;
  private final Bands bands;
  private final Vector<Level> levels;
  private final Option<Band> band;
  private final Status status;

  private BurnUpChart(Timeline.Data data) {
    this.subject = data.subject();
    this.id = data.id();
    this.title = data.title();
    this.cycle = data.cycle();
    this.asOf = data.asOf();
    this.actual = data.actual();
    this.checkIns = data.checkIns();
    this.current = data.current();
    this.expectedNow = data.expectedNow();
    this.expected = data.expected();
    this.forecast = data.forecast();
    this.forecastEnd = data.forecastEnd();
    this.bands = data.bands();
    this.levels = data.levels();
    this.band = data.band();
    this.status = data.status();
  }

  static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of(name))));
    }
    return value;
  }

  /**
   * Draws a key result's burn-up from its own check-ins, scored under {@code policy}.
   *
   * @param keyResult the key result
   * @param cycle its objective's cycle
   * @param policy the scoring rules
   * @param asOf the instant of evaluation: only check-ins at or before it are drawn
   * @return the chart
   * @throws OkrException if an argument is missing
   */
  public static BurnUpChart keyResult(KeyResult keyResult, Cycle cycle, ScoringPolicy policy, Instant asOf) {
    require(keyResult, "keyResult");
    require(cycle, "cycle");
    require(policy, "policy");
    require(asOf, "asOf");
    KeyResultScore score = Scorer.scoreKeyResult(keyResult, cycle, policy, asOf);
    Seq<Series.Point> series = Series.keyResult(keyResult, cycle, policy, Series.Step.DAY);
    Seq<Instant> checkIns = Timeline.checkIns(List.of(keyResult));
    return new BurnUpChart(Timeline.keyResult(keyResult, cycle, policy, score, Timeline.daily(cycle, series),
        checkIns, checkIns));
  }

  /**
   * Draws an objective's burn-up from its own key results, scored under {@code policy} (without an
   * alignment graph, so aligned children do not count).
   *
   * @param objective the objective
   * @param cycle its cycle
   * @param policy the scoring rules
   * @param asOf the instant of evaluation: only check-ins at or before it are drawn
   * @return the chart
   * @throws OkrException if an argument is missing
   */
  public static BurnUpChart objective(Objective objective, Cycle cycle, ScoringPolicy policy, Instant asOf) {
    require(objective, "objective");
    require(cycle, "cycle");
    require(policy, "policy");
    require(asOf, "asOf");
    ObjectiveScore score = Scorer.scoreObjective(objective, cycle, policy, asOf);
    Seq<Series.Point> series = Series.objective(objective, cycle, policy, Series.Step.DAY);
    Seq<Instant> checkIns = Timeline.checkIns(objective.keyResults());
    return new BurnUpChart(Timeline.objective(objective, cycle, policy, score, Timeline.daily(cycle, series),
        checkIns, checkIns));
  }

  /**
   * Draws an objective's burn-up as the alignment graph rolls it up: each day's progress is the
   * objective's score in the graph evaluated as of the end of that day, with the scorecard's policy
   * and cascade; check-in markers are those of its key results and of every key result below it.
   *
   * @param scores the graph's scorecard, whose {@link GraphScorecard#asOf()} is the chart's
   * @param objective the objective's id
   * @return the chart, or empty if the objective is not in the graph
   * @throws OkrException if an argument is missing
   */
  public static Option<BurnUpChart> objective(GraphScorecard scores, ObjectiveId objective) {
    require(scores, "scores");
    require(objective, "objective");
    return new GraphDays(scores).objective(objective).map(BurnUpChart::new);
  }

  /**
   * Draws a key result's burn-up as the alignment graph scores it (which differs from its own
   * check-ins only under a key-result {@link GraphScorecard.Cascade cascade}).
   *
   * @param scores the graph's scorecard, whose {@link GraphScorecard#asOf()} is the chart's
   * @param keyResult the key result's id
   * @return the chart, or empty if the key result is not in the graph
   * @throws OkrException if an argument is missing
   */
  public static Option<BurnUpChart> keyResult(GraphScorecard scores, KeyResultId keyResult) {
    require(scores, "scores");
    require(keyResult, "keyResult");
    return new GraphDays(scores).keyResult(keyResult).map(BurnUpChart::new);
  }

  /** Builds a chart from data computed elsewhere in this package. */
  static BurnUpChart of(Timeline.Data data) {
    return new BurnUpChart(data);
  }

  /**
   * Returns what the chart is of.
   *
   * @return key result or objective
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the id of the key result or objective.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * Returns the cycle along the time axis.
   *
   * @return the cycle
   */
  public Cycle cycle() {
    return cycle;
  }

  /**
   * Returns the instant of evaluation.
   *
   * @return the as-of instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the vertices of the actual step line: each point holds its progress from its instant
   * (the start of a day in the cycle's zone) until the next point, and the last one until the
   * as-of instant (or the cycle's end, if earlier). A point without progress breaks the line.
   *
   * @return the points, oldest first; empty before the first check-in
   */
  public Seq<Point> actual() {
    return actual;
  }

  /**
   * Returns the check-in markers: one per day with a check-in at or before the as-of instant, at the
   * start of that day, with the progress the line holds that day.
   *
   * @return the markers, oldest first
   */
  public Seq<Point> checkIns() {
    return checkIns;
  }

  /**
   * Returns the progress as of the as-of instant, as the scorer reports it.
   *
   * @return the progress; empty when not scored
   */
  public Option<BigDecimal> current() {
    return current;
  }

  /**
   * Returns the vertices of the expected pace line over the whole cycle (the daily expectation,
   * with points on a straight stretch left out).
   *
   * @return the points, oldest first, each with a progress
   */
  public Seq<Point> expected() {
    return expected;
  }

  /**
   * Returns the forecast the scorer made as of the as-of instant.
   *
   * @return the forecast
   */
  public Forecast forecast() {
    return forecast;
  }

  /**
   * Returns the instant the forecast is for: the end of the key result's window (the day after its
   * due date, or the cycle's end), or the cycle's end for an objective.
   *
   * @return the instant
   */
  public Instant forecastEnd() {
    return forecastEnd;
  }

  /**
   * Returns the colour bands drawn behind the lines: the grading policy's.
   *
   * @return the bands
   */
  public Bands bands() {
    return bands;
  }

  /**
   * Returns the labelled levels drawn across the chart, such as commit, target and stretch.
   *
   * @return the levels, lowest first; empty when the key result has none
   */
  public Seq<Level> levels() {
    return levels;
  }

  /**
   * Returns the band of the current grade.
   *
   * @return the band, if scored and the scale has bands
   */
  public Option<Band> band() {
    return band;
  }

  /**
   * Returns the status as of the as-of instant.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the progress expected as of the as-of instant.
   *
   * @return the expected progress
   */
  public BigDecimal expectedNow() {
    return expectedNow;
  }

  @Override
  public String description() {
    return BurnUpText.description(this);
  }

  @Override
  public int height() {
    return BurnUpLayout.of(this).height();
  }

  @Override
  public String toSvg() {
    return BurnUpSvg.render(this, BurnUpLayout.of(this));
  }

  /**
   * Tells whether {@code other} is a chart of the same subject with the same lines, levels, bands
   * and scores.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof BurnUpChart c && subject == c.subject && id.equals(c.id)
        && title.equals(c.title) && cycle.equals(c.cycle) && asOf.equals(c.asOf) && actual.equals(c.actual)
        && checkIns.equals(c.checkIns) && current.equals(c.current) && expectedNow.equals(c.expectedNow)
        && expected.equals(c.expected) && forecast.equals(c.forecast) && forecastEnd.equals(c.forecastEnd)
        && bands.equals(c.bands) && levels.equals(c.levels) && band.equals(c.band) && status == c.status;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(subject, id, asOf, actual, current, forecast);
  }

  /**
   * Returns a summary such as {@code BurnUpChart[key result kr-leads as of 2026-03-01T00:00:00Z]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "BurnUpChart[" + Format.words(subject) + " " + id + " as of " + asOf + "]";
  }

  /** The day a cycle instant falls on, in the cycle's zone. */
  static LocalDate day(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }
}
