package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;
import static org.okr4j.scoring.Fixtures.period;
import static org.okr4j.scoring.Fixtures.set;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.internal.Numbers;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.Confidence;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.Objective;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Period;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.RecurringMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrException;

/**
 * The worked examples of {@code docs/conventions.md}, one test per example, named by its number
 * there (C1 … C11 for the conventions, M1 … M7 for one meaning per option, T1 for the typed
 * intermediates). Expected numbers are worked out by hand in the comments.
 */
class ConventionsTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();
  private static final LocalDate JAN = LocalDate.of(2026, 1, 15);

  private static BigDecimal third(String numerator, String denominator) {
    return d(numerator).divide(d(denominator), Numbers.MATH);
  }

  private static ScoringPolicy progress(java.util.function.UnaryOperator<ProgressPolicy> change) {
    return DEFAULTS.withProgress(change.apply(ProgressPolicy.defaults()));
  }

  private static ScoringPolicy status(java.util.function.UnaryOperator<StatusPolicy> change) {
    return DEFAULTS.withStatus(change.apply(StatusPolicy.defaults()));
  }

  private static KeyResultScore at(KeyResult kr, ScoringPolicy policy, Instant asOf) {
    return Scorer.scoreKeyResult(kr, Q1, policy, asOf);
  }

  // ---------------------------------------------------------------- C1 several items per period

  @Test
  void c1_severalCheckInsForOnePeriod() {
    // "10 articles each month"; January reported twice, 7 then 4 (two batches)
    KeyResult kr = kr("articles", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("10")),
        period(10, JAN, "7"), period(20, JAN, "4"));
    java.util.function.Function<ProgressPolicy.PeriodItems, ScoringPolicy> cumulative = items -> progress(
        p -> p.withRecurring(ProgressPolicy.RecurringAggregation.CUMULATIVE).withPeriodItems(items));
    // cumulative over 3 planned months, Σtᵢ = 30: LAST 4 / 30, SUM 11 / 30, MAX_ITEM 7 / 30, MEAN 5.5 / 30
    assertThat(at(kr, cumulative.apply(ProgressPolicy.PeriodItems.LAST), AFTER).progress().get())
        .isEqualByComparingTo(third("4", "30"));
    assertThat(at(kr, cumulative.apply(ProgressPolicy.PeriodItems.SUM), AFTER).progress().get())
        .isEqualByComparingTo(third("11", "30"));
    assertThat(at(kr, cumulative.apply(ProgressPolicy.PeriodItems.MAX_ITEM), AFTER).progress().get())
        .isEqualByComparingTo(third("7", "30"));
    assertThat(at(kr, cumulative.apply(ProgressPolicy.PeriodItems.MEAN), AFTER).progress().get())
        .isEqualByComparingTo(third("5.5", "30"));
    // share of months met: only the sum meets 10 → 1 / 3; the latest (the default) → 0
    assertThat(at(kr, progress(p -> p.withPeriodItems(ProgressPolicy.PeriodItems.SUM)), AFTER).progress().get())
        .isEqualByComparingTo(third("1", "3"));
    assertThat(at(kr, DEFAULTS, AFTER).progress().get()).isEqualByComparingTo("0");
    assertThat(at(kr, progress(p -> p.withPeriodItems(ProgressPolicy.PeriodItems.SUM)), AFTER).explanation().render())
        .contains("month 1 from 2026-01-01: 11  [met (≥ 10), the sum of 2 check-ins]");
  }

  // ---------------------------------------------------------------- C2 mean of group means

  @Test
  void c2_meanOfGroupMeans() {
    RollUpPolicy groups = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.MEAN_OF_GROUP_MEANS);
    Seq<Contribution> krs = List.of(
        Contribution.of(Contribution.Kind.KEY_RESULT, "a", "", Option.some(d("0.5")), BigDecimal.ONE),
        Contribution.of(Contribution.Kind.KEY_RESULT, "b", "", Option.some(d("1")), BigDecimal.ONE));
    Seq<Contribution> kids = List.of(
        Contribution.of(Contribution.Kind.OBJECTIVE, "c", "", Option.some(d("0.25")), BigDecimal.ONE));
    // key results (0.5 + 1) / 2 = 0.75, children 0.25: (0.75 + 0.25) / 2 = 0.5; pooled (0.5 + 1 + 0.25) / 3
    RollUp r = groups.combine(krs, kids);
    assertThat(r.progress().get()).isEqualByComparingTo("0.5");
    assertThat(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED).combine(krs, kids).progress().get())
        .isEqualByComparingTo(third("1.75", "3"));
    assertThat(r.explanation().equation()).isEqualTo("0.5 = (0.75 + 0.25) / 2");
    // weighted: a weighs 3 → key results (0.5·3 + 1·1) / 4 = 0.625; (0.625 + 0.25) / 2 = 0.4375
    Seq<Contribution> weighted = krs.update(0, krs.get(0).withWeight(d("3")));
    assertThat(groups.combine(weighted, kids).progress().get()).isEqualByComparingTo("0.4375");
    // minimum: min(0.5, 0.25) = 0.25
    assertThat(groups.withMethod(RollUpPolicy.Method.MINIMUM).combine(krs, kids).progress().get())
        .isEqualByComparingTo("0.25");
    // no child: the key results' mean alone; a child not scored counts as 0 beside them (default)
    assertThat(groups.combine(krs, List.empty()).progress().get()).isEqualByComparingTo("0.75");
    Contribution none = Contribution.of(Contribution.Kind.OBJECTIVE, "n", "", Option.none(), BigDecimal.ONE);
    assertThat(groups.combine(krs, List.of(none)).progress().get()).isEqualByComparingTo("0.375");
    assertThat(groups.withMissing(RollUpPolicy.Missing.SKIP).combine(krs, List.of(none)).progress().get())
        .isEqualByComparingTo("0.75");
    // the scorer agrees: objective with key results at 0.5 and 1 and an aligned child at 0.25
    Objective o = objective("o", kr("a", LinearMetric.count(2), measure(5, "1")), kr("b", LinearMetric.count(2),
        measure(5, "2")));
    ScoringPolicy policy = DEFAULTS.withRollUp(groups);
    ObjectiveScore s = Scorer.scoreObjective(o, Q1, o.keyResults().map(k -> Scorer.scoreKeyResult(k, Q1, policy, AFTER)),
        kids, policy, AFTER);
    assertThat(s.progress().get()).isEqualByComparingTo("0.5");
    assertThat(s.explanation().render()).contains("mean of group means");
  }

  // ---------------------------------------------------------------- C3 status once the window has closed

  @Test
  void c3_finalStatusOnceTheWindowHasClosed() {
    // "at least 100 sign-ups", due 2026-02-28, 80 reported on Feb 10 (day 40)
    KeyResult signUps = KeyResult.builder().id("signups").title("Sign-ups").dueDate(LocalDate.of(2026, 2, 28))
        .metric(ThresholdMetric.of(Unit.COUNT, Comparison.AT_LEAST, d("100"))).checkIns(List.of(measure(40, "80")))
        .buildOrThrow();
    // Feb 15: the window is open, 0 against e = 45 / 59 → behind
    assertThat(at(signUps, DEFAULTS, day(45)).status()).isEqualTo(Status.BEHIND);
    // Mar 1: the due date has passed unmet → missed (or Engagedly's at risk, Innovationminds' off track)
    assertThat(at(signUps, DEFAULTS, day(59)).status()).isEqualTo(Status.MISSED);
    assertThat(at(signUps, status(s -> s.withMissedStatus(Status.AT_RISK)), day(59)).status()).isEqualTo(Status.AT_RISK);
    assertThat(at(signUps, status(s -> s.withMissedStatus(Status.OFF_TRACK)), day(59)).status())
        .isEqualTo(Status.OFF_TRACK);
    assertThat(at(signUps, status(StatusPolicy::withoutMissedStatus), day(59)).status()).isEqualTo(Status.BEHIND);
    assertThatThrownBy(() -> StatusPolicy.defaults().withMissedStatus(Status.BEHIND)).isInstanceOf(OkrException.class);
    // a binary key result done before its due date is achieved, not done after it missed
    KeyResult launch = KeyResult.builder().id("launch").title("Launch").dueDate(LocalDate.of(2026, 2, 28))
        .metric(BinaryMetric.INSTANCE).checkIns(List.of(CheckIn.of(day(30), new CheckInData.Completion(false))))
        .buildOrThrow();
    assertThat(at(launch, DEFAULTS, day(59)).status()).isEqualTo(Status.MISSED);
    // a linear key result due Feb 28 is final only when the cycle ends: 0.5 on Mar 15 is behind
    KeyResult leads = KeyResult.builder().id("leads").title("Leads").dueDate(LocalDate.of(2026, 2, 28))
        .metric(LinearMetric.count(3000)).checkIns(List.of(measure(40, "1500"))).buildOrThrow();
    assertThat(at(leads, DEFAULTS, day(73)).status()).isEqualTo(Status.BEHIND);
    // after the cycle's end: missed; its forecast is final (the 0.5 reached) and does not "will miss"
    KeyResultScore after = at(leads, DEFAULTS, AFTER);
    assertThat(after.status()).isEqualTo(Status.MISSED);
    assertThat(after.forecast().isFinal()).isTrue();
    assertThat(after.forecast().progress().get()).isEqualByComparingTo("0.5");
    assertThat(after.forecast().willMiss()).isFalse();
    assertThat(after.forecastExplanation().label()).isEqualTo("forecast p̂ (final)");
    // its objective after the end: missed; with an achieved key result only: achieved
    ObjectiveScore o = Scorer.scoreObjective(objective("o", leads), Q1, DEFAULTS, AFTER);
    assertThat(o.status()).isEqualTo(Status.MISSED);
    assertThat(o.forecast().isFinal()).isTrue();
    assertThat(Scorer.scoreObjective(objective("o", kr("k", LinearMetric.count(2), measure(5, "2"))), Q1, DEFAULTS,
        AFTER).status()).isEqualTo(Status.ACHIEVED);
    // a key result never checked in is missed after the end too (silence is never green)
    assertThat(at(kr("silent", LinearMetric.count(5)), DEFAULTS, AFTER).status()).isEqualTo(Status.MISSED);
  }

  // ---------------------------------------------------------------- C4 + C5 status scales, hand-set statuses

  private static KeyResult manual(String id, ManualStatus status) {
    return kr(id, LinearMetric.count(10), measure(5, "5").withStatus(status));
  }

  private static ObjectiveScore objectiveOf(ScoringPolicy policy, ManualStatus... statuses) {
    KeyResult[] krs = new KeyResult[statuses.length];
    for (int i = 0; i < statuses.length; i++) {
      krs[i] = manual("k" + i, statuses[i]);
    }
    return Scorer.scoreObjective(objective("o", krs), Q1, policy, day(30));
  }

  @Test
  void c4_statusScalesAsValues() {
    ScoringPolicy manualMean = status(s -> s.withSource(StatusPolicy.StatusSource.MANUAL)
        .withObjectiveStatus(StatusPolicy.StatusRollUp.MEAN_RANK));
    // default scale (ranks): on track 1, on track 1, at risk 3 → 5 / 3 = 1.67 → rounded half up 2 → behind
    ObjectiveScore ranks = objectiveOf(manualMean, ManualStatus.ON_TRACK, ManualStatus.ON_TRACK, ManualStatus.AT_RISK);
    assertThat(ranks.meanRank().get()).isEqualByComparingTo(third("5", "3"));
    assertThat(ranks.status()).isEqualTo(Status.BEHIND);
    // BOJA: 1, 1, 2 → 4 / 3 = 1.33 → 1 → on track
    ScoringPolicy boja = status(s -> s.withSource(StatusPolicy.StatusSource.MANUAL)
        .withObjectiveStatus(StatusPolicy.StatusRollUp.MEAN_RANK).withStatusScale(StatusScale.boja()));
    ObjectiveScore b = objectiveOf(boja, ManualStatus.ON_TRACK, ManualStatus.ON_TRACK, ManualStatus.AT_RISK);
    assertThat(b.meanRank().get()).isEqualByComparingTo(third("4", "3"));
    assertThat(b.status()).isEqualTo(Status.ON_TRACK);
    // BOJA with ceiling rounding: 1.33 → 2 → at risk (behind and at risk share 2; the worse wins)
    StatusScale ceiling = StatusScale.of(StatusScale.boja().scores(), RoundingMode.CEILING);
    assertThat(ceiling.statusOf(third("4", "3"))).isEqualTo(Status.AT_RISK);
    // Profit.co: on track 80, at risk 30 → 55, 25 from each → the worse, at risk; 80, 80, 30 → 63.3 → on track
    ScoringPolicy profit = status(s -> s.withSource(StatusPolicy.StatusSource.MANUAL)
        .withObjectiveStatus(StatusPolicy.StatusRollUp.MEAN_RANK).withStatusScale(StatusScale.profitCo()));
    assertThat(objectiveOf(profit, ManualStatus.ON_TRACK, ManualStatus.AT_RISK).meanRank().get())
        .isEqualByComparingTo("55");
    assertThat(objectiveOf(profit, ManualStatus.ON_TRACK, ManualStatus.AT_RISK).status()).isEqualTo(Status.AT_RISK);
    assertThat(objectiveOf(profit, ManualStatus.ON_TRACK, ManualStatus.ON_TRACK, ManualStatus.AT_RISK).status())
        .isEqualTo(Status.ON_TRACK);
    // all achieved → achieved whatever the scale; the weakest rule: the worst
    assertThat(objectiveOf(profit, ManualStatus.ACHIEVED, ManualStatus.ACHIEVED).status()).isEqualTo(Status.ACHIEVED);
    assertThat(objectiveOf(status(s -> s.withSource(StatusPolicy.StatusSource.MANUAL)), ManualStatus.ON_TRACK,
        ManualStatus.OFF_TRACK).status()).isEqualTo(Status.OFF_TRACK);
    // scales are validated: every scored status needs a score
    assertThat(StatusScale.validate(LinkedHashMap.of(Status.ON_TRACK, BigDecimal.ONE), null).getError().size())
        .isEqualTo(5);
    assertThat(StatusScale.validate(StatusScale.boja().scores().put(Status.NOT_SCORED, BigDecimal.ZERO), null)
        .getError().head().path().toString()).isEqualTo("/scores/NOT_SCORED");
    assertThat(StatusScale.validate(StatusScale.boja().scores(), RoundingMode.UNNECESSARY).isInvalid()).isTrue();
    assertThatThrownBy(() -> StatusScale.boja().score(Status.NOT_SCORED)).isInstanceOf(OkrException.class);
    assertThat(StatusScale.ranks().score(Status.MISSED)).isEqualByComparingTo("4");
  }

  @Test
  void c5_handSetStatuses() {
    // 2 of 10 on day 10 marked at risk by its owner, 3 on day 20 without a status
    KeyResult k = kr("k", LinearMetric.count(10), measure(10, "2").withStatus(ManualStatus.AT_RISK), measure(20, "3"));
    ScoringPolicy manual = status(s -> s.withSource(StatusPolicy.StatusSource.MANUAL));
    ScoringPolicy overrides = status(s -> s.withSource(StatusPolicy.StatusSource.MANUAL_OVERRIDES_COMPUTED));
    // computed on day 30: 0.3 against e = 30 / 90 = 0.333 → behind
    assertThat(at(k, DEFAULTS, day(30)).status()).isEqualTo(Status.BEHIND);
    // the owner's latest status carried forward
    assertThat(at(k, manual, day(30)).status()).isEqualTo(Status.AT_RISK);
    assertThat(at(k, overrides, day(30)).status()).isEqualTo(Status.AT_RISK);
    assertThat(at(k, manual, day(30)).statusExplanation().rule()).startsWith("set by the owner on the check-in at");
    // never set: manual says nothing, overrides falls back to the computed status
    KeyResult plain = kr("p", LinearMetric.count(10), measure(10, "2"));
    assertThat(at(plain, manual, day(30)).status()).isEqualTo(Status.NOT_SCORED);
    assertThat(at(plain, overrides, day(30)).status()).isEqualTo(Status.BEHIND);
    assertThat(at(plain, manual, day(30)).statusExplanation().rule()).isEqualTo("not scored: the owner has set no status");
    assertThat(Status.of(ManualStatus.MISSED)).isEqualTo(Status.MISSED);
  }

  // ---------------------------------------------------------------- C6 amounts

  @Test
  void c6_amountsDoneAndToGo() {
    // 12 of 15 done, 3 to go
    Amounts a = at(kr("k", LinearMetric.count(15), measure(5, "12")), DEFAULTS, AFTER).amounts().get();
    assertThat(a.current()).isEqualByComparingTo("12");
    assertThat(a.target()).isEqualByComparingTo("15");
    assertThat(a.done()).isEqualByComparingTo("12");
    assertThat(a.remaining()).isEqualByComparingTo("3");
    assertThat(a.total()).isEqualByComparingTo("15");
    // cost from 100 down to 60, at 70: the reduction counts, 30 of 40 done, 10 to go
    LinearMetric cost = LinearMetric.of(Unit.NUMBER, d("100"), Target.absolute(d("60")));
    Amounts down = at(kr("c", cost, measure(5, "70")), DEFAULTS, AFTER).amounts().get();
    assertThat(down.done()).isEqualByComparingTo("30");
    assertThat(down.remaining()).isEqualByComparingTo("10");
    assertThat(down.total()).isEqualByComparingTo("40");
    // past the target (50): 50 done, nothing to go; on the wrong side (110): −10 done, 50 to go
    assertThat(at(kr("c", cost, measure(5, "50")), DEFAULTS, AFTER).amounts().get().remaining()).isEqualByComparingTo("0");
    Amounts worse = at(kr("c", cost, measure(5, "110")), DEFAULTS, AFTER).amounts().get();
    assertThat(worse.done()).isEqualByComparingTo("-10");
    assertThat(worse.remaining()).isEqualByComparingTo("50");
    // no check-in, or a kind without a measure: none
    assertThat(at(kr("n", LinearMetric.count(15)), DEFAULTS, AFTER).amounts()).isEmpty();
    assertThat(at(kr("b", BinaryMetric.INSTANCE, CheckIn.of(day(5), new CheckInData.Completion(true))), DEFAULTS, AFTER)
        .amounts()).isEmpty();
  }

  // ---------------------------------------------------------------- C8 segments, C9 range distance

  @Test
  void c8_segmentedBars() {
    // 0 → 70 as target: stretch 100, commit 30
    ScoringPolicy stretch = progress(p -> p.withStretch(Option.some(StretchPolicy.defaults())));
    LinearMetric m = LinearMetric.count(70);
    Segments half = at(kr("k", m, measure(5, "50")), stretch, AFTER).segments().get();
    // 50: fail full, commit (50 − 30) / (70 − 30) = 0.5, target 0, stretch 0
    assertThat(List.of(half.fail(), half.commit(), half.target(), half.stretch()).map(BigDecimal::stripTrailingZeros))
        .containsExactly(d("1"), d("0.5"), d("0"), d("0"));
    // 85: target (85 − 70) / (100 − 70) = 0.5
    assertThat(at(kr("k", m, measure(5, "85")), stretch, AFTER).segments().get().target()).isEqualByComparingTo("0.5");
    // 100: every segment full
    Segments full = at(kr("k", m, measure(5, "100")), stretch, AFTER).segments().get();
    assertThat(full.stretch()).isEqualByComparingTo("1");
    assertThat(full.target()).isEqualByComparingTo("1");
    // levels reported, exact
    assertThat(at(kr("k", m, measure(5, "50")), stretch, AFTER).levels().get().stretch()).isEqualByComparingTo("100");
    // an ordinal key result in TARGET: fail and commit full
    KeyResult ordinal = kr("o", OrdinalMetric.of(), CheckIn.of(day(5), new CheckInData.ZoneReached(Zone.TARGET)));
    Segments z = at(ordinal, DEFAULTS, AFTER).segments().get();
    assertThat(List.of(z.fail(), z.commit(), z.target(), z.stretch())).containsExactly(BigDecimal.ONE, BigDecimal.ONE,
        BigDecimal.ZERO, BigDecimal.ZERO);
    // without stretch levels a linear key result has no segments
    assertThat(at(kr("k", m, measure(5, "50")), DEFAULTS, AFTER).segments()).isEmpty();
  }

  @Test
  void c9_distanceOutsideARange() {
    RangeMetric tickets = RangeMetric.of(Unit.NUMBER, d("4"), d("5"));
    assertThat(at(kr("r", tickets, measure(5, "3.5")), DEFAULTS, AFTER).rangeDistance().get())
        .isEqualByComparingTo("-0.5");
    assertThat(at(kr("r", tickets, measure(5, "6")), DEFAULTS, AFTER).rangeDistance().get()).isEqualByComparingTo("1");
    assertThat(at(kr("r", tickets, measure(5, "4.5")), DEFAULTS, AFTER).rangeDistance().get()).isEqualByComparingTo("0");
    assertThat(at(kr("r", tickets, measure(5, "5")), DEFAULTS, AFTER).rangeDistance().get()).isEqualByComparingTo("0");
    assertThat(at(kr("r", tickets), DEFAULTS, AFTER).rangeDistance()).isEmpty();
  }

  // ---------------------------------------------------------------- C10 empty objective, C11 labels

  @Test
  void c10_objectiveWithNothingToRollUp() {
    Objective empty = Objective.builder().id("o").title("Nothing yet").owner(org.okr4j.model.OwnerRef.team("t"))
        .cycle(Q1.id().value()).level(org.okr4j.model.Level.TEAM).buildOrThrow();
    assertThat(Scorer.scoreObjective(empty, Q1, DEFAULTS, AFTER).progress()).isEmpty();
    ScoringPolicy zero = DEFAULTS.withRollUp(RollUpPolicy.defaults().withEmpty(RollUpPolicy.Empty.ZERO));
    assertThat(Scorer.scoreObjective(empty, Q1, zero, AFTER).progress()).contains(BigDecimal.ZERO);
    assertThat(Scorer.scoreObjective(empty, Q1, zero, AFTER).explanation().rule()).isEqualTo("nothing to roll up: counts as 0");
    // key results that are all not scored are something to roll up: still not scored
    assertThat(Scorer.scoreObjective(objective("o", kr("k", LinearMetric.count(3))), Q1, zero, AFTER).progress()).isEmpty();
  }

  @Test
  void c11_categoricalConfidence() {
    KeyResult low = kr("l", LinearMetric.count(10), measure(5, "2").withConfidenceLabel("low"));
    KeyResult high = kr("h", LinearMetric.count(10), measure(5, "8").withConfidenceLabel("high"));
    // WorkBoard's labels at the middle of their bands: low 0.2, high 0.85; mean (0.2 + 0.85) / 2 = 0.525
    assertThat(at(low, DEFAULTS, day(30)).confidence().get().value()).isEqualByComparingTo("0.2");
    assertThat(at(low, DEFAULTS, day(30)).confidenceBand().get().label()).isEqualTo("low");
    assertThat(at(high, DEFAULTS, day(30)).confidenceBand().get().label()).isEqualTo("high");
    ObjectiveScore o = Scorer.scoreObjective(objective("o", low, high), Q1, DEFAULTS, day(30));
    assertThat(o.confidence().get().value()).isEqualByComparingTo("0.525");
    // a host's own labels
    ScoringPolicy traffic = DEFAULTS.withConfidence(ConfidencePolicy.defaults().withLabels(
        io.vavr.collection.HashMap.of("green", Confidence.of(d("0.9")), "red", Confidence.of(d("0.1")))));
    KeyResult green = kr("g", LinearMetric.count(10), measure(5, "2").withConfidenceLabel("green"));
    assertThat(at(green, traffic, day(30)).confidence().get().value()).isEqualByComparingTo("0.9");
    // a label the policy does not know: no confidence from it, and a problem at its pointer
    KeyResultScore unknown = at(green, DEFAULTS, day(30));
    assertThat(unknown.confidence()).isEmpty();
    assertThat(unknown.problems().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /checkIns/0/confidenceLabel");
    // a fraction beats a label on the same check-in
    KeyResult both = kr("b", LinearMetric.count(10), measure(5, "2").withConfidence(Confidence.of(d("0.6")))
        .withConfidenceLabel("low"));
    assertThat(at(both, DEFAULTS, day(30)).confidence().get().value()).isEqualByComparingTo("0.6");
    assertThatThrownBy(() -> ConfidencePolicy.defaults().withLabels(io.vavr.collection.HashMap.of(" ",
        Confidence.of(d("0.5"))))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> measure(5, "2").withConfidenceLabel(" ")).isInstanceOf(OkrException.class);
  }

  // ---------------------------------------------------------------- one meaning per option

  @Test
  void m1_puzzleBandsAgreeWithZones() {
    // scored against the stretch level 100 from 0 (commit 30, target 70): exactly at each level, the
    // zone and the band are the same word
    ScoringPolicy puzzle = ScoringPolicy.puzzle();
    LinearMetric m = LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(d("70")))
        .withLevels(Option.none(), Option.some(d("100")));
    for (String[] c : new String[][] {{"29", "FAIL"}, {"30", "COMMIT"}, {"69", "COMMIT"}, {"70", "TARGET"},
        {"99", "TARGET"}, {"100", "STRETCH"}}) {
      KeyResultScore s = at(kr("k", m, measure(5, c[0])), puzzle, AFTER);
      assertThat(s.zone()).contains(Zone.valueOf(c[1]));
      assertThat(s.band().get().label()).isEqualTo(c[1].toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void m2_seriesGroupRollsUpAsTheObjectiveDoes() {
    // a at 15 of 10 (1.5), b not scored: the objective caps 1.5 at 1 and counts b as 0 → 0.5;
    // the group used to average the key results without cap and skip b → 1.5
    Objective o = objective("o", kr("a", LinearMetric.count(10), measure(5, "15")), kr("b", LinearMetric.count(10)));
    Seq<Series.Point> obj = Series.objective(o, Q1, DEFAULTS, Series.Step.WEEK);
    Seq<Series.Point> grp = Series.group(List.of(o), Q1, DEFAULTS, AggregationPolicy.defaults(), Series.Step.WEEK);
    assertThat(obj.last().progress().get()).isEqualByComparingTo("0.5");
    assertThat(grp.map(Series.Point::progress)).isEqualTo(obj.map(Series.Point::progress));
    // one vocabulary and default: AggregationPolicy.of(rollUp) takes the roll-up's missing and empty rules
    AggregationPolicy matching = AggregationPolicy.of(RollUpPolicy.defaults().withMissing(RollUpPolicy.Missing.SKIP));
    assertThat(matching.missing()).isEqualTo(RollUpPolicy.Missing.SKIP);
    assertThat(AggregationPolicy.defaults().missing()).isEqualTo(RollUpPolicy.defaults().missing());
    assertThat(AggregationPolicy.defaults().empty()).isEqualTo(RollUpPolicy.defaults().empty());
  }

  @Test
  void m3_oneNoCheckInRule() {
    // a stretch-scored key result without a check-in follows ProgressPolicy.noCheckIn like every other
    KeyResult none = kr("k", LinearMetric.count(70));
    ScoringPolicy stretch = progress(p -> p.withStretch(Option.some(StretchPolicy.defaults())));
    assertThat(at(none, stretch, AFTER).progress()).isEmpty();
    ScoringPolicy zero = progress(p -> p.withStretch(Option.some(StretchPolicy.defaults()))
        .withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO));
    assertThat(at(none, zero, AFTER).progress()).contains(BigDecimal.ZERO);
    assertThat(at(none, zero, AFTER).zone()).contains(Zone.FAIL);
  }

  @Test
  void m4_elapsedMeansEnded() {
    // at most 25 each week; weeks 1–3 met (20), week 4 not (30) reported at its first instant (day 21)
    KeyResult kr = kr("churn", ThresholdMetric.of(Unit.PERCENT, Comparison.AT_MOST, d("25")),
        measure(1, "20"), measure(8, "20"), measure(15, "20"), measure(21, "30"));
    java.util.function.Function<ProgressPolicy.PeriodBasis, BigDecimal> share = basis -> at(kr, progress(p -> p
        .withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET).withPeriodBasis(basis)), day(21))
        .progress().get();
    // planned 13 weeks: 3 / 13; elapsed (ended) 3: 3 / 3; started 4 (week 4 starts at the instant): 3 / 4
    assertThat(share.apply(ProgressPolicy.PeriodBasis.PLANNED)).isEqualByComparingTo(third("3", "13"));
    assertThat(share.apply(ProgressPolicy.PeriodBasis.ELAPSED)).isEqualByComparingTo("1");
    assertThat(share.apply(ProgressPolicy.PeriodBasis.STARTED)).isEqualByComparingTo("0.75");
  }

  @Test
  void m5_seriesWindows() {
    KeyResult k = kr("k", LinearMetric.count(100), measure(2, "20"), measure(9, "50"));
    // a zero-length window, one day: one point, as of the end of that day
    Seq<Series.Point> one = Series.keyResult(k, Q1, DEFAULTS, Series.Step.DAY, Q1.start().plusDays(9),
        Q1.start().plusDays(9));
    assertThat(one).hasSize(1);
    assertThat(one.head().progress().get()).isEqualByComparingTo("0.5");
    assertThat(one.head().asOf()).isEqualTo(day(10).minusNanos(1));
    // a week's window stepped by week: one point, as of its last day's end
    Seq<Series.Point> week = Series.keyResult(k, Q1, DEFAULTS, Series.Step.WEEK, Q1.start().plusDays(7),
        Q1.start().plusDays(13));
    assertThat(week).hasSize(1);
    assertThat(week.head().progress().get()).isEqualByComparingTo("0.5");
    // a window cut short by its last day: days 0–2 by week → one point as of day 2's end (0.2)
    assertThat(Series.keyResult(k, Q1, DEFAULTS, Series.Step.WEEK, Q1.start(), Q1.start().plusDays(2)).head()
        .progress().get()).isEqualByComparingTo("0.2");
    // outside the cycle, or ending before it starts: refused with the problems' paths
    assertThatThrownBy(() -> Series.keyResult(k, Q1, DEFAULTS, Series.Step.DAY, Q1.start().minusDays(1), Q1.start()))
        .isInstanceOfSatisfying(OkrException.class, e -> assertThat(e.errors().head().path().toString()).isEqualTo("/from"));
    assertThatThrownBy(() -> Series.keyResult(k, Q1, DEFAULTS, Series.Step.DAY, Q1.start().plusDays(3), Q1.start()))
        .isInstanceOfSatisfying(OkrException.class, e -> assertThat(e.errors().head().path().toString()).isEqualTo("/to"));
    assertThatThrownBy(() -> Series.objective(objective("o", k), Q1, DEFAULTS, Series.Step.DAY, Q1.start(), Q1.end()))
        .isInstanceOfSatisfying(OkrException.class, e -> assertThat(e.errors().head().code()).isEqualTo("okr.outside-cycle"));
  }

  // ---------------------------------------------------------------- typed intermediates

  @Test
  void t1_everyIntermediateTyped() {
    // brand exposure +50 % from 2 000 000, 2 450 000 on Feb 15 (day 45): target 3 000 000, a = 0.45
    LinearMetric exposure = LinearMetric.of(Unit.NUMBER, d("2000000"), Target.relative(d("0.5")));
    KeyResultScore s = at(kr("e", exposure, measure(44, "2450000")), DEFAULTS, day(45));
    assertThat(s.current()).contains(d("2450000"));
    assertThat(s.target().get()).isEqualByComparingTo("3000000");
    // e = 45 / 90 = 0.5: a / e = 0.9, gap (0.5 − 0.45)·100 = 5 points
    assertThat(s.expected()).isEqualByComparingTo("0.5");
    assertThat(s.paceRatio().get()).isEqualByComparingTo("0.9");
    assertThat(s.gapPoints().get()).isEqualByComparingTo("5");
    // pace forecast 0.9, projected value 2 000 000 + 0.9·1 000 000 = 2 900 000
    assertThat(s.forecast().progress().get()).isEqualByComparingTo("0.9");
    assertThat(s.forecast().value().get()).isEqualByComparingTo("2900000");
    // an aggregate key result's value: articles at 4 % and 6 % interaction → 5 %
    AggregateMetric rate = AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, d("5"));
    KeyResultScore agg = at(kr("a", rate, CheckIn.of(day(5), new CheckInData.ItemValues(List.of(
        new CheckInData.Item("a1", d("4"), d("100")), new CheckInData.Item("a2", d("6"), d("100")))))), DEFAULTS, AFTER);
    assertThat(agg.aggregate().get()).isEqualByComparingTo("5");
    assertThat(agg.current().get()).isEqualByComparingTo("5");
    assertThat(agg.target().get()).isEqualByComparingTo("5");
    assertThat(agg.forecast().value()).isEmpty();
    // ratio rule: up p̂·t, down t / p̂
    ScoringPolicy ratio = progress(p -> p.withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET));
    assertThat(at(kr("u", LinearMetric.count(20), measure(44, "8")), ratio, day(45)).forecast().value().get())
        .isEqualByComparingTo("16");
    LinearMetric down = LinearMetric.of(Unit.NUMBER, d("30"), Target.absolute(d("15")));
    // t / c = 15 / 20 = 0.75 at e = 0.5 → p̂ 1.5, projected 15 / 1.5 = 10
    assertThat(at(kr("d", down, measure(44, "20")), ratio, day(45)).forecast().value().get()).isEqualByComparingTo("10");
    // not scored, nothing expected: no ratio; a range has no target
    assertThat(at(kr("n", LinearMetric.count(10)), DEFAULTS, day(45)).paceRatio()).isEmpty();
    assertThat(at(kr("n", LinearMetric.count(10), measure(0, "1")), DEFAULTS, day(0)).paceRatio()).isEmpty();
    assertThat(at(kr("r", RangeMetric.of(Unit.NUMBER, d("1"), d("2")), measure(5, "1.5")), DEFAULTS, AFTER).target())
        .isEmpty();
    // a recurring key result's target is its target per period
    assertThat(at(kr("m", RecurringMetric.of(Unit.COUNT, Period.MONTH, d("15")), period(5, JAN, "3")), DEFAULTS, AFTER)
        .target().get()).isEqualByComparingTo("15");
  }

  @Test
  void t1_theWholeScorecardAgrees() {
    // the typed values are those the scorecard hands out, not a second computation
    KeyResult k = kr("k", LinearMetric.count(10), measure(5, "4"));
    Scorecard card = Scorer.evaluate(set(objective("o", k)), DEFAULTS, day(45));
    KeyResultScore s = card.keyResult(k.id()).get();
    assertThat(s.amounts().get().remaining()).isEqualByComparingTo("6");
    assertThat(card.objectives().head().meanRank().get()).isEqualByComparingTo("2");
  }
}
