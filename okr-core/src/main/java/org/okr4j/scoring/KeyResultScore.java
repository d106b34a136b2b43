package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.okr4j.model.Confidence;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;

/**
 * The score of one key result as of an instant: raw and reported progress, grade and colour band,
 * expected progress and status, confidence, forecast, and explanations of how each was derived.
 * "Not scored" is an explicit empty {@link #progress()}, never 0. The intermediate values are typed
 * too, not only inside the explanations: the {@link #current() current value} and the
 * {@link #target() resolved target} used, an aggregate key result's {@link #aggregate() value},
 * {@link #amounts() amounts done and to go}, {@link #levels() stretch levels} and
 * {@link #segments() segment fills}, a range key result's {@link #rangeDistance() distance outside
 * the range}, and the pace: {@link #paceRatio() actual / expected} and
 * {@link #gapPoints() the gap in percentage points}.
 *
 * <pre>{@code
 * KeyResultScore s = Scorer.scoreKeyResult(leads, q1, ScoringPolicy.defaults(), asOf);
 * s.progress();                      // Some(0.75)
 * s.explanation().equation();        // "0.75 = (2250 − 0) / (3000 − 0)"
 * }</pre>
 *
 * <p>Equality compares the results, not the inputs they were computed from. Explanations are built
 * on first request. Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = false, prehash = false)
public abstract class KeyResultScore {

  KeyResultScore() {}

  /**
   * Returns the key result's id.
   *
   * @return the id
   */
  public abstract KeyResultId id();

  /**
   * Returns the instant of evaluation; only check-ins at or before it were used.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the progress as computed by the metric's rule, before {@link ProgressPolicy#cap()}.
   *
   * @return the raw progress; empty when not scored
   */
  public abstract Option<BigDecimal> raw();

  /**
   * Returns the reported progress: {@link #raw()} within {@link ProgressPolicy#cap()}.
   *
   * @return the progress; empty when not scored
   */
  public abstract Option<BigDecimal> progress();

  /**
   * Returns the grade: the reported progress clamped to [0, 1] on {@link GradingPolicy#scale()}.
   *
   * @return the grade; empty when not scored
   */
  public abstract Option<BigDecimal> grade();

  /**
   * Returns the colour band of the grade.
   *
   * @return the band; empty when not scored or the scale has no bands
   */
  public abstract Option<Band> band();

  /**
   * Returns the progress expected at {@link #asOf()}.
   *
   * @return the expected progress, in [0, 1]
   */
  public abstract BigDecimal expected();

  /**
   * Returns the status: computed from progress against expected progress (final once the
   * window has closed), or set by the owner, as {@link StatusPolicy#source()} says.
   *
   * @return the status; {@link Status#NOT_SCORED} when there is nothing to judge
   */
  public abstract Status status();

  /**
   * Tells whether the key result is stale: never updated once the policy's share of its window has
   * passed, or without a check-in for longer than the policy allows.
   *
   * @return {@code true} if stale
   */
  public abstract boolean isStale();

  /**
   * Returns the instant of the latest check-in used.
   *
   * @return the instant, if any check-in was at or before {@link #asOf()}
   */
  public abstract Option<Instant> lastCheckIn();

  /**
   * Returns the owner's confidence: that of the latest check-in carrying one, else the policy's
   * initial confidence.
   *
   * @return the confidence, if any
   */
  public abstract Option<Confidence> confidence();

  /**
   * Returns the band of the confidence on {@link ConfidencePolicy#bands()}.
   *
   * @return the band, if there is a confidence and the scale has bands
   */
  public abstract Option<Band> confidenceBand();

  /**
   * Returns the forecast of progress at the end of the key result's window.
   *
   * @return the forecast
   */
  public abstract Forecast forecast();

  /**
   * Returns the problems found while scoring the key result: those that left it without a score
   * although it has check-ins, such as an {@code okr.scoring.undefined-progress} division by zero
   * or a target equal to its baseline, and a confidence label the policy does not know.
   *
   * @return the problems, paths relative to the key result (such as {@code /metric})
   */
  public abstract Seq<OkrError> problems();

  /**
   * Returns the current value the metric's rule used: the latest measurement of a linear,
   * threshold or range key result (the mean of its check-ins under
   * {@link ProgressPolicy.ControlMethod#MEAN_OF_CHECK_INS}), an aggregate key result's aggregate
   * value.
   *
   * @return the value; empty without a check-in, and for kinds without a single value (binary,
   *     milestones, recurring, ordinal)
   */
  public abstract Option<BigDecimal> current();

  /**
   * Returns the resolved target value the rule compared with: a linear key result's target
   * ("+50 %" from 2 000 000 is 3 000 000), a threshold, an aggregate's target, a recurring key
   * result's target per period.
   *
   * @return the target; empty for ranges, binary, milestone and ordinal key results
   */
  public abstract Option<BigDecimal> target();

  /**
   * Returns an aggregate key result's value: the mean of the items' rates, the pooled ratio or the
   * mean of per-period means, as {@link ProgressPolicy#aggregate()} says (articles at 4 % and 6 %
   * interaction: 5 %).
   *
   * @return the value; empty for other kinds and without items
   */
  public abstract Option<BigDecimal> aggregate();

  /**
   * Returns the amounts of a linear key result (or an aggregate one with a baseline) in its own
   * unit: current value, target, done, remaining and total ("2250 of 3000 done, 750 to go").
   *
   * @return the amounts; empty without a current value, and for other kinds
   */
  public abstract Option<Amounts> amounts();

  /**
   * Returns the commit, target and stretch levels a linear key result was scored against under a
   * {@link ProgressPolicy#stretch() stretch policy}.
   *
   * @return the levels, exact; empty without a stretch policy, for other kinds, or when they could
   *     not be derived
   */
  public abstract Option<StretchLevels> levels();

  /**
   * Returns the fill of each segment of a segmented progress bar: for a linear key result with
   * {@link #levels()} and a current value, or an ordinal key result with a zone.
   *
   * @return the fills; empty otherwise
   */
  public abstract Option<Segments> segments();

  /**
   * Returns how far a range key result's current value lies outside its range: 0 inside (bounds
   * included), {@code c − lower} (negative) below, {@code c − upper} (positive) above. "Between 4
   * and 5" at 3.5 is −0.5.
   *
   * @return the signed distance; empty for other kinds and without a value
   */
  public abstract Option<BigDecimal> rangeDistance();

  /**
   * Returns the pace as the ratio of actual to expected progress, {@code a / e}: 0.6 achieved when
   * 0.75 is expected is 0.8 (Oboard reads statuses from it).
   *
   * @return the ratio; empty when not scored or nothing is expected yet
   */
  public Option<BigDecimal> paceRatio() {
    return expected().signum() == 0 ? Option.none() : progress().map(a -> Decimals.div(a, expected()));
  }

  /**
   * Returns how far behind expectation the key result is, in percentage points: {@code (e − a) × 100},
   * positive when behind (Engagedly reads statuses from it). 0.6 achieved when 0.75 is expected is
   * 15 points behind.
   *
   * @return the gap; empty when not scored
   */
  public Option<BigDecimal> gapPoints() {
    return progress().map(a -> expected().subtract(a).movePointRight(2));
  }

  /**
   * Returns the key result scored.
   *
   * @return the key result
   */
  @Value.Auxiliary
  public abstract KeyResult keyResult();

  @Value.Auxiliary
  abstract Cycle cycle();

  @Value.Auxiliary
  abstract ScoringPolicy policy();

  /**
   * Returns the key result's weight in its objective's roll-up.
   *
   * @return the weight, ≥ 0
   */
  public BigDecimal weight() {
    return keyResult().weight();
  }

  /**
   * Tells whether the key result has a progress value.
   *
   * @return {@code true} unless not scored
   */
  public boolean isScored() {
    return progress().isDefined();
  }

  /**
   * Returns the zone the key result is in as of {@link #asOf()}: for an
   * {@link org.okr4j.model.OrdinalMetric ordinal} key result the zone of its latest check-in; for a
   * linear key result scored under a {@link ProgressPolicy#stretch() stretch policy} the zone of
   * its current value between its commit, target and stretch levels
   * ({@link StretchPolicy#zone}); otherwise none. Computed on first request.
   *
   * @return the zone, none if the key result has none (no check-in, or a kind without zones)
   */
  @Value.Lazy
  public Option<Zone> zone() {
    return Engine.zone(keyResult(), policy(), asOf());
  }

  @Value.Lazy
  Seq<Explanation> explanations() {
    return new Engine(policy(), asOf(), true).explain(keyResult(), cycle());
  }

  /**
   * Returns how the reported progress was derived: the rule, its inputs with the check-ins they
   * came from, and the cap.
   *
   * @return the explanation, labelled with the key result's id and title
   */
  public Explanation explanation() {
    return explanations().get(0);
  }

  /**
   * Returns how the status was derived: actual and expected progress and the rule applied.
   *
   * @return the explanation
   */
  public Explanation statusExplanation() {
    return explanations().get(1);
  }

  /**
   * Returns how the forecast was derived.
   *
   * @return the explanation
   */
  public Explanation forecastExplanation() {
    return explanations().get(2);
  }
}
