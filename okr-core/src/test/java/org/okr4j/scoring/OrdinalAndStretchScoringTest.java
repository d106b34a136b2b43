package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.d;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.Fixtures.objective;
import static org.okr4j.scoring.Fixtures.score;
import static org.okr4j.scoring.Fixtures.set;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.internal.Numbers;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.OrdinalMetric;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Zone;

/** Ordinal key results and linear key results scored against stretch levels by the Scorer. */
class OrdinalAndStretchScoringTest {

  private static final ScoringPolicy STRETCH_TO_TARGET = ScoringPolicy.defaults()
      .withProgress(ProgressPolicy.defaults().withStretch(Option.some(StretchPolicy.defaults())));
  private static final ScoringPolicy STRETCH_TO_STRETCH = ScoringPolicy.defaults()
      .withProgress(ProgressPolicy.defaults().withStretch(
          Option.some(StretchPolicy.defaults().withReference(StretchPolicy.Reference.STRETCH))));

  private static CheckIn zone(long day, Zone zone) {
    return CheckIn.of(day(day), new CheckInData.ZoneReached(zone));
  }

  private static KeyResult rating(CheckIn... checkIns) {
    return kr("rating", OrdinalMetric.of(), checkIns);
  }

  /** b = 0, t = 70: the stretch policy derives s = 0 + 70 / 0.7 = 100 and commit = 0 + 0.3·100 = 30. */
  private static KeyResult seventy(CheckIn... checkIns) {
    return kr("k", LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(d("70"))), checkIns);
  }

  // ---------------------------------------------------------------- ordinal key results

  @Test
  void eachZoneScoresItsDefaultLevelAndIsGradedByThePolicy() {
    ScoringPolicy google = ScoringPolicy.google();
    // FAIL → 0, grade 0.0, red (< 0.4)
    KeyResultScore fail = score(rating(zone(10, Zone.FAIL)), google);
    assertThat(fail.progress().get()).isEqualByComparingTo("0");
    assertThat(fail.grade().get()).isEqualByComparingTo("0");
    assertThat(fail.band().get().label()).isEqualTo("red");
    assertThat(fail.zone()).contains(Zone.FAIL);
    // COMMIT → 0.3, grade 0.3, red (0.3 < 0.4)
    KeyResultScore commit = score(rating(zone(10, Zone.COMMIT)), google);
    assertThat(commit.progress().get()).isEqualByComparingTo("0.3");
    assertThat(commit.grade().get()).isEqualByComparingTo("0.3");
    assertThat(commit.band().get().label()).isEqualTo("red");
    // TARGET → 0.7, grade 0.7, green (≥ 0.7)
    KeyResultScore target = score(rating(zone(10, Zone.TARGET)), google);
    assertThat(target.progress().get()).isEqualByComparingTo("0.7");
    assertThat(target.band().get().label()).isEqualTo("green");
    // STRETCH → 1.0, grade 1.0, green, ACHIEVED (progress ≥ 1)
    KeyResultScore stretch = score(rating(zone(10, Zone.STRETCH)), google);
    assertThat(stretch.progress().get()).isEqualByComparingTo("1");
    assertThat(stretch.grade().get()).isEqualByComparingTo("1");
    assertThat(stretch.status()).isEqualTo(Status.ACHIEVED);
    assertThat(stretch.zone()).contains(Zone.STRETCH);
  }

  @Test
  void theLatestZoneCountsAndTheExplanationNamesIt() {
    // FAIL on day 10, TARGET on day 40: as of day 20 FAIL (0), after the cycle TARGET (0.7)
    KeyResult k = rating(zone(10, Zone.FAIL), zone(40, Zone.TARGET));
    KeyResultScore early = Scorer.scoreKeyResult(k, Q1, ScoringPolicy.defaults(), day(20));
    assertThat(early.progress().get()).isEqualByComparingTo("0");
    assertThat(early.zone()).contains(Zone.FAIL);
    KeyResultScore late = score(k, ScoringPolicy.defaults());
    assertThat(late.progress().get()).isEqualByComparingTo("0.7");
    assertThat(late.zone()).contains(Zone.TARGET);
    assertThat(late.explanation().render()).contains("TARGET").contains("ordinal");
    assertThat(late.explanation().value()).contains(d("0.7"));
  }

  @Test
  void theScoresAreAgreedOnTheKeyResult() {
    // scores 0 / 0.5 / 0.75 / 1: COMMIT → 0.5, graded yellow by Google's bands (0.4 ≤ 0.5 < 0.7)
    KeyResult k = kr("r", OrdinalMetric.of(OrdinalMetric.scores("0", "0.5", "0.75", "1")), zone(5, Zone.COMMIT));
    KeyResultScore s = score(k, ScoringPolicy.google());
    assertThat(s.progress().get()).isEqualByComparingTo("0.5");
    assertThat(s.band().get().label()).isEqualTo("yellow");
    // a STRETCH score of 1.3 is capped by the policy's cap: clamp01 → 1
    KeyResult over = kr("o", OrdinalMetric.of(OrdinalMetric.scores("0", "0.3", "0.7", "1.3")), zone(5, Zone.STRETCH));
    assertThat(score(over, ScoringPolicy.defaults()).progress().get()).isEqualByComparingTo("1.3");
    assertThat(score(over, ScoringPolicy.google()).progress().get()).isEqualByComparingTo("1");
  }

  @Test
  void withoutCheckInAnOrdinalKeyResultFollowsNoCheckIn() {
    KeyResultScore none = score(rating(), ScoringPolicy.defaults());
    assertThat(none.progress()).isEmpty();
    assertThat(none.zone()).isEmpty();
    assertThat(score(rating(), ScoringPolicy.oslo()).progress().get()).isEqualByComparingTo("0");
  }

  @Test
  void ordinalKeyResultsRollUpAndCountInZoneStatistics() {
    // objective: COMMIT (0.3) and STRETCH (1) → mean 0.65; a linear key result without stretch policy has no zone
    var o = objective("o", kr("a", OrdinalMetric.of(), zone(3, Zone.COMMIT)),
        kr("b", OrdinalMetric.of(), zone(3, Zone.STRETCH)));
    var p = objective("p", seventy(measure(3, "35")));
    Scorecard card = Scorer.evaluate(set(o, p), ScoringPolicy.defaults(), AFTER);
    assertThat(card.objective(o.id()).get().progress().get()).isEqualByComparingTo("0.65");
    ZoneStatistics z = ZoneStatistics.ofScores(card.keyResults());
    // 3 key results: COMMIT 1/3, STRETCH 1/3, no zone 1/3
    assertThat(z.counts().get(Zone.COMMIT)).contains(1);
    assertThat(z.counts().get(Zone.STRETCH)).contains(1);
    assertThat(z.noZone()).isEqualTo(1);
    assertThat(z.total()).isEqualTo(3);
  }

  @Test
  void seriesOfAnOrdinalKeyResultStepsWithItsZones() {
    // COMMIT on day 2, TARGET on day 5: the points of days 2–4 are 0.3, from day 5 on 0.7
    KeyResult k = rating(zone(2, Zone.COMMIT), zone(5, Zone.TARGET));
    Seq<Series.Point> s = Series.keyResult(k, Q1, ScoringPolicy.defaults(), Series.Step.DAY);
    assertThat(s.get(0).progress()).isEmpty();
    assertThat(s.get(2).progress().get()).isEqualByComparingTo("0.3");
    assertThat(s.get(4).progress().get()).isEqualByComparingTo("0.3");
    assertThat(s.get(5).progress().get()).isEqualByComparingTo("0.7");
    assertThat(s.last().progress().get()).isEqualByComparingTo("0.7");
  }

  // ---------------------------------------------------------------- linear key results with stretch levels

  @Test
  void theScorerUsesTheStretchPolicysReference() {
    // b = 0, t = 70 (s = 100, commit = 30); current 80 → zone TARGET
    KeyResult k = seventy(measure(10, "80"));
    // reference target: (80 − 0) / (70 − 0) = 8/7 = 1.142857…, not capped by default
    KeyResultScore toTarget = score(k, STRETCH_TO_TARGET);
    assertThat(toTarget.progress().get()).isEqualByComparingTo(d("80").divide(d("70"), Numbers.MATH));
    assertThat(toTarget.zone()).contains(Zone.TARGET);
    // reference stretch: (80 − 0) / (100 − 0) = 0.8
    KeyResultScore toStretch = score(k, STRETCH_TO_STRETCH);
    assertThat(toStretch.progress().get()).isEqualByComparingTo("0.8");
    assertThat(toStretch.zone()).contains(Zone.TARGET);
    assertThat(toStretch.explanation().render()).contains("stretch").contains("TARGET").contains("100");
    // without a stretch policy the key result has no zone and the linear rule applies: 80 / 70
    KeyResultScore plain = score(k, ScoringPolicy.defaults());
    assertThat(plain.zone()).isEmpty();
    assertThat(plain.progress()).isEqualTo(toTarget.progress());
  }

  @Test
  void zonesOfALinearKeyResult() {
    // b = 0, s = 100: 29 FAIL, 30 COMMIT, 70 TARGET, 100 STRETCH (boundaries in the higher zone)
    assertThat(score(seventy(measure(1, "29")), STRETCH_TO_TARGET).zone()).contains(Zone.FAIL);
    assertThat(score(seventy(measure(1, "30")), STRETCH_TO_TARGET).zone()).contains(Zone.COMMIT);
    assertThat(score(seventy(measure(1, "70")), STRETCH_TO_TARGET).zone()).contains(Zone.TARGET);
    assertThat(score(seventy(measure(1, "100")), STRETCH_TO_TARGET).zone()).contains(Zone.STRETCH);
    // decreasing: b = 10, t = 3 → s = 10 − 7 / 0.7 = 0, commit 7; current 5: (5 − 10) / (3 − 10) = 5/7, COMMIT
    KeyResult down = kr("d", LinearMetric.of(Unit.NUMBER, d("10"), Target.absolute(d("3"))), measure(1, "5"));
    KeyResultScore s = score(down, STRETCH_TO_TARGET);
    assertThat(s.progress().get()).isEqualByComparingTo(d("5").divide(d("7"), Numbers.MATH));
    assertThat(s.zone()).contains(Zone.COMMIT);
  }

  @Test
  void belowBaselineAndMissingValueRulesApplyInTheScorer() {
    // current −10 with b = 0, t = 70: keep negative → −10/70; floor at zero → 0
    KeyResult k = seventy(measure(1, "-10"));
    assertThat(score(k, STRETCH_TO_TARGET).progress().get())
        .isEqualByComparingTo(d("-10").divide(d("70"), Numbers.MATH));
    ScoringPolicy floored = ScoringPolicy.defaults().withProgress(ProgressPolicy.defaults().withStretch(
        Option.some(StretchPolicy.defaults().withBelowBaseline(StretchPolicy.BelowBaseline.FLOOR_AT_ZERO))));
    assertThat(score(k, floored).progress().get()).isEqualByComparingTo("0");
    // no check-in: not scored and no zone by default; the one no-check-in rule at ZERO → progress 0, zone FAIL
    assertThat(score(seventy(), STRETCH_TO_TARGET).progress()).isEmpty();
    assertThat(score(seventy(), STRETCH_TO_TARGET).zone()).isEmpty();
    ScoringPolicy baseline = ScoringPolicy.defaults().withProgress(ProgressPolicy.defaults()
        .withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO).withStretch(Option.some(StretchPolicy.defaults())));
    assertThat(score(seventy(), baseline).progress().get()).isEqualByComparingTo("0");
    assertThat(score(seventy(), baseline).zone()).contains(Zone.FAIL);
  }

  @Test
  void levelsThatCannotBeDerivedAreAProblemNotAnException() {
    // b = 0, t = 0.001: s = 0.001 / 0.7 = 0.00142… derived exactly (it used to round onto the baseline and be
    // refused as degenerate); c = 0.001 reaches the target: 1, zone TARGET
    KeyResult tiny = kr("t", LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(d("0.001"))),
        measure(1, "0.001"));
    assertThat(score(tiny, STRETCH_TO_TARGET).progress().get()).isEqualByComparingTo("1");
    assertThat(score(tiny, STRETCH_TO_TARGET).zone()).contains(Zone.TARGET);
    // b = −9E+29, t = 9E+29: s = b + 1.8E+30 / 0.7 ≈ 1.67E+30 has more integer digits than the number domain
    KeyResult huge = kr("h", LinearMetric.of(Unit.NUMBER, d("-9E+29"), Target.absolute(d("9E+29"))),
        measure(1, "0"));
    KeyResultScore s = score(huge, STRETCH_TO_TARGET);
    assertThat(s.progress()).isEmpty();
    assertThat(s.zone()).isEmpty();
    assertThat(s.problems().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /metric/stretch");
    assertThat(s.explanation().render()).contains("not scored");
  }

  @Test
  void declaredLevelsAreUsedAsGiven() {
    // Puzzle stores baseline 0 and stretch goal 200; commit 60 and target 140 declared too
    LinearMetric m = LinearMetric.of(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(d("140")))
        .withLevels(Option.some(d("60")), Option.some(d("200")));
    KeyResult k = kr("k", m, measure(10, "150"));
    // stretch reference: 150 / 200 = 0.75; target reference: 150 / 140 = 1.0714…; zone TARGET (140 ≤ 150 < 200)
    assertThat(score(k, STRETCH_TO_STRETCH).progress().get()).isEqualByComparingTo("0.75");
    assertThat(score(k, STRETCH_TO_TARGET).progress().get()).isEqualByComparingTo(d("150").divide(d("140"), Numbers.MATH));
    assertThat(score(k, STRETCH_TO_TARGET).zone()).contains(Zone.TARGET);
    // derived instead, s = 140 / 0.7 = 200 and commit = 0.3·200 = 60 too; with commit 100 declared, 90 is FAIL
    KeyResult high = kr("h", m.withLevels(Option.some(d("100")), Option.none()), measure(10, "90"));
    assertThat(score(high, STRETCH_TO_TARGET).zone()).contains(Zone.FAIL);
    // the linear rule ignores declared levels: 150 / 140
    assertThat(score(k, ScoringPolicy.defaults()).progress()).isEqualTo(score(k, STRETCH_TO_TARGET).progress());
  }

  @Test
  void declaredLevelsMustLieOnTheirSide() {
    // increasing 0 → 70: commit must lie in (0, 70), stretch above 70
    assertThat(LinearMetric.validate(Unit.NUMBER, BigDecimal.ZERO, Target.absolute(d("70")), d("70"), d("70"))
        .getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /commit", "okr.out-of-range /stretch");
    // decreasing 10 → 3: commit in (3, 10), stretch below 3
    assertThat(LinearMetric.validate(Unit.NUMBER, d("10"), Target.absolute(d("3")), d("7"), d("0")).isValid()).isTrue();
    assertThat(LinearMetric.validate(Unit.NUMBER, d("10"), Target.absolute(d("3")), d("2"), d("4"))
        .getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.out-of-range /commit", "okr.out-of-range /stretch");
    assertThat(LinearMetric.validate(Unit.NUMBER, d("10"), Target.absolute(d("3")), null, d("1E+40"))
        .getError().map(e -> e.code() + " " + e.path())).containsExactly("okr.out-of-range /stretch");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinearMetric.count(5).withLevels(null, Option.none()))
        .isInstanceOf(org.okr4j.validation.OkrException.class);
  }

  @Test
  void puzzlePresetScoresAgainstTheStretchLevel() {
    // Puzzle: b = 0, t = 70 → s = 100; current 80 → 0.8, zone TARGET, band "target" (0.7 < 0.8 < 1)
    KeyResultScore s = score(seventy(measure(10, "80")), ScoringPolicy.puzzle());
    assertThat(s.progress().get()).isEqualByComparingTo("0.8");
    assertThat(s.zone()).contains(Zone.TARGET);
    assertThat(s.band().get().label()).isEqualTo("target");
    // current −10 → floored at 0, zone FAIL
    KeyResultScore below = score(seventy(measure(10, "-10")), ScoringPolicy.puzzle());
    assertThat(below.progress().get()).isEqualByComparingTo("0");
    assertThat(below.zone()).contains(Zone.FAIL);
    assertThat(ScoringPolicy.puzzle().progress().stretch()).contains(StretchPolicy.puzzle());
    assertThat(Scorer.evaluate(set(objective("o", seventy(measure(10, "80")))), ScoringPolicy.puzzle(), AFTER)
        .keyResult(KeyResultId.of("k")).get().zone()).contains(Zone.TARGET);
  }
}
