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

/** Commit / target / stretch levels, zones and the stretch options. */
class StretchTest {

  private static final StretchPolicy DEF = StretchPolicy.defaults();

  private static StretchLevels levels(StretchPolicy p, String b, String c, String t, String s) {
    return p.derive(b == null ? null : d(b), c == null ? null : d(c), t == null ? null : d(t), s == null ? null : d(s)).get();
  }

  /** Compares levels by value: derivation is exact, so scales follow BigDecimal arithmetic. */
  private static void assertLevels(StretchLevels l, String b, String c, String t, String s) {
    assertThat(l.baseline()).isEqualByComparingTo(b);
    assertThat(l.commit()).isEqualByComparingTo(c);
    assertThat(l.target()).isEqualByComparingTo(t);
    assertThat(l.stretch()).isEqualByComparingTo(s);
  }

  private static Option<BigDecimal> some(String v) {
    return Option.some(d(v));
  }

  @Test
  void derivesCommitAndTargetFromBaselineAndStretch() {
    // b = 0, s = 100: commit = 0 + 0.3·100 = 30, target = 0 + 0.7·100 = 70
    StretchLevels l = levels(DEF, "0", null, null, "100");
    assertLevels(l, "0", "30", "70", "100");
    assertThat(l.isIncreasing()).isTrue();
  }

  @Test
  void solvesTheMissingOneOfBaselineTargetAndStretch() {
    // b = 10, t = 80: s = 10 + 70 / 0.7 = 110; commit = 10 + 0.3·100 = 40
    assertLevels(levels(DEF, "10", null, "80", null), "10", "40", "80", "110");
    // t = 80, s = 110: b = (80 − 0.7·110) / 0.3 = (80 − 77) / 0.3 = 10
    assertThat(levels(DEF, null, null, "80", "110").baseline()).isEqualByComparingTo("10");
    // all three given are kept; commit given is kept
    assertThat(levels(DEF, "0", "20", "50", "90")).isEqualTo(new StretchLevels(d("0"), d("20"), d("50"), d("90")));
  }

