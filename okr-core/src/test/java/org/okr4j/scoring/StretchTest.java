package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Zone;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Commit / target / stretch levels, zones and the stretch options (issue 9). */
class StretchTest {

  private static final StretchPolicy DEF = StretchPolicy.defaults();

  private static StretchLevels levels(StretchPolicy p, String b, String c, String t, String s) {
    return p.derive(b == null ? null : d(b), c == null ? null : d(c), t == null ? null : d(t), s == null ? null : d(s)).get();
  }

  private static Option<BigDecimal> some(String v) {
    return Option.some(d(v));
  }

  @Test
  void derivesCommitAndTargetFromBaselineAndStretch() {
    // b = 0, s = 100: commit = 0 + 0.3·100 = 30, target = 0 + 0.7·100 = 70
    StretchLevels l = levels(DEF, "0", null, null, "100");
    assertThat(l).isEqualTo(new StretchLevels(d("0"), d("30.00"), d("70.00"), d("100")));
    assertThat(l.isIncreasing()).isTrue();
  }

  @Test
  void solvesTheMissingOneOfBaselineTargetAndStretch() {
    // b = 10, t = 80: s = 10 + 70 / 0.7 = 110; commit = 10 + 0.3·100 = 40
    assertThat(levels(DEF, "10", null, "80", null)).isEqualTo(new StretchLevels(d("10"), d("40.00"), d("80"), d("110.00")));
    // t = 80, s = 110: b = (80 − 0.7·110) / 0.3 = (80 − 77) / 0.3 = 10
    assertThat(levels(DEF, null, null, "80", "110").baseline()).isEqualByComparingTo("10");
    // all three given are kept; commit given is kept
    assertThat(levels(DEF, "0", "20", "50", "90")).isEqualTo(new StretchLevels(d("0"), d("20"), d("50"), d("90")));
  }

  @Test
  void decreasingAndNegativeKeyResults() {
    // churn from 10 down to 0 (stretch): commit = 10 + 0.3·(−10) = 7, target = 10 − 7 = 3
    StretchLevels down = levels(DEF, "10", null, null, "0");
    assertThat(down).isEqualTo(new StretchLevels(d("10"), d("7.00"), d("3.00"), d("0")));
    assertThat(down.isIncreasing()).isFalse();
    assertThat(down.zoneOf(d("7"))).isEqualTo(Zone.COMMIT);
    assertThat(down.zoneOf(d("7.01"))).isEqualTo(Zone.FAIL);
    assertThat(down.zoneOf(d("-1"))).isEqualTo(Zone.STRETCH);
    // profit from −100 to −20 (stretch): commit = −100 + 0.3·80 = −76, target = −100 + 56 = −44
    StretchLevels neg = levels(DEF, "-100", null, null, "-20");
    assertThat(neg).isEqualTo(new StretchLevels(d("-100"), d("-76.00"), d("-44.00"), d("-20")));
    // c = −60: progress to target (−60 + 100) / (−44 + 100) = 40 / 56 = 0.714…
    assertThat(DEF.progress(neg, some("-60")).get()).isEqualByComparingTo(d("40").divide(d("56"), org.okr4j.internal.Numbers.MATH));
  }

  @Test
  void zonesWithEachBoundaryInTheHigherZone() {
    StretchLevels l = levels(DEF, "0", null, null, "100");
    assertThat(l.zoneOf(d("29.99"))).isEqualTo(Zone.FAIL);
    assertThat(l.zoneOf(d("30"))).isEqualTo(Zone.COMMIT);
    assertThat(l.zoneOf(d("69.99"))).isEqualTo(Zone.COMMIT);
    assertThat(l.zoneOf(d("70"))).isEqualTo(Zone.TARGET);
    assertThat(l.zoneOf(d("99.99"))).isEqualTo(Zone.TARGET);
    assertThat(l.zoneOf(d("100"))).isEqualTo(Zone.STRETCH);
    assertThat(l.zoneOf(d("-5"))).isEqualTo(Zone.FAIL);
    assertThat(DEF.zone(l, some("75"))).contains(Zone.TARGET);
    assertThat(DEF.zone(l, Option.none())).isEmpty();
    assertThat(DEF.withMissingCurrent(StretchPolicy.MissingCurrent.BASELINE).zone(l, Option.none())).contains(Zone.FAIL);
  }

