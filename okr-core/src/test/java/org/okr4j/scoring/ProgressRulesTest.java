package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.done;
import static org.okr4j.scoring.Fixtures.item;
import static org.okr4j.scoring.Fixtures.items;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.milestones;
import static org.okr4j.scoring.Fixtures.period;
import static org.okr4j.scoring.Fixtures.progress;
import static org.okr4j.scoring.Fixtures.score;
import static org.okr4j.scoring.Fixtures.withProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

/** Key-result progress rules of docs/conventions.md §1 beyond the worked examples; numbers worked by hand. */
class ProgressRulesTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

  private static BigDecimal four(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_EVEN);
  }

  private static ScoringPolicy policy(java.util.function.UnaryOperator<ProgressPolicy> change) {
    return withProgress(DEFAULTS, change);
  }

  private static ScoringPolicy recurring(ProgressPolicy.RecurringAggregation how, ProgressPolicy.PeriodBasis basis) {
    return policy(p -> p.withRecurring(how).withPeriodBasis(basis));
  }

  // ---------------------------------------------------------------- recurring (§1.10)

  private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);

  /** 15 articles every month over Q1: January 15 (met), February 12; March has no check-in. */
  private static KeyResult articles() {
    return kr("articles", RecurringMetric.of(Unit.custom("articles"), Period.MONTH, d("15")),
        period(30, JAN, "15"), period(45, FEB, "12"));
  }

  @Test
  void recurringShareOfPlannedPeriodsMet() {
    // 1 of 3 planned months met
    KeyResultScore s = score(articles(), DEFAULTS);
    assertThat(four(s.progress().get())).isEqualByComparingTo("0.3333");
    assertThat(s.explanation().equation()).isEqualTo("0.3333 = 1 / 3");
    assertThat(s.explanation().render()).contains("month 1 from 2026-01-01: 15  [met (≥ 15)]",
        "month 2 from 2026-02-01: 12  [not met (< 15)]");
  }

  @Test
  void recurringCumulative() {
    // (15 + 12) / (3·15) = 27 / 45 = 0.6
    KeyResultScore s = score(articles(), recurring(ProgressPolicy.RecurringAggregation.CUMULATIVE,
        ProgressPolicy.PeriodBasis.PLANNED));
    assertThat(s.progress().get()).isEqualByComparingTo("0.6");
    assertThat(s.explanation().equation()).isEqualTo("0.6 = (15 + 12) / (3·15)");
  }

  @Test
  void recurringMeanOfCappedRatios() {
    // (min(1, 15/15) + min(1, 12/15) + 0) / 3 = (1 + 0.8) / 3 = 0.6
    KeyResultScore s = score(articles(), recurring(ProgressPolicy.RecurringAggregation.MEAN_OF_CAPPED_RATIOS,
        ProgressPolicy.PeriodBasis.PLANNED));
    assertThat(s.progress().get()).isEqualByComparingTo("0.6");
    assertThat(s.explanation().equation()).isEqualTo("0.6 = (1 + 0.8) / 3");
  }

  @Test
  void recurringSurplusOffsetsOnlyWhenCumulative() {
    // January 20, February 10: cumulative 30 / 45 = 0.6667; capped (1 + 0.6667) / 3 = 0.5556; share 1 / 3
    KeyResult kr = kr("articles", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("15")),
        period(30, JAN, "20"), period(45, FEB, "10"));
    PeriodsCase.check(kr, "0.3333", "0.6667", "0.5556");
  }

  private static final class PeriodsCase {
    static void check(KeyResult kr, String share, String cumulative, String capped) {
      assertThat(four(progress(kr, recurring(ProgressPolicy.RecurringAggregation.SHARE_OF_PERIODS_MET,
          ProgressPolicy.PeriodBasis.PLANNED)))).isEqualByComparingTo(share);
      assertThat(four(progress(kr, recurring(ProgressPolicy.RecurringAggregation.CUMULATIVE,
          ProgressPolicy.PeriodBasis.PLANNED)))).isEqualByComparingTo(cumulative);
      assertThat(four(progress(kr, recurring(ProgressPolicy.RecurringAggregation.MEAN_OF_CAPPED_RATIOS,
          ProgressPolicy.PeriodBasis.PLANNED)))).isEqualByComparingTo(capped);
    }
  }

  @Test
  void recurringOverStartedPeriods() {
    // as of Feb 15 two months have started: January 15 (met), February 8 so far
    KeyResult kr = kr("articles", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("15")),
        period(30, JAN, "15"), period(44, FEB, "8"));
    Instant feb15 = day(45);
    ScoringPolicy share = recurring(ProgressPolicy.RecurringAggregation.SHARE_OF_PERIODS_MET, ProgressPolicy.PeriodBasis.STARTED);
    ScoringPolicy cumulative = recurring(ProgressPolicy.RecurringAggregation.CUMULATIVE, ProgressPolicy.PeriodBasis.STARTED);
    ScoringPolicy capped = recurring(ProgressPolicy.RecurringAggregation.MEAN_OF_CAPPED_RATIOS, ProgressPolicy.PeriodBasis.STARTED);
    // 1 / 2; (15 + 8) / 30 = 0.7667; (1 + 8/15) / 2 = 0.7667
    assertThat(Scorer.scoreKeyResult(kr, Q1, share, feb15).progress().get()).isEqualByComparingTo("0.5");
    assertThat(four(Scorer.scoreKeyResult(kr, Q1, cumulative, feb15).progress().get())).isEqualByComparingTo("0.7667");
    assertThat(four(Scorer.scoreKeyResult(kr, Q1, capped, feb15).progress().get())).isEqualByComparingTo("0.7667");
    // after the cycle every planned period counts: 1 / 3
    assertThat(four(Scorer.scoreKeyResult(kr, Q1, share, AFTER).progress().get())).isEqualByComparingTo("0.3333");
    assertThat(Scorer.scoreKeyResult(kr, Q1, share, feb15).explanation().render())
        .contains("periods counted N: 2  [periods started by 2026-02-15T00:00:00Z");
  }

  @Test
  void recurringOverElapsedPeriodsCountsOnlyEndedOnes() {
    // as of Feb 15 one month has ended: January, 15 of 15; February's 8 waits until February ends
    KeyResult kr = kr("articles", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("15")),
        period(30, JAN, "15"), period(44, FEB, "8"));
    Instant feb15 = day(45);
    ScoringPolicy share = recurring(ProgressPolicy.RecurringAggregation.SHARE_OF_PERIODS_MET, ProgressPolicy.PeriodBasis.ELAPSED);
    ScoringPolicy cumulative = recurring(ProgressPolicy.RecurringAggregation.CUMULATIVE, ProgressPolicy.PeriodBasis.ELAPSED);
    // 1 / 1; 15 / 15
    assertThat(Scorer.scoreKeyResult(kr, Q1, share, feb15).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(kr, Q1, cumulative, feb15).progress().get()).isEqualByComparingTo("1");
    // March 1 at midnight: February has just ended (a period ending at the instant counts): 1 / 2; (15 + 8) / 30
    Instant mar1 = day(59);
    assertThat(Scorer.scoreKeyResult(kr, Q1, share, mar1).progress().get()).isEqualByComparingTo("0.5");
    assertThat(four(Scorer.scoreKeyResult(kr, Q1, cumulative, mar1).progress().get())).isEqualByComparingTo("0.7667");
    assertThat(Scorer.scoreKeyResult(kr, Q1, share, feb15).explanation().render())
        .contains("periods counted N: 1  [periods ended by 2026-02-15T00:00:00Z");
  }

  @Test
  void recurringLaterCheckInReplacesEarlierOfSamePeriod() {
    KeyResult kr = kr("articles", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("15")),
        period(40, FEB, "12"), period(50, FEB, "16"));
    // February met once the second check-in is known: 1 / 3
    assertThat(four(progress(kr, DEFAULTS))).isEqualByComparingTo("0.3333");
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(45)).progress().get()).isEqualByComparingTo("0");
  }

  @Test
  void recurringBeforeAnyStartedOrEndedPeriodIsNotScored() {
    // a check-in recorded before the cycle for its first period; started periods as of then: none
    KeyResult kr = kr("survey", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("1")), period(-2, JAN, "1"));
    ScoringPolicy started = recurring(ProgressPolicy.RecurringAggregation.SHARE_OF_PERIODS_MET, ProgressPolicy.PeriodBasis.STARTED);
    KeyResultScore s = Scorer.scoreKeyResult(kr, Q1, started, day(-1));
    assertThat(s.progress().isEmpty()).isTrue();
    assertThat(s.explanation().rule()).startsWith("not scored: no period has started");
    assertThat(Scorer.scoreKeyResult(kr, Q1, started, day(1)).progress().get()).isEqualByComparingTo("1");
    // January has started on day 1 but not ended: no elapsed period yet
    ScoringPolicy elapsed = recurring(ProgressPolicy.RecurringAggregation.SHARE_OF_PERIODS_MET, ProgressPolicy.PeriodBasis.ELAPSED);
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, day(1)).explanation().rule())
        .startsWith("not scored: no period has ended");
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, day(0)).progress()).isEmpty();
  }

  @Test
  void recurringWithoutCheckInIsNotScored() {
    KeyResult kr = kr("survey", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("1")));
    assertThat(score(kr, DEFAULTS).progress().isEmpty()).isTrue();
    assertThat(progress(kr, ScoringPolicy.oslo())).isEqualByComparingTo("0");
  }

  // ---------------------------------------------------------------- aggregates (§1.11)

  /** Three articles: 3 %, 9 % and 1 %; the first two reported in week 1, the third in week 3. */
  private static KeyResult interaction(AggregateMetric metric) {
    return kr("interaction", metric, items(2, item("a1", "3", "100"), item("a2", "9", "100")),
        items(16, item("a3", "2", "200")));
  }

  private static final AggregateMetric AT_LEAST_5 = AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, d("5"));

  private static ScoringPolicy aggregate(ProgressPolicy.AggregateMethod method) {
    return policy(p -> p.withAggregate(method));
  }

  @Test
  void aggregateMeanOfRatesAsThreshold() {
    // mean of rates (3 + 9 + 1) / 3 = 4.3333 < 5 → 0
    KeyResultScore s = score(interaction(AT_LEAST_5), DEFAULTS);
    assertThat(s.progress().get()).isEqualByComparingTo("0");
    assertThat(s.explanation().render()).contains("aggregate a: 4.3333 = 13 / 3",
        "item a1: 3 = 3 / 100 × 100", "item a3: 1 = 2 / 200 × 100");
  }

  @Test
  void aggregateByDistance() {
    // 4.3333 / 5 = 0.8667
    ScoringPolicy distance = policy(p -> p.withControlGrading(ProgressPolicy.ControlGrading.DISTANCE));
    assertThat(four(progress(interaction(AT_LEAST_5), distance))).isEqualByComparingTo("0.8667");
  }

  @Test
  void aggregatePooledRatio() {
    // (3 + 9 + 2) / (100 + 100 + 200) × 100 = 3.5 %; from baseline 2 to 5: (3.5 − 2) / 3 = 0.5
    AggregateMetric graded = AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, d("5"), d("2")).get();
    KeyResultScore s = score(interaction(graded), aggregate(ProgressPolicy.AggregateMethod.POOLED_RATIO));
    assertThat(s.progress().get()).isEqualByComparingTo("0.5");
    assertThat(s.explanation().render()).contains("aggregate a: 3.5 = 14 / 400 × 100");
    // mean of rates from the baseline: (4.3333 − 2) / 3 = 0.7778
    assertThat(four(progress(interaction(graded), DEFAULTS))).isEqualByComparingTo("0.7778");
  }

  @Test
  void aggregateMeanOfPeriodMeans() {
    // week 1: (3 + 9) / 2 = 6; week 3: 1; (6 + 1) / 2 = 3.5; against baseline 2 → 0.5
    AggregateMetric graded = AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, d("5"), d("2")).get();
    KeyResultScore s = score(interaction(graded), aggregate(ProgressPolicy.AggregateMethod.MEAN_OF_PERIOD_MEANS));
    assertThat(s.progress().get()).isEqualByComparingTo("0.5");
    assertThat(s.explanation().render()).contains("aggregate a: 3.5 = (6 + 1) / 2");
  }

  @Test
  void aggregateLaterItemReplacesEarlier() {
    // a1 re-reported at 6 %: (6 + 9 + 1) / 3 = 5.3333 ≥ 5 → 1
    KeyResult kr = kr("interaction", AT_LEAST_5, items(2, item("a1", "3", "100"), item("a2", "9", "100")),
        items(16, item("a3", "2", "200")), items(20, item("a1", "6", "100")));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1");
  }

  @Test
  void aggregateDecreasingFromBaselineAndPlainNumbers() {
    // cost per lead, number unit: items 30/2 = 15 and 50/5 = 10 → mean 12.5; from 20 down to 10: 0.75
    AggregateMetric cost = AggregateMetric.validate(Unit.NUMBER, Comparison.AT_MOST, d("10"), d("20")).get();
    KeyResult kr = kr("cpl", cost, items(5, item("c1", "30", "2"), item("c2", "50", "5")));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.75");
  }

  @Test
  void aggregateCheckInsBeforeTheCycleFallInItsFirstPeriod() {
    AggregateMetric graded = AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, d("5"), d("2")).get();
    KeyResult kr = kr("interaction", graded, items(-3, item("a1", "3", "100")), items(2, item("a2", "5", "100")));
    // one period: (3 + 5) / 2 = 4 → (4 − 2) / 3 = 0.6667
    assertThat(four(progress(kr, aggregate(ProgressPolicy.AggregateMethod.MEAN_OF_PERIOD_MEANS))))
        .isEqualByComparingTo("0.6667");
  }

  @Test
  void aggregateWithEmptyCheckInIsNotScored() {
    KeyResult kr = kr("interaction", AT_LEAST_5, items(2));
    assertThat(score(kr, DEFAULTS).progress().isEmpty()).isTrue();
  }

  // ---------------------------------------------------------------- linear variants (§1.1–1.2)

  @Test
  void ratioToTargetAscending() {
    // feedback4e: t = 20, c = 16 → 0.8, c = 22 → 1.1
    ScoringPolicy ratio = policy(p -> p.withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET));
    LinearMetric m = LinearMetric.of(Unit.NUMBER, d("5"), Target.absolute(d("20")));
    assertThat(progress(kr("x", m, measure(5, "16")), ratio)).isEqualByComparingTo("0.8");
    assertThat(progress(kr("x", m, measure(5, "22")), ratio)).isEqualByComparingTo("1.1");
    assertThat(score(kr("x", m, measure(5, "22")), ratio).explanation().equation()).isEqualTo("1.1 = 22 / 20");
  }

  @Test
  void ratioToTargetDescending() {
    // feedback4e: t = 15, c = 16 → 0.9375, c = 8 → 1.875
    ScoringPolicy ratio = policy(p -> p.withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET));
    LinearMetric m = LinearMetric.of(Unit.NUMBER, d("30"), Target.absolute(d("15")));
    assertThat(progress(kr("x", m, measure(5, "16")), ratio)).isEqualByComparingTo("0.9375");
    assertThat(progress(kr("x", m, measure(5, "8")), ratio)).isEqualByComparingTo("1.875");
  }

  @Test
  void ratioToTargetUndefinedAtZero() {
    ScoringPolicy ratio = policy(p -> p.withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET));
    KeyResultScore down = score(kr("x", LinearMetric.of(Unit.NUMBER, d("30"), Target.absolute(d("15"))),
        measure(5, "0")), ratio);
    assertThat(down.progress().isEmpty()).isTrue();
    assertThat(down.status()).isEqualTo(Status.NOT_SCORED);
    assertThat(down.problems().map(e -> e.code() + " " + e.path())).containsExactly("okr.scoring.undefined-progress /metric");
    assertThat(down.problems().head().message(java.util.Locale.ENGLISH)).isEqualTo("has no defined progress: t / c, c = 0 divides by zero");
    assertThat(down.explanation().rule()).isEqualTo("not scored: division by zero");
    KeyResultScore up = score(kr("x", LinearMetric.of(Unit.NUMBER, d("-5"), Target.absolute(d("0"))),
        measure(5, "3")), ratio);
    assertThat(up.problems().head()).hasToString(
        "okr.scoring.undefined-progress at /metric: has no defined progress: c / t, t = 0 divides by zero");
  }

  @Test
  void linearExplainsHowTheTargetWasStated() {
    KeyResultScore pp = score(kr("x", LinearMetric.of(Unit.PERCENT, d("10"), Target.points(d("2"))), measure(5, "11")), DEFAULTS);
    assertThat(pp.explanation().render()).contains("target t: 12  [b + 2 percentage points]");
    KeyResultScore rel = score(kr("x", LinearMetric.of(Unit.NUMBER, d("10"), Target.relative(d("0.5"))), measure(5, "11")), DEFAULTS);
    assertThat(rel.explanation().render()).contains("target t: 15  [b × (1 + 0.5)]");
  }

  // ---------------------------------------------------------------- control key results (§1.4–1.5)

  @Test
  void thresholdShareOfWeeksMet() {
    // at most 25 weekly over Q1's 13 weeks (planned): weeks 1 and 3 met, week 2 not → 2 / 13
    KeyResult kr = kr("churn", ThresholdMetric.of(Unit.PERCENT, Comparison.AT_MOST, d("25")),
        measure(1, "24"), measure(8, "26"), measure(15, "25"));
    ScoringPolicy share = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET));
    KeyResultScore s = Scorer.scoreKeyResult(kr, Q1, share, day(20));
    assertThat(s.progress().get()).isEqualByComparingTo(d("2").divide(d("13"), org.okr4j.internal.Numbers.MATH));
    assertThat(s.explanation().render()).contains("week 2 from 2026-01-08: 26  [not met]");
    // started: 3 weeks have started by day 20 → 2 / 3
    ScoringPolicy started = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
        .withPeriodBasis(ProgressPolicy.PeriodBasis.STARTED));
    assertThat(four(Scorer.scoreKeyResult(kr, Q1, started, day(20)).progress().get())).isEqualByComparingTo("0.6667");
    // elapsed (ended): weeks 1 and 2 by day 20, week 3 still running and not counted → 1 / 2
    ScoringPolicy elapsed = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
        .withPeriodBasis(ProgressPolicy.PeriodBasis.ELAPSED));
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, day(20)).progress().get()).isEqualByComparingTo("0.5");
    // after the cycle: all 13 either way
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, AFTER).progress().get())
        .isEqualByComparingTo(d("2").divide(d("13"), org.okr4j.internal.Numbers.MATH));
    assertThat(Scorer.scoreKeyResult(kr, Q1, started, AFTER).progress().get())
        .isEqualByComparingTo(d("2").divide(d("13"), org.okr4j.internal.Numbers.MATH));
    // before the cycle nothing has started
    KeyResult early = kr("churn", ThresholdMetric.of(Unit.PERCENT, Comparison.AT_MOST, d("25")), measure(-3, "20"));
    assertThat(Scorer.scoreKeyResult(early, Q1, started, day(-1)).progress().isEmpty()).isTrue();
    // check-ins outside the cycle are not in any period
    assertThat(Scorer.scoreKeyResult(early, Q1, share, AFTER).progress().get()).isEqualByComparingTo("0");
  }

  @Test
  void controlWithoutCheckIn() {
    ScoringPolicy share = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET));
    ScoringPolicy mean = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS));
    KeyResult threshold = kr("t", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("1")));
    KeyResult range = kr("r", RangeMetric.of(Unit.NUMBER, d("1"), d("2")));
    for (ScoringPolicy p : java.util.List.of(DEFAULTS, share, mean)) {
      assertThat(score(threshold, p).progress().isEmpty()).isTrue();
      assertThat(score(range, p).progress().isEmpty()).isTrue();
    }
  }

  @Test
  void rangeLatestMeanAndStrict() {
    KeyResult kr = kr("tickets", RangeMetric.of(Unit.NUMBER, d("4"), d("5")), measure(3, "5"), measure(10, "6"));
    // latest 6 is outside [4, 5]
    KeyResultScore latest = score(kr, DEFAULTS);
    assertThat(latest.progress().get()).isEqualByComparingTo("0");
    assertThat(latest.explanation().equation()).isEqualTo("0 = 4 ≤ 6 ≤ 5 fails");
    // mean 5.5 outside too; at day 5 only 5 is known: inside, unless strict
    ScoringPolicy mean = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS));
    assertThat(progress(kr, mean)).isEqualByComparingTo("0");
    assertThat(Scorer.scoreKeyResult(kr, Q1, mean, day(5)).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(kr, Q1, mean, day(5)).explanation().render()).contains("mean of check-ins c: 5 = 5 / 1");
    ScoringPolicy strict = policy(p -> p.withThresholdEquality(ProgressPolicy.ThresholdEquality.STRICT));
    assertThat(Scorer.scoreKeyResult(kr, Q1, strict, day(5)).progress().get()).isEqualByComparingTo("0");
    assertThat(Scorer.scoreKeyResult(kr, Q1, strict, day(5)).explanation().equation()).isEqualTo("0 = 4 < 5 < 5 fails");
    // distance grading does not apply to ranges: met or not
    ScoringPolicy distance = policy(p -> p.withControlGrading(ProgressPolicy.ControlGrading.DISTANCE));
    assertThat(Scorer.scoreKeyResult(kr, Q1, distance, day(5)).progress().get()).isEqualByComparingTo("1");
  }

  @Test
  void rangeShareOfWeeks() {
    KeyResult kr = kr("tickets", RangeMetric.of(Unit.NUMBER, d("4"), d("5")), measure(1, "4.5"), measure(8, "7"));
    ScoringPolicy share = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
        .withPeriodBasis(ProgressPolicy.PeriodBasis.STARTED));
    // weeks 1 and 2 started by day 10: one in range → 0.5
    assertThat(Scorer.scoreKeyResult(kr, Q1, share, day(10)).progress().get()).isEqualByComparingTo("0.5");
    // ended by day 10: week 1 only (4.5, in range) → 1; by day 14 weeks 1 and 2 → 0.5
    ScoringPolicy ended = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
        .withPeriodBasis(ProgressPolicy.PeriodBasis.ELAPSED));
    assertThat(Scorer.scoreKeyResult(kr, Q1, ended, day(10)).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(kr, Q1, ended, day(14)).progress().get()).isEqualByComparingTo("0.5");
  }

  @Test
  void thresholdMeanExplained() {
    KeyResult kr = kr("spend", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("10")),
        measure(3, "8"), measure(10, "14"));
    ScoringPolicy mean = policy(p -> p.withControlMethod(ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS));
    // mean (8 + 14) / 2 = 11 ≥ 10 → 1
    KeyResultScore s = score(kr, mean);
    assertThat(s.progress().get()).isEqualByComparingTo("1");
    assertThat(s.explanation().render()).contains("mean of check-ins c: 11 = (8 + 14) / 2", "11 ≥ 10 holds");
  }

  @Test
  void distanceUndefinedForZeroThreshold() {
    ScoringPolicy distance = policy(p -> p.withControlGrading(ProgressPolicy.ControlGrading.DISTANCE));
    KeyResultScore up = score(kr("x", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("0")), measure(3, "2")), distance);
    assertThat(up.progress().isEmpty()).isTrue();
    assertThat(up.problems().head().arguments()).containsExactly("1 + (a − t) / |t|, t = 0");
    KeyResultScore down = score(kr("x", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_MOST, d("0")), measure(3, "2")), distance);
    assertThat(down.problems().head().arguments()).containsExactly("1 + (t − a) / |t|, t = 0");
    // a negative threshold: at least −4, a = −2 → 1 + 2 / 4 = 1.5; at most −4, a = −2 → 1 − 2 / 4 = 0.5
    KeyResultScore negUp = score(kr("x", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("-4")), measure(3, "-2")), distance);
    assertThat(negUp.progress().get()).isEqualByComparingTo("1.5");
    assertThat(negUp.explanation().equation()).isEqualTo("1.5 = 1 + (-2 − -4) / 4");
    KeyResultScore negDown = score(kr("x", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_MOST, d("-4")), measure(3, "-2")), distance);
    assertThat(negDown.progress().get()).isEqualByComparingTo("0.5");
    assertThat(negDown.explanation().rule()).isEqualTo("distance from target: 1 + (t − a) / |t|");
    assertThat(score(kr("x", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("4")), measure(3, "2")), distance)
        .explanation().equation()).isEqualTo("0.5 = 2 / 4");
  }

  // ---------------------------------------------------------------- binary and milestones (§1.6–1.7)

  @Test
  void binaryLatestCompletion() {
    KeyResult kr = kr("portal", BinaryMetric.INSTANCE, done(10, false), done(40, true));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(20)).progress().get()).isEqualByComparingTo("0");
    assertThat(score(kr, DEFAULTS).explanation().equation()).isEqualTo("1 = done");
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(20)).explanation().equation()).isEqualTo("0 = not done");
    assertThat(score(kr("p", BinaryMetric.INSTANCE), DEFAULTS).progress().isEmpty()).isTrue();
  }

  @Test
  void milestonesExplainedAndNoneDone() {
    MilestoneMetric m = MilestoneMetric.of(Milestone.of("a", "Brief", d("2")), Milestone.of("b", "Launch", d("3")));
    KeyResult kr = kr("launch", m, milestones(10), milestones(20, "b"));
    assertThat(progress(kr, DEFAULTS)).isEqualByComparingTo("0.6");
    assertThat(score(kr, DEFAULTS).explanation().render()).contains("0.6 = 3 / 5",
        "milestone a (Brief): 2  [not done, weight 2]", "milestone b (Launch): 3  [done, weight 3]");
    KeyResultScore none = Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(15));
    assertThat(none.progress().get()).isEqualByComparingTo("0");
    assertThat(none.explanation().equation()).isEqualTo("0 = 0 / 5");
    assertThat(score(kr("launch", m), DEFAULTS).progress().isEmpty()).isTrue();
  }

  // ---------------------------------------------------------------- as-of evaluation

  @Test
  void onlyCheckInsAtOrBeforeTheInstantCount() {
    KeyResult kr = kr("leads", LinearMetric.count(3000), measure(10, "1000"), measure(20, "2000"));
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(10)).progress().get())
        .isEqualByComparingTo(d("1000").divide(d("3000"), org.okr4j.internal.Numbers.MATH));
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(19)).lastCheckIn().get()).isEqualTo(day(10));
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(9)).progress().isEmpty()).isTrue();
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, day(9)).explanation().rule())
        .isEqualTo("not scored: no check-in at or before 2026-01-10T00:00:00Z");
  }

  @Test
  void lateCheckInInsideTheCycleStillCounts() {
    // recorded after the cycle closed, for its last day
    KeyResult kr = kr("leads", LinearMetric.count(3000), measure(10, "1000"), measure(89, "2700"));
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, Instant.parse("2026-04-15T00:00:00Z")).progress().get())
        .isEqualByComparingTo("0.9");
  }

  @Test
  void noCheckInCountsAsZeroForEveryKind() {
    ScoringPolicy zero = policy(p -> p.withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO));
    KeyResult[] krs = {
      kr("a", LinearMetric.count(5)),
      kr("b", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("1"))),
      kr("c", RangeMetric.of(Unit.NUMBER, d("1"), d("2"))),
      kr("d", BinaryMetric.INSTANCE),
      kr("e", MilestoneMetric.of(Milestone.of("m", "M"))),
      kr("f", RecurringMetric.of(Unit.COUNT, Period.WEEK, d("1"))),
      kr("g", AT_LEAST_5),
    };
    for (KeyResult kr : krs) {
      KeyResultScore s = score(kr, zero);
      assertThat(s.progress().get()).as(kr.id().value()).isEqualByComparingTo("0");
      assertThat(s.explanation().rule()).contains("counts as 0");
    }
  }
}
