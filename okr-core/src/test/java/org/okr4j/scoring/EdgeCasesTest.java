package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.item;
import static org.okr4j.scoring.Fixtures.items;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.milestones;
import static org.okr4j.scoring.Fixtures.objective;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

/** Less common paths: due dates, whole-day explanations, degenerate inputs of validators. */
class EdgeCasesTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

  @Test
  void dueDatesInAScorecard() {
    // due Feb 14: window of 45 days, day 30 → 0.6667; a key result without due date shares the cycle's window
    KeyResult due = KeyResult.builder().id("due").title("Due").metric(LinearMetric.count(10))
        .dueDate(LocalDate.of(2026, 2, 14)).checkIn(measure(5, "1")).buildOrThrow();
    KeyResult plain = kr("plain", LinearMetric.count(10), measure(5, "1"));
    KeyResult plain2 = kr("plain2", LinearMetric.count(10), measure(5, "1"));
    Scorecard card = Scorer.evaluate(Fixtures.set(objective("o", due, plain, plain2)), DEFAULTS, day(30));
    assertThat(card.keyResult(KeyResultId.of("due")).get().expected().setScale(4, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.6667");
    assertThat(card.keyResult(KeyResultId.of("plain")).get().expected().setScale(4, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.3333");
    assertThat(card.keyResult(KeyResultId.of("plain2")).get().expected())
        .isEqualTo(card.keyResult(KeyResultId.of("plain")).get().expected());
  }

  @Test
  void wholeDayExpectationExplained() {
    ScoringPolicy days = DEFAULTS.withStatus(StatusPolicy.defaults()
        .withExpected(ExpectedProgress.linear().withDayCount(ExpectedProgress.DayCount.WHOLE_DAYS)));
    KeyResultScore s = Scorer.scoreKeyResult(kr("k", LinearMetric.count(10), measure(5, "1")), Q1, days,
        day(14).plusSeconds(3600));
    // (14 + 1) / 90
    assertThat(s.expected()).isEqualByComparingTo(d("15").divide(d("90"), org.okr4j.internal.Numbers.MATH));
    assertThat(s.statusExplanation().render()).contains("expected e: 0.1667 = 15 d / 90 d  [linear by whole days, today counted");
    // after the close the status is final (missed); without a missed status the rule still reads e = 1
    ScoringPolicy open = days.withStatus(days.status().withoutMissedStatus());
    KeyResultScore closed = Scorer.scoreKeyResult(kr("k", LinearMetric.count(10), measure(5, "1")), Q1, open, AFTER);
    assertThat(closed.statusExplanation().render()).contains("expected e: 1  [the window [");
  }

  @Test
  void phasesTakeTheHighestExpectationReached() {
    ExpectedProgress phased = ExpectedProgress.linear().withPhases(KeyResultId.of("k"),
        List.of(Phase.of(LocalDate.of(2026, 1, 31), d("0.5")), Phase.of(LocalDate.of(2026, 2, 28), d("0.3"))));
    KeyResult k = kr("k", LinearMetric.count(1));
    assertThat(phased.at(k, Q1, day(70))).isEqualByComparingTo("0.5");
    assertThat(phased.at(k, Q1, Instant.MAX)).isEqualByComparingTo("0.5");
    assertThat(phased.at(k, Q1, Instant.MIN)).isEqualByComparingTo("0");
  }

  @Test
  void rangeToleranceNeedsALatestValue() {
    // under the share of periods met there is no single latest value: the rule applies
    ScoringPolicy p = DEFAULTS.withStatus(StatusPolicy.defaults().withRangeTolerance(d("0.5")))
        .withProgress(ProgressPolicy.defaults().withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET));
    KeyResultScore s = Scorer.scoreKeyResult(kr("r", RangeMetric.of(Unit.NUMBER, d("4"), d("5")), measure(1, "9")),
        Q1, p, day(45));
    assertThat(s.status()).isEqualTo(Status.BEHIND);
    assertThat(s.statusExplanation().rule()).isEqualTo("a ≥ e → ON_TRACK; else BEHIND");
  }

  @Test
  void validatorsWithOneSideMissing() {
    assertThat(Cap.validate(d("1"), null).get().ceiling().isEmpty()).isTrue();
    assertThat(Cap.validate(null, d("1")).get().floor().isEmpty()).isTrue();
    assertThat(Cap.atMost(d("1")).isNone()).isFalse();
    assertThat(Cap.nonNegative().isNone()).isFalse();
    assertThat(GradingPolicy.defaults().validateSweetSpot(d("0.5"), null).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /sweetSpotHigh");
    assertThat(Phase.validate(LocalDate.of(2026, 1, 1), null).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /expected");
    assertThat(StatusRule.validate(StatusRule.Kind.RATIO, null, Status.BEHIND).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /steps");
  }

  @Test
  void rollUpCornerCases() {
    RollUpPolicy pooled = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED);
    Contribution zero = Contribution.of(Contribution.Kind.KEY_RESULT, "z", "", Option.some(d("0")), d("0"));
    Contribution half = Contribution.of(Contribution.Kind.KEY_RESULT, "h", "", Option.some(d("0.5")), d("4"));
    // weight 0 stays excluded when pooled; 4 counts as 1
    RollUp r = pooled.combine(List.of(zero, half));
    assertThat(r.progress().get()).isEqualByComparingTo("0.5");
    assertThat(r.explanation().equation()).isEqualTo("0.5 = 0.5·1");
    RollUpPolicy sum1 = RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE);
    assertThat(sum1.combine(List.empty()).problems()).isEmpty();
    assertThat(sum1.combine(List.empty()).progress().isEmpty()).isTrue();
  }

  @Test
  void childrenOnlyObjectiveIgnoresItsKeyResults() {
    ScoringPolicy children = DEFAULTS.withRollUp(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.CHILDREN_ONLY));
    ObjectiveScore alone = Scorer.scoreObjective(objective("o", kr("a", LinearMetric.count(2), measure(3, "1"))), Q1,
        children, AFTER);
    assertThat(alone.progress().isEmpty()).isTrue();
    assertThat(alone.forecast().progress().isEmpty()).isTrue();
    // evaluated after the cycle, its key result at 1 / 2 is final and missed, and so is the objective
    // (before final statuses it was BEHIND: 0.5 against the 1 expected at the close)
    assertThat(alone.status()).isEqualTo(Status.MISSED);
    ObjectiveScore withChild = Scorer.scoreObjective(objective("o", kr("a", LinearMetric.count(2), measure(3, "1"))),
        alone.keyResults(), List.of(Contribution.of(Contribution.Kind.OBJECTIVE, "c", "", Option.some(d("0.9")), BigDecimal.ONE)),
        children, AFTER);
    assertThat(withChild.progress().get()).isEqualByComparingTo("0.9");
  }

  @Test
  void moreExplanations() {
    ScoringPolicy ratio = DEFAULTS.withProgress(ProgressPolicy.defaults().withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET));
    KeyResultScore down = Scorer.scoreKeyResult(kr("x", LinearMetric.of(Unit.NUMBER, d("30"), Target.absolute(d("15"))),
        measure(5, "16")), Q1, ratio, AFTER);
    assertThat(down.explanation().equation()).isEqualTo("0.9375 = 15 / 16");
    assertThat(down.explanation().rule()).isEqualTo("ratio to target: t / c");
    KeyResultScore number = Scorer.scoreKeyResult(kr("n", AggregateMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("2")),
        items(3, item("a", "6", "2"))), Q1, DEFAULTS, AFTER);
    assertThat(number.explanation().render()).contains("item a: 3 = 6 / 2", "mean of item rates: Σ(numᵢ / denᵢ) / n");
    MilestoneMetric m = MilestoneMetric.of(Milestone.of("a", "A", d("2")), Milestone.of("b", "B"));
    ScoringPolicy equal = DEFAULTS.withProgress(ProgressPolicy.defaults()
        .withMilestoneWeighting(ProgressPolicy.MilestoneWeighting.EQUAL));
    KeyResultScore ms = Scorer.scoreKeyResult(kr("m", m, milestones(3, "a")), Q1, equal, AFTER);
    assertThat(ms.explanation().equation()).isEqualTo("0.5 = 1 / 2");
    assertThat(ms.explanation().rule()).startsWith("milestones, equal: k / M");
    KeyResultScore weighted = Scorer.scoreKeyResult(kr("m", m, milestones(3, "a")), Q1, DEFAULTS, AFTER);
    assertThat(weighted.explanation().equation()).isEqualTo("0.6667 = 2 / 3");
  }

  @Test
  void meanAndItemsOnlyUseCheckInsKnownAtTheInstant() {
    ScoringPolicy mean = DEFAULTS.withProgress(ProgressPolicy.defaults()
        .withControlMethod(ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS));
    KeyResult spend = kr("s", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_MOST, d("10")), measure(3, "8"), measure(10, "14"));
    assertThat(Scorer.scoreKeyResult(spend, Q1, mean, day(5)).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(spend, Q1, mean, AFTER).progress().get()).isEqualByComparingTo("0");
    KeyResult rate = kr("r", AggregateMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("2")),
        items(3, item("a", "6", "2")), items(10, item("a", "1", "2")));
    assertThat(Scorer.scoreKeyResult(rate, Q1, DEFAULTS, day(5)).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(rate, Q1, DEFAULTS, AFTER).progress().get()).isEqualByComparingTo("0");
  }

  @Test
  void forecastSkipsCheckInsWithoutProgress() {
    // ratio to target going down: c = 0 has no progress; the other points are (0.2, 0.5) and (0.4, 0.75)
    ScoringPolicy p = DEFAULTS.withProgress(ProgressPolicy.defaults().withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET))
        .withForecast(ForecastPolicy.defaults().withMethod(ForecastPolicy.Method.LEAST_SQUARES));
    KeyResult kr = kr("x", LinearMetric.of(Unit.NUMBER, d("30"), Target.absolute(d("15"))),
        measure(9, "0"), measure(18, "30"), measure(36, "20"));
    KeyResultScore s = Scorer.scoreKeyResult(kr, Q1, p, day(36));
    // slope (0.75 − 0.5) / 0.2 = 1.25; 0.75 + 1.25·0.6 = 1.5
    assertThat(s.forecast().progress().get()).isEqualByComparingTo("1.5");
    assertThat(s.forecastExplanation().inputs()).hasSize(2);
  }
  @Test
  void keyResultsWithDifferentDueDatesKeepTheirOwnWindows() {
    KeyResult feb = KeyResult.builder().id("feb").title("Feb").metric(LinearMetric.count(10))
        .dueDate(LocalDate.of(2026, 2, 14)).checkIn(measure(5, "1")).buildOrThrow();
    KeyResult jan = KeyResult.builder().id("jan").title("Jan").metric(LinearMetric.count(10))
        .dueDate(LocalDate.of(2026, 1, 29)).checkIn(measure(5, "1")).buildOrThrow();
    KeyResult plain = kr("plain", LinearMetric.count(10), measure(5, "1"));
    Scorecard card = Scorer.evaluate(Fixtures.set(objective("o", plain, feb, jan)), DEFAULTS, day(15));
    // 15/90, 15/45, 15/29
    assertThat(card.keyResult(KeyResultId.of("plain")).get().expected()).isEqualByComparingTo(Decimals.div(d("15"), d("90")));
    assertThat(card.keyResult(KeyResultId.of("feb")).get().expected()).isEqualByComparingTo(Decimals.div(d("15"), d("45")));
    assertThat(card.keyResult(KeyResultId.of("jan")).get().expected()).isEqualByComparingTo(Decimals.div(d("15"), d("29")));
    assertThat(card.keyResult(KeyResultId.of("jan")).get().isScored()).isTrue();
    assertThat(card.objectives().head().isScored()).isTrue();
  }

  @Test
  void recurringIgnoresPeriodsThatHaveNotStarted() {
    // a value for March reported in January does not count among January's started periods
    KeyResult kr = kr("a", org.okr4j.model.RecurringMetric.of(Unit.COUNT, org.okr4j.model.Period.MONTH, d("1")),
        Fixtures.period(5, LocalDate.of(2026, 1, 3), "1"), Fixtures.period(6, LocalDate.of(2026, 3, 3), "1"));
    ScoringPolicy started = DEFAULTS.withProgress(ProgressPolicy.defaults().withPeriodBasis(ProgressPolicy.PeriodBasis.STARTED));
    assertThat(Scorer.scoreKeyResult(kr, Q1, started, day(10)).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(kr, Q1, started, AFTER).progress().get()).isEqualByComparingTo(Decimals.div(d("2"), d("3")));
    // elapsed = ended: on January 11 no month has ended, so nothing counts yet; on February 1 January has
    ScoringPolicy elapsed = DEFAULTS.withProgress(ProgressPolicy.defaults().withPeriodBasis(ProgressPolicy.PeriodBasis.ELAPSED));
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, day(10)).progress()).isEmpty();
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, day(31)).progress().get()).isEqualByComparingTo("1");
    assertThat(Scorer.scoreKeyResult(kr, Q1, elapsed, AFTER).progress().get()).isEqualByComparingTo(Decimals.div(d("2"), d("3")));
  }

  @Test
  void aggregateFromBaselineByRatioToTarget() {
    // a = 3 % (3 / 100), target 6 from baseline 1: ratio to target 3 / 6 = 0.5 (linear would be 0.4)
    AggregateMetric m = AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, d("6"), d("1")).get();
    ScoringPolicy ratio = DEFAULTS.withProgress(ProgressPolicy.defaults().withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET));
    KeyResult kr = kr("a", m, items(3, item("x", "3", "100")));
    assertThat(Scorer.scoreKeyResult(kr, Q1, ratio, AFTER).progress().get()).isEqualByComparingTo("0.5");
    assertThat(Scorer.scoreKeyResult(kr, Q1, DEFAULTS, AFTER).progress().get()).isEqualByComparingTo("0.4");
  }

  @Test
  void aggregatePeriodMeansAfterTheCycleFallInItsLastPeriod() {
    // items reported after the cycle, in different weeks, share the last period: (2 + 4) / 2 = 3; with week 1's 6: (6 + 3) / 2
    AggregateMetric m = AggregateMetric.validate(Unit.NUMBER, Comparison.AT_LEAST, d("10"), d("0")).get();
    KeyResult kr = kr("a", m, items(1, item("w", "6", "1")), items(100, item("x", "2", "1")), items(110, item("y", "4", "1")));
    ScoringPolicy means = DEFAULTS.withProgress(ProgressPolicy.defaults()
        .withAggregate(ProgressPolicy.AggregateMethod.MEAN_OF_PERIOD_MEANS));
    KeyResultScore s = Scorer.scoreKeyResult(kr, Q1, means, AFTER);
    assertThat(s.progress().get()).isEqualByComparingTo("0.45");
    assertThat(s.explanation().render()).contains("aggregate a: 4.5 = (6 + 3) / 2");
  }

  @Test
  void explanationTextsOfControlKeyResults() {
    KeyResult low = kr("t", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("10")), measure(3, "8"));
    assertThat(Scorer.scoreKeyResult(low, Q1, DEFAULTS, AFTER).explanation().equation()).isEqualTo("0 = 8 ≥ 10 fails");
    ScoringPolicy share = DEFAULTS.withProgress(ProgressPolicy.defaults()
        .withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET));
    assertThat(Scorer.scoreKeyResult(low, Q1, share, AFTER).explanation().rule())
        .isEqualTo("share of periods met: #(latest check-in of the period with c ≥ 10) / N");
    KeyResult rate = kr("r", AggregateMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("2")),
        items(3, item("b", "1", "1"), item("c", "3", "1"), item("a", "2", "1")));
    assertThat(Scorer.scoreKeyResult(rate, Q1, DEFAULTS, AFTER).explanation().inputs().head().inputs()
        .map(Explanation::label)).containsExactly("item a", "item b", "item c");
  }

  @Test
  void rangeToleranceEdgesAreInclusive() {
    ScoringPolicy tolerant = DEFAULTS.withStatus(StatusPolicy.defaults().withRangeTolerance(d("0.5")));
    RangeMetric m = RangeMetric.of(Unit.NUMBER, d("4"), d("5"));
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "3.5")), Q1, tolerant, day(45)).status()).isEqualTo(Status.AT_RISK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "5.5")), Q1, tolerant, day(45)).status()).isEqualTo(Status.AT_RISK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "3.49")), Q1, tolerant, day(45)).status()).isEqualTo(Status.OFF_TRACK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "4")), Q1, tolerant, day(45)).status()).isEqualTo(Status.ON_TRACK);
    assertThat(Scorer.scoreKeyResult(kr("r", m, measure(10, "5")), Q1, tolerant, day(45)).status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void validatorsAcceptTheirBounds() {
    assertThat(GradingPolicy.defaults().validateSweetSpot(d("0"), d("1")).isValid()).isTrue();
    assertThat(GradingPolicy.defaults().validateSweetSpot(d("0.5"), d("0.5")).isValid()).isTrue();
    assertThat(GradingPolicy.defaults().withCommittedTarget(d("0")).committedTarget()).isEqualByComparingTo("0");
    assertThat(Phase.validate(LocalDate.of(2026, 1, 1), d("0")).isValid()).isTrue();
    assertThat(Phase.validate(LocalDate.of(2026, 1, 1), d("1")).isValid()).isTrue();
    assertThat(GradeScale.validateLevels(List.of(d("0"), d("1"))).isValid()).isTrue();
    assertThat(StatusPolicy.defaults().withNeverUpdatedAfter(d("0")).neverUpdatedAfter().get()).isEqualByComparingTo("0");
    assertThat(StatusPolicy.defaults().withNeverUpdatedAfter(d("1")).neverUpdatedAfter().get()).isEqualByComparingTo("1");
    assertThat(StatusPolicy.defaults().withRangeTolerance(d("0")).rangeTolerance().get()).isEqualByComparingTo("0");
    assertThat(StatusRule.validate(StatusRule.Kind.RATIO, List.of(new StatusRule.Step(d("0.5"), Status.ON_TRACK),
        new StatusRule.Step(d("0.5"), Status.BEHIND)), Status.AT_RISK).isInvalid()).isTrue();
    assertThat(StatusRule.validate(StatusRule.Kind.GAP, List.of(new StatusRule.Step(d("0.5"), Status.ON_TRACK),
        new StatusRule.Step(d("0.5"), Status.BEHIND)), Status.AT_RISK).isInvalid()).isTrue();
    assertThat(StatusRule.validate(StatusRule.Kind.GAP, List.of(new StatusRule.Step(d("0.5"), Status.ON_TRACK),
        new StatusRule.Step(d("0.6"), Status.BEHIND)), Status.AT_RISK).isValid()).isTrue();
  }

  @Test
  void extremeInstantsNeverThrow() {
    java.util.List<ScoringGenerators.Spec> specs = new java.util.ArrayList<>();
    for (int kind = 0; kind <= 5; kind++) {
      specs.add(new ScoringGenerators.Spec(kind, BigDecimal.ONE, java.util.List.of(new int[] {3, 40}, new int[] {50, 120})));
    }
    java.util.List<KeyResult> krs = new java.util.ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      krs.add(ScoringGenerators.keyResult("k" + i, specs.get(i), specs.get(i).checkIns()));
    }
    krs.add(kr("rec", org.okr4j.model.RecurringMetric.of(Unit.COUNT, org.okr4j.model.Period.WEEK, d("1")),
        Fixtures.period(3, LocalDate.of(2026, 1, 2), "1")));
    krs.add(kr("agg", AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, d("5")), items(3, item("a", "1", "10"))));
    var set = Fixtures.set(objective("o", krs.toArray(new KeyResult[0])));
    ScoringPolicy elapsed = DEFAULTS
        .withProgress(ProgressPolicy.defaults().withPeriodBasis(ProgressPolicy.PeriodBasis.ELAPSED)
            .withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET))
        .withStatus(StatusPolicy.defaults().withStaleAfterDays(30).withExpected(ExpectedProgress.linear()
            .withDayCount(ExpectedProgress.DayCount.WHOLE_DAYS).withPhases(KeyResultId.of("k0"),
                List.of(Phase.of(LocalDate.of(2026, 2, 1), d("0.5"))))))
        .withForecast(ForecastPolicy.defaults().withMethod(ForecastPolicy.Method.LEAST_SQUARES));
    for (ScoringPolicy p : List.of(DEFAULTS, ScoringPolicy.oslo(), elapsed)) {
      for (Instant at : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
        Scorecard card = Scorer.evaluate(set, p, at);
        for (KeyResultScore k : card.keyResults()) {
          assertThat(k.explanation().render()).isNotEmpty();
          assertThat(k.statusExplanation().render()).isNotEmpty();
          assertThat(k.forecastExplanation().render()).isNotEmpty();
        }
        assertThat(card.objectives().head().explanation().render()).startsWith("objective o");
      }
    }
  }
}
