package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.ObjectiveType;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Grades, colour bands, verdicts and caps (docs/conventions.md §2, §1.3). */
class GradingTest {

  private static String band(Bands bands, String value) {
    return bands.classify(d(value)).map(Band::label).getOrElse("none");
  }

  @Test
  void gradeScales() {
    assertThat(GradeScale.continuous().grade(d("0.42"))).isEqualByComparingTo("0.42");
    assertThat(GradeScale.continuous().grade(d("1.25"))).isEqualByComparingTo("1");
    assertThat(GradeScale.continuous().grade(d("-0.5"))).isEqualByComparingTo("0");
    // Google: one decimal, half-even
    assertThat(GradeScale.tenths().grade(d("0.6833"))).isEqualByComparingTo("0.7");
    assertThat(GradeScale.tenths().grade(d("0.65"))).isEqualByComparingTo("0.6");
    assertThat(GradeScale.tenths().grade(d("0.75"))).isEqualByComparingTo("0.8");
    assertThat(GradeScale.tenths().grade(d("1.25"))).isEqualByComparingTo("1");
    assertThat(GradeScale.tenths().grade(d("-0.2"))).isEqualByComparingTo("0");
    // Lamorte: the highest level reached
    GradeScale lamorte = GradeScale.levels(d("0"), d("0.3"), d("0.7"), d("1"));
    assertThat(lamorte.kind()).isEqualTo(GradeScale.Kind.LEVELS);
    assertThat(lamorte.grade(d("0.65"))).isEqualByComparingTo("0.3");
    assertThat(lamorte.grade(d("0.7"))).isEqualByComparingTo("0.7");
    assertThat(lamorte.grade(d("0.1"))).isEqualByComparingTo("0");
    assertThat(lamorte.grade(d("1.2"))).isEqualByComparingTo("1");
  }

  @Test
  void gradeLevelValidation() {
    assertThat(GradeScale.validateLevels(List.of(d("0.1"), d("1.5"), d("0.5"), d("0.4"))).getError()
        .map(e -> e.code() + " " + e.path())).containsExactly("okr.out-of-range /levels/0", "okr.out-of-range /levels/1",
        "okr.out-of-range /levels/3");
    assertThat(GradeScale.validateLevels(List.empty()).getError().map(OkrError::code)).containsExactly("okr.empty");
    assertThat(GradeScale.validateLevels(null).getError().map(OkrError::code)).containsExactly("okr.required");
    assertThat(GradeScale.validateLevels(java.util.Arrays.asList(BigDecimal.ZERO, null)).getError().map(e -> e.path().toString()))
        .containsExactly("/levels/1");
    assertThatThrownBy(() -> GradeScale.levels((BigDecimal[]) null)).isInstanceOf(OkrException.class);
    assertThat(GradeScale.levels(d("0")).grade(d("0.9"))).isEqualByComparingTo("0");
  }

  @Test
  void bandPresets() {
    assertThat(band(Bands.google(), "0.39")).isEqualTo("red");
    assertThat(band(Bands.google(), "0.4")).isEqualTo("yellow");
    assertThat(band(Bands.google(), "0.6999")).isEqualTo("yellow");
    assertThat(band(Bands.google(), "0.7")).isEqualTo("green");
    // each boundary in the higher band, as each level in the higher zone: 0.3 is commit, 0.7 target
    assertThat(band(Bands.puzzle(), "0.2999")).isEqualTo("fail");
    assertThat(band(Bands.puzzle(), "0.3")).isEqualTo("commit");
    assertThat(band(Bands.puzzle(), "0.6999")).isEqualTo("commit");
    assertThat(band(Bands.puzzle(), "0.7")).isEqualTo("target");
    assertThat(band(Bands.puzzle(), "0.99")).isEqualTo("target");
    assertThat(band(Bands.puzzle(), "1")).isEqualTo("stretch");
    assertThat(band(Bands.qultureRocks(), "0.3332")).isEqualTo("red");
    assertThat(band(Bands.qultureRocks(), "0.3333")).isEqualTo("yellow");
    assertThat(band(Bands.qultureRocks(), "0.6666")).isEqualTo("green");
    assertThat(band(Bands.workBoard(), "0.5")).isEqualTo("red");
    assertThat(band(Bands.workBoard(), "0.51")).isEqualTo("amber");
    assertThat(band(Bands.workBoard(), "0.7")).isEqualTo("amber");
    // labels in kebab-case, the form exports write style classes in
    assertThat(band(Bands.workBoard(), "0.9")).isEqualTo("light-green");
    assertThat(band(Bands.workBoard(), "0.91")).isEqualTo("dark-green");
    assertThat(band(Bands.serviceNow(), "0.749")).isEqualTo("red");
    assertThat(band(Bands.serviceNow(), "0.75")).isEqualTo("yellow");
    assertThat(band(Bands.serviceNow(), "0.9")).isEqualTo("green");
    assertThat(band(Bands.confidence(), "0.39")).isEqualTo("low");
    assertThat(band(Bands.none(), "0.5")).isEqualTo("none");
    assertThat(Bands.google().classify(d("-5")).get().colour()).isEqualTo(Colour.RED);
  }

