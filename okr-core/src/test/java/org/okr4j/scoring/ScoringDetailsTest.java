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

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.ManualStatus;
import org.okr4j.model.RangeMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrException;

/**
 * The finer points of the newer scoring rules: explanations, problem paths, boundaries and the
 * validation of the values they use. Numbers worked by hand in the comments.
 */
class ScoringDetailsTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

  private static ScoringPolicy progress(java.util.function.UnaryOperator<ProgressPolicy> change) {
    return DEFAULTS.withProgress(change.apply(ProgressPolicy.defaults()));
  }

  private static KeyResultScore after(KeyResult kr, ScoringPolicy policy) {
    return Scorer.scoreKeyResult(kr, Q1, policy, AFTER);
  }

  @Test
  void degenerateTargetsExplainedAndReportedWhereTheyLie() {
    LinearMetric flat = LinearMetric.of(Unit.NUMBER, d("12"), Target.absolute(d("12")));
    // reported with or without a check-in: such a key result can never be scored
    KeyResultScore none = after(kr("f", flat), DEFAULTS);
    assertThat(none.problems().map(e -> e.path().toString())).containsExactly("/metric/target");
    assertThat(none.explanation().rule())
        .isEqualTo("not scored: the target equals the baseline (okr.key-result.target-equals-baseline)");
    // the threshold reading at equality: 12 ≥ 12 → 1
    ScoringPolicy threshold = progress(p -> p.withDegenerate(ProgressPolicy.Degenerate.THRESHOLD));
    KeyResultScore at = after(kr("f", flat, measure(5, "12")), threshold);
    assertThat(at.progress().get()).isEqualByComparingTo("1");
    assertThat(at.explanation().equation()).isEqualTo("1 = 12 ≥ 12");
    assertThat(after(kr("f", flat, measure(5, "12")), progress(p -> p.withDegenerate(ProgressPolicy.Degenerate.HALF)))
        .explanation().rule()).isEqualTo("target equals baseline: scores 0.5");
    // under the ratio rule the baseline does not matter: 12 / 12 = 1
    assertThat(after(kr("f", flat, measure(5, "12")), progress(p -> p.withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET)))
        .progress().get()).isEqualByComparingTo("1");
    // no check-in and counting as 0 beats a degenerate rule other than REJECT
    assertThat(after(kr("f", flat), progress(p -> p.withDegenerate(ProgressPolicy.Degenerate.HALF)
        .withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO))).progress()).contains(BigDecimal.ZERO);
  }

  @Test
  void degenerateStretchLevelsNameTheirReferenceLevel() {
    LinearMetric flat = LinearMetric.of(Unit.NUMBER, d("5"), Target.absolute(d("5")));
    ScoringPolicy toTarget = progress(p -> p.withStretch(Option.some(StretchPolicy.defaults())));
    ScoringPolicy toStretch = progress(p -> p.withStretch(Option.some(StretchPolicy.puzzle())));
    assertThat(after(kr("f", flat, measure(5, "7")), toTarget).problems().map(e -> e.path().toString()))
        .containsExactly("/metric/target");
    assertThat(after(kr("f", flat, measure(5, "7")), toStretch).problems().map(e -> e.path().toString()))
        .containsExactly("/metric/stretch");
    // HALF: 0.5 whatever the value, levels degenerate, no segments
    KeyResultScore half = after(kr("f", flat, measure(5, "7")), toTarget.withProgress(toTarget.progress()
        .withDegenerate(ProgressPolicy.Degenerate.HALF)));
    assertThat(half.progress().get()).isEqualByComparingTo("0.5");
    assertThat(half.levels().get().isDegenerate()).isTrue();
    assertThat(half.segments()).isEmpty();
  }

  @Test
  void stretchExplanationsSayWhichLevelIsOneHundredPercent() {
    LinearMetric m = LinearMetric.count(70);
    assertThat(after(kr("k", m, measure(5, "80")), progress(p -> p.withStretch(Option.some(StretchPolicy.defaults()))))
        .explanation().rule())
        .isEqualTo("stretch levels, the target is 100 %: (c − b) / (t − b); zone TARGET");
    ScoringPolicy puzzleLevels = progress(p -> p.withStretch(Option.some(StretchPolicy.puzzle())));
    assertThat(after(kr("k", m, measure(5, "80")), puzzleLevels).explanation().rule())
        .isEqualTo("stretch levels, the stretch level is 100 %: (c − b) / (s − b), floored at 0; zone TARGET");
    assertThat(after(kr("k", m, measure(5, "80")), puzzleLevels).explanation().equation())
        .isEqualTo("0.8 = (80 − 0) / (100 − 0)");
    // Puzzle's preset also floors progress at 0: the raw explanation sits below the bound
    assertThat(after(kr("k", m, measure(5, "80")), ScoringPolicy.puzzle()).explanation().inputs().head().rule())
        .startsWith("stretch levels, the stretch level is 100 %");
  }

  @Test
  void finalStatusExplanations() {
    // closed by its due date (Feb 28) while the cycle runs; then after the cycle; not scored at the end
    KeyResult due = KeyResult.builder().id("d").title("Due").dueDate(LocalDate.of(2026, 2, 28))
        .metric(org.okr4j.model.ThresholdMetric.of(Unit.COUNT, Comparison.AT_LEAST, d("100")))
        .checkIns(List.of(measure(40, "80"))).buildOrThrow();
    assertThat(Scorer.scoreKeyResult(due, Q1, DEFAULTS, day(60)).statusExplanation().rule())
        .startsWith("the window closed at 2026-03-01T00:00:00Z: final");
    assertThat(after(due, DEFAULTS).statusExplanation().rule()).startsWith("the cycle ended at 2026-04-01T00:00:00Z");
    // checked in but not scored (a ratio dividing by zero): nothing to call missed
    KeyResult undefined = kr("u", LinearMetric.of(Unit.NUMBER, d("30"), Target.absolute(d("15"))), measure(5, "0"));
    KeyResultScore s = after(undefined, progress(p -> p.withLinearRule(ProgressPolicy.LinearRule.RATIO_TO_TARGET)));
    assertThat(s.status()).isEqualTo(Status.NOT_SCORED);
    assertThat(s.statusExplanation().rule()).isEqualTo("the cycle ended at 2026-04-01T00:00:00Z; not scored");
    // an objective scored from key-result scores alone reads its cycle from them
    KeyResult half = kr("h", LinearMetric.count(2), measure(5, "1"));
    ObjectiveScore o = Scorer.scoreObjective(objective("o", half), List.of(after(half, DEFAULTS)), List.empty(),
        DEFAULTS, AFTER);
    assertThat(o.status()).isEqualTo(Status.MISSED);
    // while its cycle runs, a key result already missed counts as off track for the weakest rule
    KeyResult launch = KeyResult.builder().id("l").title("Launch").dueDate(LocalDate.of(2026, 1, 31))
        .metric(org.okr4j.model.BinaryMetric.INSTANCE)
        .checkIns(List.of(CheckIn.of(day(5), new CheckInData.Completion(false)))).buildOrThrow();
    ObjectiveScore running = Scorer.scoreObjective(objective("o", launch, kr("k", LinearMetric.count(2), measure(5, "2"))),
        Q1, DEFAULTS, day(45));
    assertThat(running.keyResults().head().status()).isEqualTo(Status.MISSED);
    assertThat(running.status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void projectedValuesOfAggregatesAndStretchLevels() {
    // an aggregate from a baseline of 2 % to 6 %: items at 4 % → 0.5; pace at e = 0.5 → 1, projected 6
    AggregateMetric rate = AggregateMetric.validate(Unit.PERCENT, Comparison.AT_LEAST, d("6"), d("2")).get();
    KeyResult k = kr("a", rate, CheckIn.of(day(44), new CheckInData.ItemValues(List.of(
        new CheckInData.Item("a1", d("4"), d("100"))))));
    KeyResultScore s = Scorer.scoreKeyResult(k, Q1, DEFAULTS, day(45));
    assertThat(s.progress().get()).isEqualByComparingTo("0.5");
    assertThat(s.forecast().value().get()).isEqualByComparingTo("6");
    assertThat(s.amounts().get().remaining()).isEqualByComparingTo("2");
    // stretch levels, stretch as 100 %: 40 of 100 at e = 0.5 → 0.8, projected 0 + 0.8·100 = 80
    KeyResultScore st = Scorer.scoreKeyResult(kr("s", LinearMetric.count(70), measure(44, "40")), Q1,
        ScoringPolicy.puzzle(), day(45));
    assertThat(st.forecast().value().get()).isEqualByComparingTo("80");
    // a final forecast reads as such and is not equal to the same progress with time left
    Forecast fin = after(kr("k", LinearMetric.count(10), measure(5, "5")), DEFAULTS).forecast();
    assertThat(fin).hasToString("Forecast{method=PACE, progress=Some(0.5), willMiss=false, final}");
    Forecast open = Scorer.scoreKeyResult(kr("k", LinearMetric.count(10), measure(5, "5")), Q1, DEFAULTS, day(90).minusSeconds(1))
        .forecast();
    assertThat(open.isFinal()).isFalse();
    assertThat(fin).isNotEqualTo(open);
    assertThat(fin.hashCode()).isEqualTo(after(kr("k", LinearMetric.count(10), measure(5, "5")), DEFAULTS).forecast().hashCode());
  }

  @Test
  void rangeDistanceUnderEveryControlMethod() {
    KeyResult kr = kr("r", RangeMetric.of(Unit.NUMBER, d("4"), d("5")), measure(1, "4.5"), measure(8, "7"));
    ScoringPolicy share = progress(p -> p.withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET));
    ScoringPolicy mean = progress(p -> p.withControlMethod(ProgressPolicy.ControlMethod.MEAN_OF_CHECK_INS));
    // the latest value, 7, is 2 above; the mean (4.5 + 7) / 2 = 5.75 is 0.75 above
    assertThat(after(kr, share).rangeDistance().get()).isEqualByComparingTo("2");
    assertThat(after(kr, share).current().get()).isEqualByComparingTo("7");
    assertThat(after(kr, mean).rangeDistance().get()).isEqualByComparingTo("0.75");
    // a share of periods grades no single value, so a tolerance maps nothing to a status
    ScoringPolicy tolerant = share.withStatus(StatusPolicy.defaults().withRangeTolerance(d("3")));
    assertThat(Scorer.scoreKeyResult(kr, Q1, tolerant, day(20)).status()).isNotEqualTo(Status.AT_RISK);
  }

  @Test
  void anUnknownLabelIsReportedAtItsOwnCheckIn() {
    KeyResult k = kr("k", LinearMetric.count(10), measure(5, "2").withConfidenceLabel("high"),
        measure(6, "3").withConfidenceLabel("sure"));
    KeyResultScore s = Scorer.scoreKeyResult(k, Q1, DEFAULTS, day(30));
    assertThat(s.problems().map(e -> e.path().toString())).containsExactly("/checkIns/1/confidenceLabel");
    // the earlier label still counts
    assertThat(s.confidence().get().value()).isEqualByComparingTo("0.85");
    // labels are validated: at most 64 characters
    assertThat(CheckIn.validate(day(1), new CheckInData.Measurement(BigDecimal.ONE), null, null, null, null,
        "x".repeat(64)).isValid()).isTrue();
    assertThat(CheckIn.validate(day(1), new CheckInData.Measurement(BigDecimal.ONE), null, null, null, null,
        "x".repeat(65)).getError().head().code()).isEqualTo("okr.too-long");
    assertThat(ConfidencePolicy.defaults().withLabels(io.vavr.collection.HashMap.of("x".repeat(64),
        org.okr4j.model.Confidence.of(d("0.5")))).labels().size()).isEqualTo(1);
    assertThatThrownBy(() -> ConfidencePolicy.defaults().withLabels(io.vavr.collection.HashMap.of("x".repeat(65),
        org.okr4j.model.Confidence.of(d("0.5"))))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ConfidencePolicy.defaults().withLabels(io.vavr.collection.HashMap.of("a", null)))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> measure(1, "1").withConfidenceLabel(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void checkInsAtOneInstantSortByStatusAndLabelToo() {
    CheckIn plain = measure(5, "1");
    CheckIn atRisk = plain.withStatus(ManualStatus.AT_RISK);
    CheckIn onTrack = plain.withStatus(ManualStatus.ON_TRACK);
    CheckIn labelled = plain.withConfidenceLabel("low");
    assertThat(List.of(onTrack, atRisk, plain).sorted(CheckIn.ORDER)).containsExactly(plain, atRisk, onTrack);
    assertThat(List.of(labelled, plain).sorted(CheckIn.ORDER)).containsExactly(plain, labelled);
    assertThat(atRisk.withNote("n").status()).contains(ManualStatus.AT_RISK);
    assertThat(labelled.withAuthor(org.okr4j.model.OwnerRef.person("p")).confidenceLabel()).contains("low");
    assertThat(atRisk.withConfidence(org.okr4j.model.Confidence.of(d("0.5"))).status()).contains(ManualStatus.AT_RISK);
  }

  @Test
  void groupMeansWithCapsProblemsAndMissingGroups() {
    RollUpPolicy groups = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.MEAN_OF_GROUP_MEANS);
    Contribution over = Contribution.of(Contribution.Kind.KEY_RESULT, "a", "", Option.some(d("1.5")), BigDecimal.ONE);
    Contribution child = Contribution.of(Contribution.Kind.OBJECTIVE, "c", "", Option.some(d("0.5")), BigDecimal.ONE);
    // capped: (1 + 0.5) / 2 = 0.75; raw: (1.5 + 0.5) / 2 = 1
    RollUp r = groups.combine(List.of(over), List.of(child));
    assertThat(r.progress().get()).isEqualByComparingTo("0.75");
    assertThat(r.raw().get()).isEqualByComparingTo("1");
    // weights that must sum to 1: the children's 0.5 is a problem, whatever the key results do
    RollUpPolicy sum1 = groups.withMethod(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE);
    RollUp bad = sum1.combine(List.of(over), List.of(child.withWeight(d("0.5"))));
    assertThat(bad.progress()).isEmpty();
    assertThat(bad.problems().map(e -> e.code())).containsExactly("okr.scoring.weights-not-normalized");
    assertThat(bad.explanation().rule()).isEqualTo("not scored: no group is scored");
    // a child group not scored and skipped: the key results alone, and the explanation says so
    Contribution none = Contribution.of(Contribution.Kind.OBJECTIVE, "n", "", Option.none(), BigDecimal.ONE);
    RollUp skipped = groups.withMissing(RollUpPolicy.Missing.SKIP).combine(List.of(over), List.of(none));
    assertThat(skipped.progress().get()).isEqualByComparingTo("1");
    assertThat(skipped.explanation().equation()).isEqualTo("1 = 1");
    assertThat(skipped.explanation().inputs().map(Explanation::label)).containsExactly("key results", "aligned children");
    // counted as 0 (the default): (1 + 0) / 2
    assertThat(groups.combine(List.of(over), List.of(none)).explanation().equation()).isEqualTo("0.5 = (1 + 0) / 2");
    // the lower group under MINIMUM
    assertThat(groups.withMethod(RollUpPolicy.Method.MINIMUM).combine(List.of(over), List.of(child)).explanation()
        .equation()).isEqualTo("0.5 = min(1, 0.5)");
    // nothing at all: not scored, or 0 under ZERO
    assertThat(groups.combine(List.empty()).progress()).isEmpty();
    assertThat(groups.withEmpty(RollUpPolicy.Empty.ZERO).combine(List.empty()).progress()).contains(BigDecimal.ZERO);
    assertThat(groups.withEmpty(RollUpPolicy.Empty.ZERO).combine(List.empty()).explanation().rule())
        .isEqualTo("nothing to roll up: counts as 0");
  }

  @Test
  void levelsRoundForDisplayWithTheirPaths() {
    StretchLevels l = StretchPolicy.defaults().derive(BigDecimal.ZERO, null, BigDecimal.ONE, null).get();
    assertThat(l.rounded(30, RoundingMode.HALF_EVEN).stretch().scale()).isEqualTo(30);
    assertThat(l.rounded(0, RoundingMode.HALF_EVEN).stretch()).isEqualTo(d("1"));
    assertThatThrownBy(() -> l.rounded(31, RoundingMode.HALF_UP)).isInstanceOfSatisfying(OkrException.class,
        e -> assertThat(e.errors().head().path().toString()).isEqualTo("/decimals"));
    assertThatThrownBy(() -> l.rounded(2, RoundingMode.UNNECESSARY)).isInstanceOfSatisfying(OkrException.class,
        e -> assertThat(e.errors().head().path().toString()).isEqualTo("/mode"));
    // fraction bounds: 0 < commit < target < 1, each bound itself refused
    assertThat(StretchPolicy.validate(d("0.3"), d("0.3"), StretchPolicy.Reference.TARGET,
        StretchPolicy.BelowBaseline.KEEP_NEGATIVE).isInvalid()).isTrue();
    assertThat(StretchPolicy.validate(d("0.01"), d("0.99"), StretchPolicy.Reference.TARGET,
        StretchPolicy.BelowBaseline.KEEP_NEGATIVE).isValid()).isTrue();
    // a declared commit equal to the baseline with target and stretch at it is degenerate too
    assertThat(StretchPolicy.defaults().derive(d("5"), d("5"), d("5"), null).get().isDegenerate()).isTrue();
    assertThat(StretchPolicy.defaults().derive(d("5"), d("6"), d("5"), null).isInvalid()).isTrue();
    // an order problem names the direction: decreasing levels must fall
    Seq<String> message = StretchPolicy.defaults().derive(d("10"), d("12"), null, d("0")).getError()
        .map(e -> e.message(java.util.Locale.ENGLISH));
    assertThat(message.head()).contains("below baseline 10");
  }

  @Test
  void valuesThatWereRecordsValidateWithPaths() {
    assertThat(ScoreNode.Group.validate(java.util.Arrays.asList(ScoreNode.leaf(Option.none()), null)
        .stream().collect(List.collector()), BigDecimal.ONE).getError().map(e -> e.path().toString()))
        .containsExactly("/children/1");
    assertThat(ScoreNode.Leaf.validate(Option.some(null), BigDecimal.ONE).getError().map(e -> e.path().toString()))
        .containsExactly("/progress");
    assertThat(ScoreNode.Leaf.validate(null, d("-1")).getError().map(e -> e.path().toString()))
        .containsExactly("/progress", "/weight");
    assertThatThrownBy(() -> Series.group(java.util.Arrays.asList(objective("o", kr("k", LinearMetric.count(1))), null)
        .stream().collect(List.collector()), Q1, DEFAULTS, AggregationPolicy.defaults(), Series.Step.WEEK))
        .isInstanceOf(OkrException.class);
    // a degenerate linear key result's amounts: nothing to do, the direction taken as up
    Amounts flat = after(kr("f", LinearMetric.of(Unit.NUMBER, d("5"), Target.absolute(d("5"))), measure(5, "7")),
        progress(p -> p.withDegenerate(ProgressPolicy.Degenerate.ZERO))).amounts().get();
    assertThat(flat.total()).isEqualByComparingTo("0");
    assertThat(flat.done()).isEqualByComparingTo("2");
    assertThat(flat.remaining()).isEqualByComparingTo("0");
  }
}
