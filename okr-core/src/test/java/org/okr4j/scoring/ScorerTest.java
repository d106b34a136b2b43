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
import static org.okr4j.scoring.Fixtures.set;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** The scorer's entry points: evaluate, validate, single key results and objectives, incremental re-scoring. */
class ScorerTest {

  private static final ScoringPolicy DEFAULTS = ScoringPolicy.defaults();

  /** The marketing director's objective with three weighted key results, and the e-commerce entry. */
  private static OkrSet marketing() {
    return set(
        objective("o-brand",
            kr("kr-exposure", "3", LinearMetric.of(Unit.NUMBER, d("2"), Target.relative(d("0.5"))), measure(30, "2.75")),
            kr("kr-talks", "2", LinearMetric.count(8), measure(30, "5")),
            kr("kr-campaigns", "1", LinearMetric.count(5), measure(30, "3"))),
        objective("o-entry",
            kr("kr-budget", LinearMetric.of(Unit.NUMBER, d("3"), Target.absolute(d("5"))), measure(40, "4.2")),
            kr("kr-partners", LinearMetric.count(5))));
  }

  @Test
  void evaluatesEveryObjectiveAndKeyResult() {
    Scorecard card = Scorer.evaluate(marketing(), DEFAULTS, day(40));
    assertThat(card.asOf()).isEqualTo(day(40));
    assertThat(card.policy()).isEqualTo(DEFAULTS);
    assertThat(card.objectives().map(o -> o.id().value())).containsExactly("o-brand", "o-entry");
    assertThat(card.keyResults().map(k -> k.id().value()))
        .containsExactly("kr-exposure", "kr-talks", "kr-campaigns", "kr-budget", "kr-partners");
    ObjectiveScore brand = card.objective(ObjectiveId.of("o-brand")).get();
    // (0.75·3 + 0.625·2 + 0.6·1) / 6 = 0.6833
    assertThat(brand.explanation().equation()).isEqualTo("0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6");
    assertThat(brand.explanation().label()).isEqualTo("objective o-brand (Objective o-brand)");
    assertThat(brand.asOf()).isEqualTo(day(40));
    assertThat(brand.objective().id().value()).isEqualTo("o-brand");
    // entry: budget 0.6, partners not scored → counts as 0: (0.6 + 0) / 2 = 0.3
    ObjectiveScore entry = card.objective(ObjectiveId.of("o-entry")).get();
    assertThat(entry.progress().get()).isEqualByComparingTo("0.3");
    KeyResultScore partners = card.keyResult(KeyResultId.of("kr-partners")).get();
    assertThat(partners.isScored()).isFalse();
    assertThat(partners.keyResult().title()).isEqualTo("KR kr-partners");
    assertThat(partners.asOf()).isEqualTo(day(40));
    assertThat(partners.weight()).isEqualByComparingTo("1");
    assertThat(card.objective(ObjectiveId.of("nope")).isEmpty()).isTrue();
    assertThat(card.keyResult(KeyResultId.of("nope")).isEmpty()).isTrue();
    assertThat(card.problems()).isEmpty();
  }