  @Test
  void decreasingAndNegativeKeyResults() {
    // churn from 10 down to 0 (stretch): commit = 10 + 0.3·(−10) = 7, target = 10 − 7 = 3
    StretchLevels down = levels(DEF, "10", null, null, "0");
    assertLevels(down, "10", "7", "3", "0");
    assertThat(down.isIncreasing()).isFalse();
    assertThat(down.zoneOf(d("7"))).isEqualTo(Zone.COMMIT);
    assertThat(down.zoneOf(d("7.01"))).isEqualTo(Zone.FAIL);
    assertThat(down.zoneOf(d("-1"))).isEqualTo(Zone.STRETCH);
    // profit from −100 to −20 (stretch): commit = −100 + 0.3·80 = −76, target = −100 + 56 = −44
    StretchLevels neg = levels(DEF, "-100", null, null, "-20");
    assertLevels(neg, "-100", "-76", "-44", "-20");
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
  void configurableFractionsAndExactDerivation() {
    // fractions 0.25 / 0.5, b = 0, s = 10: commit 2.5, target 5; rounded for display to 0 decimals: 2 or 3
    StretchPolicy quarter = DEF.withFractions(d("0.25"), d("0.5"));
    StretchLevels l = levels(quarter, "0", null, null, "10");
    assertLevels(l, "0", "2.5", "5", "10");
    assertThat(l.rounded(0, RoundingMode.HALF_EVEN).commit()).isEqualTo(d("2"));
    assertThat(l.rounded(0, RoundingMode.HALF_UP).commit()).isEqualTo(d("3"));
    assertThatThrownBy(() -> l.rounded(0, RoundingMode.UNNECESSARY)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> l.rounded(31, RoundingMode.HALF_UP)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> l.rounded(-1, RoundingMode.HALF_UP)).isInstanceOf(OkrException.class);
    // b = 0, t = 0.007 → s = 0.007 / 0.7 = 0.01, commit 0.3·0.01 = 0.003 (rounding to 2 decimals used to give 0.00 = b)
    assertLevels(levels(DEF, "0", null, "0.007", null), "0", "0.003", "0.007", "0.01");
    // b = 0, t = 0.001 → s = 1/700 to 34 digits, commit 0.3·s; once "target equals baseline (0)" after rounding
    StretchLevels tiny = levels(DEF, "0", null, "0.001", null);
    assertThat(tiny.stretch()).isEqualTo(d("0.001").divide(d("0.7"), org.okr4j.internal.Numbers.MATH));
    assertThat(tiny.commit()).isEqualByComparingTo(d("0.3").multiply(tiny.stretch()));
    assertThat(tiny.isDegenerate()).isFalse();
    assertThat(tiny.rounded(2, RoundingMode.HALF_EVEN).stretch()).isEqualTo(d("0.00"));
    // b = 0, t = 1 → s = 1 / 0.7 = 1.428571… to 34 significant digits, derived exactly, not refused
    StretchLevels one = levels(DEF, "0", null, "1", null);
    assertThat(one.stretch()).isEqualTo(new BigDecimal("1.428571428571428571428571428571429"));
    // the target is reached exactly: progress against the target is 1, against the stretch level 0.7 up to the 34th digit
    assertThat(DEF.progress(one, some("1")).get()).isEqualByComparingTo("1");
  }

  @Test
  void rejectsBadPoliciesAndLevels() {
    assertThatThrownBy(() -> DEF.withFractions(d("0.7"), d("0.3"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withFractions(d("0"), d("0.3"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withFractions(d("0.3"), d("1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> DEF.withReference(null)).isInstanceOf(OkrException.class);
    assertThat(StretchPolicy.validate(null, null, null, null).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /commitFraction", "okr.required /targetFraction", "okr.required /reference",
            "okr.required /belowBaseline");
    // fewer than two of baseline / target / stretch: every missing one is reported
    assertThat(paths(DEF.derive(d("0"), null, null, null))).containsExactly("/target", "/stretch");
    assertThat(paths(DEF.derive(null, null, null, d("1")))).containsExactly("/baseline", "/target");
    assertThat(paths(DEF.derive(null, null, d("1"), null))).containsExactly("/baseline", "/stretch");
    assertThat(paths(DEF.derive(d("1"), null, null, null))).containsExactly("/target", "/stretch");
    assertThat(paths(DEF.derive(null, null, null, null))).containsExactly("/baseline", "/target", "/stretch");
    assertThat(DEF.derive(d("0"), null, null, null).getError().head()).isInstanceOf(OkrError.Required.class);
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
  void degenerateLevelsAreDerivedAndLeftToTheProgressPolicy() {
    // b = t = 5: s = 5 + 0 / 0.7 = 5, every level at the baseline; what it scores is ProgressPolicy.degenerate
    StretchLevels l = levels(DEF, "5", null, "5", null);
    assertLevels(l, "5", "5", "5", "5");
    assertThat(l.isDegenerate()).isTrue();
    assertThat(DEF.progress(l, some("7"))).isEmpty();
    assertThat(levels(DEF, "5", null, null, "5").isDegenerate()).isTrue();
    // a target at the baseline with a stretch level beyond it is out of order, not degenerate
    assertThat(paths(DEF.derive(d("5"), null, d("5"), d("9")))).containsExactly("/target");
    assertThat(paths(DEF.derive(d("5"), null, d("9"), d("5")))).containsExactly("/commit", "/stretch");
    // zones of degenerate levels: reaching the baseline is STRETCH, short of it FAIL
    assertThat(l.zoneOf(d("5"))).isEqualTo(Zone.STRETCH);
    assertThat(l.zoneOf(d("4"))).isEqualTo(Zone.FAIL);
  }

  @Test
  void levelsBuiltDirectlyAreCheckedWhereTheyAreUsed() {
    // a plain record (OkrStyle): a level missing or outside the number domain is refused where it is used, at its name
    StretchLevels missing = new StretchLevels(d("0"), null, d("7"), d("10"));
    assertThatThrownBy(() -> missing.zoneOf(d("5"))).hasMessageContaining("okr.required at /commit");
    assertThatThrownBy(() -> DEF.progress(missing, Option.some(d("5")))).hasMessageContaining("okr.required at /commit");
    assertThatThrownBy(() -> DEF.reference(new StretchLevels(d("0"), d("3"), null, d("10"))))
        .hasMessageContaining("okr.required at /target");
    assertThatThrownBy(() -> new StretchLevels(null, d("3"), d("7"), d("10")).isIncreasing())
        .hasMessageContaining("okr.required at /baseline");
    assertThatThrownBy(() -> new StretchLevels(d("0"), d("3"), d("7"), null).isDegenerate())
        .hasMessageContaining("okr.required at /stretch");
    assertThatThrownBy(() -> new StretchLevels(d("0"), d("3"), d("7"), new BigDecimal("1E+2000")).rounded(2,
        java.math.RoundingMode.HALF_EVEN)).hasMessageContaining("okr.out-of-range at /stretch");
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
  void withoutACurrentValueThereIsNoProgressHere() {
    // what a key result without a check-in scores is ProgressPolicy.noCheckIn, one rule for every kind
    StretchLevels l = levels(DEF, "0", null, null, "100");
    assertThat(DEF.progress(l, Option.none())).isEmpty();
  }

  @Test
  void levelsOfALinearMetricAndTheCurrentValueOfAKeyResult() {
    // count 0 → 70 as target: s = 70 / 0.7 = 100, commit 30
    LinearMetric m = LinearMetric.of(Unit.COUNT, BigDecimal.ZERO, Target.absolute(d("70")));
    assertLevels(DEF.derive(m).get(), "0", "30", "70", "100");
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

  private static io.vavr.collection.Seq<String> paths(io.vavr.control.Validation<io.vavr.collection.Seq<OkrError>, StretchLevels> v) {
    return v.getError().map(e -> e.path().toString());
  }
}