  @Test
  void referencePointTargetOrStretch() {
    StretchLevels l = levels(DEF, "0", null, null, "100");
    // target reference: 84 / 70 = 1.2
    assertThat(DEF.progress(l, some("84")).get()).isEqualByComparingTo("1.2");
    // stretch reference: 84 / 100 = 0.84
    assertThat(DEF.withReference(StretchPolicy.Reference.STRETCH).progress(l, some("84")).get()).isEqualByComparingTo("0.84");
    assertThat(StretchPolicy.puzzle().reference()).isEqualTo(StretchPolicy.Reference.STRETCH);
  }

  @Test
  void configurableFractionsAndRounding() {
    // fractions 0.25 / 0.5, b = 0, s = 10: commit 2.5, target 5; with 0 decimals half-even: 2, 5
    StretchPolicy quarter = DEF.withFractions(d("0.25"), d("0.5"));
    assertThat(levels(quarter, "0", null, null, "10")).isEqualTo(new StretchLevels(d("0"), d("2.50"), d("5.00"), d("10")));
    assertThat(levels(quarter.withRounding(Option.some(0), RoundingMode.HALF_EVEN), "0", null, null, "10").commit()).isEqualTo(d("2"));
    assertThat(levels(quarter.withRounding(Option.some(0), RoundingMode.HALF_UP), "0", null, null, "10").commit()).isEqualTo(d("3"));
    // exact: b = 0, t = 0.007 → s = 0.007 / 0.7 = 0.01, commit 0.3·0.01 = 0.003 (2 decimals would give 0.00 = b)
    StretchPolicy exact = DEF.withRounding(Option.none(), RoundingMode.HALF_EVEN);
    assertThat(levels(exact, "0", null, "0.007", null)).isEqualTo(new StretchLevels(d("0"), d("0.003"), d("0.007"), d("0.01")));
    assertThat(DEF.derive(d("0"), null, d("0.007"), null).getError().head().path().toString()).isEqualTo("/commit");
    // exact: b = 0, t = 1 → s = 1 / 0.7 = 1.428571… (34 digits) is outside the 30-decimal domain
    assertThat(exact.derive(d("0"), null, d("1"), null).getError().head()).isInstanceOf(OkrError.OutOfRange.class);
  }