  @Test
  void problemsCarryPathsIntoTheSet() {
    OkrSet set = set(
        objective("ok", kr("a", LinearMetric.count(5), measure(3, "1"))),
        objective("bad", kr("x", ThresholdMetric.of(Unit.NUMBER, Comparison.AT_LEAST, d("0")), measure(3, "1")),
            kr("y", "0.5", LinearMetric.count(5), measure(3, "1"))));
    ScoringPolicy strict = DEFAULTS
        .withProgress(ProgressPolicy.defaults().withControlGrading(ProgressPolicy.ControlGrading.DISTANCE))
        .withRollUp(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE));
    Scorecard card = Scorer.evaluate(set, strict, AFTER);
    assertThat(card.problems().map(e -> e.code() + " " + e.path())).containsExactly(
        "okr.scoring.weights-not-normalized /objectives/1/keyResults",
        "okr.scoring.undefined-progress /objectives/1/keyResults/0/metric");
    assertThat(card.objectives().get(1).problems().map(e -> e.path().toString())).containsExactly("/keyResults");
    Validation<io.vavr.collection.Seq<OkrError>, Scorecard> v = Scorer.validate(set, strict, AFTER);
    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError()).isEqualTo(card.problems());
    assertThat(Scorer.validate(marketing(), DEFAULTS, AFTER).isValid()).isTrue();
  }

  @Test
  void validateReportsMissingArguments() {
    assertThat(Scorer.validate(null, null, null).getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /set", "okr.required /policy", "okr.required /asOf");
  }

  @Test
  void missingArgumentsThrowOkrException() {
    OkrSet set = marketing();
    var kr = set.objectives().head().keyResults().head();
    var o = set.objectives().head();
    assertThatThrownBy(() -> Scorer.evaluate(null, DEFAULTS, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.evaluate(set, null, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.evaluate(set, DEFAULTS, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreKeyResult(null, Q1, DEFAULTS, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreKeyResult(kr, null, DEFAULTS, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreKeyResult(kr, Q1, null, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreKeyResult(kr, Q1, DEFAULTS, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(null, Q1, DEFAULTS, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, (org.okr4j.model.Cycle) null, DEFAULTS, AFTER))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, Q1, null, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, Q1, DEFAULTS, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(null, List.empty(), List.empty(), DEFAULTS, AFTER))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, null, List.empty(), DEFAULTS, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, List.of((KeyResultScore) null), List.empty(), DEFAULTS, AFTER))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, List.empty(), null, DEFAULTS, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, List.empty(), List.of((Contribution) null), DEFAULTS, AFTER))
        .isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, List.empty(), List.empty(), null, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.scoreObjective(o, List.empty(), List.empty(), DEFAULTS, null)).isInstanceOf(OkrException.class);
    Scorecard card = Scorer.evaluate(set, DEFAULTS, AFTER);
    assertThatThrownBy(() -> Scorer.rescore(null, set, KeyResultId.of("kr-talks"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.rescore(card, null, KeyResultId.of("kr-talks"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Scorer.rescore(card, set, null)).isInstanceOf(OkrException.class);
  }

  @Test
  void rescoreMatchesAFullEvaluation() {
    OkrSet before = marketing();
    Scorecard card = Scorer.evaluate(before, DEFAULTS, day(60));
    // warm the indexes so that the copy has to carry them over
    assertThat(card.keyResult(KeyResultId.of("kr-talks")).get().progress().get()).isEqualByComparingTo("0.625");
    OkrSet after = before.withCheckIn(KeyResultId.of("kr-talks"), measure(50, "8")).get();
    Scorecard updated = Scorer.rescore(card, after, KeyResultId.of("kr-talks")).get();
    Scorecard full = Scorer.evaluate(after, DEFAULTS, day(60));
    assertThat(updated).isEqualTo(full);
    assertThat(updated.objectives()).isEqualTo(full.objectives());
    assertThat(updated.keyResult(KeyResultId.of("kr-talks")).get().progress().get()).isEqualByComparingTo("1");
    assertThat(updated.objective(ObjectiveId.of("o-brand")).get().progress())
        .isEqualTo(full.objective(ObjectiveId.of("o-brand")).get().progress());
    assertThat(updated.keyResult(KeyResultId.of("kr-budget"))).isEqualTo(card.keyResult(KeyResultId.of("kr-budget")));
    // the original card is unchanged
    assertThat(card.keyResult(KeyResultId.of("kr-talks")).get().progress().get()).isEqualByComparingTo("0.625");
  }

  @Test
  void rescoreRejectsUnknownKeyResults() {
    Scorecard card = Scorer.evaluate(marketing(), DEFAULTS, day(60));
    assertThat(Scorer.rescore(card, marketing(), KeyResultId.of("nope")).getLeft().code())
        .isEqualTo("okr.dangling-reference");
    OkrSet other = set(objective("o-other", kr("kr-other", LinearMetric.count(1))));
    assertThat(Scorer.rescore(card, other, KeyResultId.of("kr-other")).isLeft()).isTrue();
    Scorecard otherCard = Scorer.evaluate(other, DEFAULTS, day(60));
    OkrSet twin = set(objective("o-other", kr("kr-talks", LinearMetric.count(1))));
    assertThat(Scorer.rescore(otherCard, twin, KeyResultId.of("kr-talks")).isLeft()).isTrue();
    ObjectiveScore stray = Scorer.scoreObjective(objective("o-stray"), Q1, DEFAULTS, day(60));
    assertThat(card.replacing(stray, marketing())).isSameAs(card);
  }

  @Test
  void aScorerMadeScorecardKnowsTheSetItScored() {
    OkrSet set = marketing();
    Scorecard card = Scorer.evaluate(set, DEFAULTS, day(60));
    assertThat(card.set()).containsExactly(set);
    OkrSet later = set.withCheckIn(KeyResultId.of("kr-talks"),
        org.okr4j.model.CheckIn.of(day(59), new org.okr4j.model.CheckInData.Measurement(java.math.BigDecimal.valueOf(4))))
        .get();
    Scorecard rescored = Scorer.rescore(card, later, KeyResultId.of("kr-talks")).get();
    assertThat(rescored.set()).containsExactly(later);
    assertThat(rescored).isEqualTo(Scorer.evaluate(later, DEFAULTS, day(60)));
    assertThat(Scorecard.assemble(card.asOf(), card.policy(), card.objectives()).set()).isEmpty();
    // the set is not part of equality: the same scores are the same scorecard
    assertThat(Scorecard.assemble(card.asOf(), card.policy(), card.objectives())).isEqualTo(card);
  }

  @Test
  void evaluationIsAValue() {
    Scorecard one = Scorer.evaluate(marketing(), DEFAULTS, day(40));
    Scorecard two = Scorer.evaluate(marketing(), DEFAULTS, day(40));
    assertThat(one).isEqualTo(two);
    assertThat(one.hashCode()).isEqualTo(two.hashCode());
    assertThat(one).isNotEqualTo(Scorer.evaluate(marketing(), DEFAULTS, day(41)));
    assertThat(one.toString()).contains("Scorecard");
  }

  @Test
  void keyResultExplanationShowsTheCap() {
    KeyResultScore s = Scorer.scoreKeyResult(kr("c", LinearMetric.count(4), measure(3, "5")), Q1, ScoringPolicy.google(), AFTER);
    assertThat(s.raw().get()).isEqualByComparingTo("1.25");
    assertThat(s.explanation().render()).isEqualTo(String.join("\n",
        "key result c (KR c): 1 = bound(1.25, [0, 1])  [reported progress: the raw progress within [0, 1]]",
        "  raw progress: 1.25 = (5 − 0) / (4 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "    current c: 5  [check-in at 2026-01-04T00:00:00Z]",
        "    baseline b: 0",
        "    target t: 4"));
    KeyResultScore none = Scorer.scoreKeyResult(kr("c", LinearMetric.count(4)), Q1, ScoringPolicy.google(), AFTER);
    assertThat(none.explanation().label()).isEqualTo("key result c (KR c)");
  }
}