  @Test
  void customBandsAndValidation() {
    Bands weekdone = Bands.of(Band.lowest("red", Colour.RED), Band.from("green", Colour.GREEN, d("0.7")),
        Band.above("blue", Colour.BLUE, BigDecimal.ONE));
    assertThat(band(weekdone, "1")).isEqualTo("green");
    assertThat(band(weekdone, "1.01")).isEqualTo("blue");
    assertThat(Bands.validate(List.of(Band.from("a", Colour.RED, d("0.1")), Band.lowest("b", Colour.GREEN),
        Band.from("c", Colour.GREEN, d("0.5")), Band.from("d", Colour.GREEN, d("0.5")))).getError()
        .map(e -> e.code() + " " + e.path())).containsExactly("okr.out-of-range /bands/0/lowerBound",
        "okr.required /bands/1/lowerBound", "okr.out-of-range /bands/3/lowerBound");
    assertThat(Bands.validate(null).getError().map(OkrError::code)).containsExactly("okr.required");
    assertThat(Bands.validate(java.util.Arrays.asList(Band.lowest("a", Colour.RED), null)).getError()
        .map(e -> e.path().toString())).containsExactly("/bands/1");
    assertThat(Bands.validate(List.empty()).get().bands()).isEmpty();
    assertThatThrownBy(() -> Bands.of((Band[]) null)).isInstanceOf(OkrException.class);
    assertThat(Band.validate(" ", null, d("1E+31"), true).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.blank /label", "okr.required /colour", "okr.out-of-range /lowerBound");
    assertThatThrownBy(() -> Band.from("a", Colour.RED, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Band.above("a", Colour.RED, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Band.lowest(null, Colour.RED)).isInstanceOf(OkrException.class);
    Band b = Band.above("x", Colour.GREY, d("0.5"));
    assertThat(b.inclusive()).isFalse();
    assertThat(b.admits(d("0.5"))).isFalse();
    assertThat(b.admits(d("0.51"))).isTrue();
    assertThat(Band.from("x", Colour.GREY, d("0.5")).admits(d("0.5"))).isTrue();
    assertThat(Band.from("x", Colour.GREY, d("0.5")).admits(d("0.49"))).isFalse();
  }

  @Test
  void verdicts() {
    GradingPolicy g = GradingPolicy.defaults();
    assertThat(g.verdict(ObjectiveType.COMMITTED, Option.some(d("1")))).isEqualTo(Verdict.COMMITMENT_MET);
    assertThat(g.verdict(ObjectiveType.COMMITTED, Option.some(d("0.9")))).isEqualTo(Verdict.COMMITMENT_MISSED);
    assertThat(g.withCommittedTarget(d("0.9")).verdict(ObjectiveType.COMMITTED, Option.some(d("0.9"))))
        .isEqualTo(Verdict.COMMITMENT_MET);
    assertThat(g.verdict(ObjectiveType.ASPIRATIONAL, Option.some(d("0.59")))).isEqualTo(Verdict.BELOW_SWEET_SPOT);
    assertThat(g.verdict(ObjectiveType.ASPIRATIONAL, Option.some(d("0.6")))).isEqualTo(Verdict.IN_SWEET_SPOT);
    assertThat(g.verdict(ObjectiveType.ASPIRATIONAL, Option.some(d("0.7")))).isEqualTo(Verdict.IN_SWEET_SPOT);
    assertThat(g.verdict(ObjectiveType.ASPIRATIONAL, Option.some(d("0.71")))).isEqualTo(Verdict.ABOVE_SWEET_SPOT);
    assertThat(g.verdict(ObjectiveType.ASPIRATIONAL, Option.none())).isEqualTo(Verdict.NOT_SCORED);
    // Tability: aim for 0.8–0.9
    GradingPolicy tability = g.withSweetSpot(d("0.8"), d("0.9"));
    assertThat(tability.verdict(ObjectiveType.ASPIRATIONAL, Option.some(d("0.7")))).isEqualTo(Verdict.BELOW_SWEET_SPOT);
    assertThat(tability.sweetSpotLow()).isEqualByComparingTo("0.8");
    assertThat(tability.sweetSpotHigh()).isEqualByComparingTo("0.9");
    assertThat(g.validateSweetSpot(d("0.9"), d("0.8")).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.empty-range /sweetSpotHigh");
    assertThat(g.validateSweetSpot(d("-0.1"), d("1.1")).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /sweetSpotLow", "okr.out-of-range /sweetSpotHigh");
    assertThat(g.validateSweetSpot(null, null).getError().map(OkrError::code)).containsExactly("okr.required", "okr.required");
    assertThatThrownBy(() -> g.withSweetSpot(d("0.9"), d("0.1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> g.withCommittedTarget(d("1.1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> g.withCommittedTarget(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> g.verdict(null, Option.none())).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> g.verdict(ObjectiveType.COMMITTED, null)).isInstanceOf(OkrException.class);
    assertThat(g.grade(d("1.3"))).isEqualByComparingTo("1");
    assertThatThrownBy(() -> g.grade(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void objectiveVerdictThroughTheScorer() {
    // aspirational: (0.7 + 0.6) / 2 = 0.65 → in the sweet spot; Google's tenths: 0.6 (half-even), still in
    var o = objective("o", ObjectiveType.ASPIRATIONAL, kr("a", LinearMetric.count(10), measure(5, "7")),
        kr("b", LinearMetric.count(10), measure(5, "6")));
    ObjectiveScore s = Scorer.scoreObjective(o, Q1, ScoringPolicy.defaults(), AFTER);
    assertThat(s.grade().get()).isEqualByComparingTo("0.65");
    assertThat(s.verdict()).isEqualTo(Verdict.IN_SWEET_SPOT);
    assertThat(s.band().get().label()).isEqualTo("yellow");
    ObjectiveScore google = Scorer.scoreObjective(o, Q1, ScoringPolicy.google(), AFTER);
    assertThat(google.grade().get()).isEqualByComparingTo("0.6");
    ObjectiveScore committed = Scorer.scoreObjective(objective("c", kr("a", LinearMetric.count(10), measure(5, "7"))),
        Q1, ScoringPolicy.defaults(), AFTER);
    assertThat(committed.verdict()).isEqualTo(Verdict.COMMITMENT_MISSED);
    ObjectiveScore empty = Scorer.scoreObjective(objective("e"), Q1, ScoringPolicy.defaults(), AFTER);
    assertThat(empty.verdict()).isEqualTo(Verdict.NOT_SCORED);
    assertThat(empty.band().isEmpty()).isTrue();
    assertThat(empty.isScored()).isFalse();
    ObjectiveScore quantive = Scorer.scoreObjective(o, Q1, ScoringPolicy.quantive(), AFTER);
    assertThat(quantive.band().isEmpty()).isTrue();
    assertThat(quantive.keyResults().head().band().isEmpty()).isTrue();
  }

  @Test
  void caps() {
    assertThat(Cap.none().apply(d("-3"))).isEqualByComparingTo("-3");
    assertThat(Cap.none().isNone()).isTrue();
    assertThat(Cap.none().describe()).isEqualTo("(−∞, ∞)");
    assertThat(Cap.clamp01().apply(d("1.25"))).isEqualByComparingTo("1");
    assertThat(Cap.clamp01().apply(d("-0.1"))).isEqualByComparingTo("0");
    BigDecimal inside = d("0.5");
    assertThat(Cap.clamp01().apply(inside)).isSameAs(inside);
    assertThat(Cap.clamp01().describe()).isEqualTo("[0, 1]");
    assertThat(Cap.nonNegative().apply(d("7"))).isEqualByComparingTo("7");
    assertThat(Cap.nonNegative().apply(d("-7"))).isEqualByComparingTo("0");
    assertThat(Cap.nonNegative().describe()).isEqualTo("[0, ∞)");
    assertThat(Cap.atMost(d("1.75")).apply(d("2"))).isEqualByComparingTo("1.75");
    assertThat(Cap.atMost(d("1.75")).apply(d("-2"))).isEqualByComparingTo("-2");
    assertThat(Cap.atMost(d("1.75")).describe()).isEqualTo("(−∞, 1.75]");
    assertThat(Cap.between(d("0"), d("1.2")).apply(d("1.3"))).isEqualByComparingTo("1.2");
    assertThat(Cap.between(d("0"), d("1.2")).isNone()).isFalse();
    assertThat(Cap.between(d("0.5"), d("0.5")).apply(d("0.7"))).isEqualByComparingTo("0.5");
    assertThat(Cap.validate(d("1"), d("0")).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.empty-range /ceiling");
    assertThat(Cap.validate(d("1E+40"), null).getError().map(e -> e.path().toString())).containsExactly("/floor");
    assertThatThrownBy(() -> Cap.atMost(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Cap.between(null, d("1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Cap.between(d("1"), null)).isInstanceOf(OkrException.class);
    assertThat(Cap.validate(null, null).get()).isEqualTo(Cap.none());
  }
}