  @Test
  void rejectsBadPoliciesAndLevels() {
    assertThatThrownBy(() -> DEF.withFractions(d("0.7"), d("0.3"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withFractions(d("0"), d("0.3"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withFractions(d("0.3"), d("1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withRounding(Option.some(-1), RoundingMode.HALF_UP)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withRounding(Option.some(31), RoundingMode.HALF_UP)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withRounding(Option.some(2), RoundingMode.UNNECESSARY)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withReference(null)).isInstanceOf(OkrException.class);
    // fewer than two of baseline / target / stretch
    assertThat(DEF.derive(d("0"), null, null, null).getError().head()).isInstanceOf(OkrError.Required.class);
    assertThat(DEF.derive(null, null, null, d("1")).getError().head().path().toString()).isEqualTo("/baseline");
    assertThat(DEF.derive(null, null, d("1"), null).getError().head().path().toString()).isEqualTo("/baseline");
    assertThat(DEF.derive(d("1"), null, null, null).getError().head().path().toString()).isEqualTo("/target");
    // out of order: commit 80 above target 70
    var bad = DEF.derive(d("0"), d("80"), d("70"), d("100"));
    assertThat(bad.getError()).singleElement().isInstanceOf(OkrError.OutOfRange.class);
    assertThat(bad.getError().head().path().toString()).isEqualTo("/target");
    // stretch short of target
    assertThat(DEF.derive(d("0"), null, d("70"), d("60")).getError().map(e -> e.path().toString())).contains("/stretch");
    // outside the number domain
    assertThat(DEF.derive(d("0"), null, null, d("1E+40")).getError().head()).isInstanceOf(OkrError.OutOfRange.class);
  }

  @Test
  void degenerateBaselinePolicies() {
    // b = t = 5
    assertThat(DEF.derive(d("5"), null, d("5"), null).getError().head()).isInstanceOf(OkrError.TargetEqualsBaseline.class);
    assertThat(DEF.derive(d("5"), null, d("5"), d("9")).getError().head().path().toString()).isEqualTo("/target");
    assertThat(DEF.derive(d("5"), null, d("9"), d("5")).getError().head().path().toString()).isEqualTo("/stretch");
    assertThat(DEF.derive(d("5"), null, null, d("5")).getError().head().path().toString()).isEqualTo("/stretch");
    StretchPolicy zero = DEF.withDegenerate(StretchPolicy.Degenerate.ZERO);
    StretchLevels l = levels(zero, "5", null, "5", null);
    assertThat(l).isEqualTo(new StretchLevels(d("5"), d("5"), d("5"), d("5")));
    assertThat(zero.progress(l, some("7"))).contains(BigDecimal.ZERO);
    assertThat(DEF.withDegenerate(StretchPolicy.Degenerate.HALF).progress(l, some("7")).get()).isEqualByComparingTo("0.5");
    assertThat(DEF.withDegenerate(StretchPolicy.Degenerate.NOT_SCORED).progress(l, some("7"))).isEmpty();
    StretchPolicy threshold = DEF.withDegenerate(StretchPolicy.Degenerate.THRESHOLD);
    // threshold: 7 ≥ 5 → 1; 4 < 5 → 0; 5 meets 5 → 1
    assertThat(threshold.progress(l, some("7"))).contains(BigDecimal.ONE);
    assertThat(threshold.progress(l, some("4"))).contains(BigDecimal.ZERO);
    assertThat(threshold.progress(l, some("5"))).contains(BigDecimal.ONE);
    assertThat(l.zoneOf(d("5"))).isEqualTo(Zone.STRETCH);
    assertThat(l.zoneOf(d("4"))).isEqualTo(Zone.FAIL);
  }

  @Test
  void degenerateLevelsBuiltDirectlyAreNotScoredUnderReject() {
    // levels built without derive: target = baseline = 0, stretch 10; target reference divides by 0
    StretchLevels l = new StretchLevels(d("0"), d("0"), d("0"), d("10"));
    assertThat(DEF.progress(l, some("3"))).isEmpty();
    // stretch reference: 3 / 10 = 0.3
    assertThat(DEF.withReference(StretchPolicy.Reference.STRETCH).progress(l, some("3")).get()).isEqualByComparingTo("0.3");
    assertThatThrownBy(() -> l.zoneOf(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.progress(l, null)).isInstanceOf(OkrException.class);
  }

  @Test
  void belowBaselinePolicy() {
    StretchLevels l = levels(DEF, "100", null, null, "200");
    // target 170: c = 93 → (93 − 100) / 70 = −0.1
    assertThat(DEF.progress(l, some("93")).get()).isEqualByComparingTo("-0.1");
    assertThat(DEF.withBelowBaseline(StretchPolicy.BelowBaseline.FLOOR_AT_ZERO).progress(l, some("93"))).contains(BigDecimal.ZERO);
    assertThat(DEF.withBelowBaseline(StretchPolicy.BelowBaseline.FLOOR_AT_ZERO).progress(l, some("135")).get()).isEqualByComparingTo("0.5");
  }

  @Test
  void missingCurrentValuePolicy() {
    StretchLevels l = levels(DEF, "0", null, null, "100");
    assertThat(DEF.progress(l, Option.none())).isEmpty();
    assertThat(DEF.withMissingCurrent(StretchPolicy.MissingCurrent.BASELINE).progress(l, Option.none()).get()).isEqualByComparingTo("0");
  }

  @Test
  void levelsOfALinearMetricAndTheCurrentValueOfAKeyResult() {
    // count 0 → 70 as target: s = 70 / 0.7 = 100, commit 30
    LinearMetric m = LinearMetric.of(Unit.COUNT, BigDecimal.ZERO, Target.absolute(d("70")));
    assertThat(DEF.derive(m).get()).isEqualTo(new StretchLevels(d("0"), d("30.00"), d("70"), d("100.00")));
    var kr = kr("kr", m, measure(3, "10"), measure(20, "45"));
    assertThat(StretchPolicy.currentValue(kr, AFTER)).contains(d("45"));
    assertThat(StretchPolicy.currentValue(kr, day(10))).contains(d("10"));
    assertThat(StretchPolicy.currentValue(kr, day(1))).isEmpty();
    assertThatThrownBy(() -> StretchPolicy.currentValue(null, AFTER)).isInstanceOf(OkrException.class);
  }

  @Test
  void puzzlePreset() {
    ScoringPolicy p = ScoringPolicy.puzzle();
    assertThat(p.progress().cap()).isEqualTo(Cap.nonNegative());
    assertThat(p.grading().bands()).isEqualTo(Bands.puzzle());
    // b = 0, s = 100, c = −10: floored to 0, FAIL
    StretchLevels l = levels(StretchPolicy.puzzle(), "0", null, null, "100");
    assertThat(StretchPolicy.puzzle().progress(l, some("-10"))).contains(BigDecimal.ZERO);
    assertThat(StretchPolicy.puzzle().progress(l, some("100")).get()).isEqualByComparingTo("1");
  }
}
