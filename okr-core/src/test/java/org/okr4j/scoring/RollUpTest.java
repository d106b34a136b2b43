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
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Roll-up rules of docs/conventions.md §3, with numbers worked by hand in the comments. */
class RollUpTest {

  private static Contribution item(String id, String progress, String weight) {
    return Contribution.of(Contribution.Kind.KEY_RESULT, id, "", Option.of(progress).map(BigDecimal::new), d(weight));
  }

  private static Contribution child(String id, String progress, String weight) {
    return Contribution.of(Contribution.Kind.OBJECTIVE, id, "Child " + id, Option.of(progress).map(BigDecimal::new),
        d(weight));
  }

  private static RollUpPolicy policy(RollUpPolicy.Method method) {
    return RollUpPolicy.defaults().withMethod(method);
  }

  @Test
  void weightedMeanExplained() {
    // (0.75·3 + 0.625·2 + 0.6·1) / 6 = (2.25 + 1.25 + 0.6) / 6 = 4.1 / 6 = 0.68333…
    RollUp r = RollUpPolicy.defaults().combine(List.of(item("c", "0.6", "1"), item("a", "0.75", "3"), item("b", "0.625", "2")));
    assertThat(r.progress().get().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.6833");
    assertThat(r.explanation().equation()).isEqualTo("0.6833 = (0.75·3 + 0.625·2 + 0.6·1) / 6");
    assertThat(r.explanation().rule()).isEqualTo("weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1]");
    assertThat(r.explanation().inputs().map(Explanation::label))
        .containsExactly("key result a, weight 3", "key result b, weight 2", "key result c, weight 1");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void plainMeanIgnoresWeights() {
    // (0.75 + 0.625 + 0.6) / 3 = 0.65833…
    RollUp r = policy(RollUpPolicy.Method.MEAN).combine(List.of(item("a", "0.75", "3"), item("b", "0.625", "2"),
        item("c", "0.6", "1")));
    assertThat(r.progress().get()).isEqualByComparingTo(d("1.975").divide(d("3"), org.okr4j.internal.Numbers.MATH));
    assertThat(r.explanation().equation()).isEqualTo("0.6583 = (0.75 + 0.625 + 0.6) / 3");
  }

  @Test
  void minimum() {
    RollUp r = policy(RollUpPolicy.Method.MINIMUM).combine(List.of(item("a", "0.75", "3"), item("b", "0.625", "2")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.625");
    assertThat(r.explanation().equation()).isEqualTo("0.625 = min(0.75, 0.625)");
    assertThat(r.explanation().rule()).startsWith("minimum");
  }

  @Test
  void minimumIsCanonicalAmongEqualValues() {
    RollUpPolicy min = policy(RollUpPolicy.Method.MINIMUM);
    BigDecimal one = min.combine(List.of(item("a", "0.50", "1"), item("b", "0.5", "1"))).progress().get();
    BigDecimal two = min.combine(List.of(item("b", "0.5", "1"), item("a", "0.50", "1"))).progress().get();
    assertThat(one).isEqualTo(two).isEqualTo(d("0.5"));
  }

  @Test
  void weightsMustSumToOne() {
    // Infor: 50/50 of 90 % and 50 % → 70 %; 90/10 → 86 %
    RollUpPolicy sum1 = policy(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE);
    assertThat(sum1.combine(List.of(item("a", "0.9", "0.5"), item("b", "0.5", "0.5"))).progress().get())
        .isEqualByComparingTo("0.7");
    RollUp r = sum1.combine(List.of(item("a", "0.9", "0.9"), item("b", "0.5", "0.1")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.86");
    assertThat(r.explanation().equation()).isEqualTo("0.86 = 0.9·0.9 + 0.5·0.1");
  }

  @Test
  void weightsNotSummingToOneIsAProblem() {
    RollUp r = policy(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE)
        .combine(List.of(item("a", "0.9", "0.5"), item("b", "0.5", "0.4")));
    assertThat(r.progress().isEmpty()).isTrue();
    assertThat(r.raw().isEmpty()).isTrue();
    assertThat(r.problems()).hasSize(1);
    OkrError e = r.problems().head();
    assertThat(e.code()).isEqualTo("okr.scoring.weights-not-normalized");
    assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("has weights that add up to 0.9, but they must add up to 1");
    assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("0.9");
    assertThat(r.explanation().equation()).isEqualTo("not scored = Σwᵢ = 0.9 ≠ 1");
    assertThat(r.explanation().rule()).isEqualTo("not scored: the weights must sum to 1");
  }

  @Test
  void weightsMustSumToOneWithSkippedContributionRenormalizes() {
    // b skipped: 0.9·0.5 / 0.5 = 0.9
    RollUpPolicy p = policy(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE).withMissing(RollUpPolicy.Missing.SKIP);
    RollUp r = p.combine(List.of(item("a", "0.9", "0.5"), item("b", null, "0.5")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.9");
    assertThat(r.explanation().equation()).isEqualTo("0.9 = (0.9·0.5) / 0.5");
  }

  @Test
  void notScoredCountsAsZeroByDefault() {
    // Perdoo: 100 %, 0 %, not scored → (1 + 0 + 0) / 3 = 0.3333
    RollUp r = RollUpPolicy.defaults().combine(List.of(item("a", "1", "1"), item("b", "0", "1"), item("c", null, "1")));
    assertThat(r.progress().get().setScale(4, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.3333");
    assertThat(r.explanation().rule()).endsWith("; not scored counts as 0");
    assertThat(r.explanation().inputs().get(2).rule()).isEqualTo("not scored: counts as 0");
  }

  @Test
  void notScoredSkippedByOption() {
    // (1 + 0) / 2 = 0.5
    RollUp r = RollUpPolicy.defaults().withMissing(RollUpPolicy.Missing.SKIP)
        .combine(List.of(item("a", "1", "1"), item("b", "0", "1"), item("c", null, "1")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.5");
    assertThat(r.explanation().rule()).endsWith("; not scored is skipped");
    assertThat(r.explanation().inputs().get(2).rule()).isEqualTo("skipped: not scored");
  }

  @Test
  void nothingScoredIsNotScoredEvenCountingZero() {
    RollUp r = RollUpPolicy.defaults().combine(List.of(item("a", null, "1"), item("b", null, "2")));
    assertThat(r.progress().isEmpty()).isTrue();
    assertThat(r.explanation().equation()).isEqualTo("not scored");
    assertThat(r.explanation().rule()).startsWith("not scored");
    assertThat(RollUpPolicy.defaults().combine(List.empty()).progress().isEmpty()).isTrue();
  }

  @Test
  void zeroWeightsExcluded() {
    // c has weight 0: (0.8·1 + 0.4·1) / 2 = 0.6, whatever c's progress
    RollUp r = RollUpPolicy.defaults().combine(List.of(item("a", "0.8", "1"), item("b", "0.4", "1"), item("c", "0", "0")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.6");
    assertThat(r.explanation().inputs().get(2).rule()).isEqualTo("excluded: weight 0");
    RollUp mean = policy(RollUpPolicy.Method.MEAN).combine(List.of(item("a", "0.8", "1"), item("c", "0", "0")));
    assertThat(mean.progress().get()).isEqualByComparingTo("0.8");
    RollUp min = policy(RollUpPolicy.Method.MINIMUM).combine(List.of(item("a", "0.8", "1"), item("c", "0", "0")));
    assertThat(min.progress().get()).isEqualByComparingTo("0.8");
  }

  @Test
  void allWeightsZeroIsNotScored() {
    // Infor: "its parent will not have an activity value"; Oslo would compute 0/0
    RollUp r = RollUpPolicy.defaults().combine(List.of(item("a", "0.8", "0"), item("b", "0.4", "0")));
    assertThat(r.progress().isEmpty()).isTrue();
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void capAppliedToEachContribution() {
    // Perdoo: KRs at 0 % and 200 % → (0 + 1) / 2 = 50 %, raw (0 + 2) / 2 = 100 %
    RollUp r = policy(RollUpPolicy.Method.MEAN).combine(List.of(item("a", "0", "1"), item("b", "2", "1")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.5");
    assertThat(r.raw().get()).isEqualByComparingTo("1");
    assertThat(r.explanation().equation()).isEqualTo("0.5 = (0 + 1) / 2");
    assertThat(r.explanation().inputs().get(1).label()).isEqualTo("key result b, bounded to 1");
    // negative → 0 (Perdoo P1)
    assertThat(policy(RollUpPolicy.Method.MEAN).combine(List.of(item("a", "-0.2", "1"), item("b", "0.6", "1")))
        .progress().get()).isEqualByComparingTo("0.3");
    RollUp none = policy(RollUpPolicy.Method.MEAN).withCap(Cap.none())
        .combine(List.of(item("a", "0", "1"), item("b", "2", "1")));
    assertThat(none.progress().get()).isEqualByComparingTo("1");
    assertThat(none.explanation().rule()).isEqualTo("mean: Σpᵢ / n");
  }

  @Test
  void singleContributionWithWeightOne() {
    RollUp r = RollUpPolicy.defaults().combine(List.of(item("a", "0.4", "1")));
    assertThat(r.explanation().equation()).isEqualTo("0.4 = 0.4·1");
  }

  @Test
  void quantivePooledChildren() {
    // KR 27 %, children 18 % and 73 %, pooled as equal items: (0.27 + 0.18 + 0.73) / 3 = 0.3933
    RollUpPolicy pooled = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED).withCap(Cap.none())
        .withMethod(RollUpPolicy.Method.WEIGHTED_MEAN);
    Seq<Contribution> krs = List.of(item("k", "0.27", "5"));
    Seq<Contribution> kids = List.of(child("x", "0.18", "2"), child("y", "0.73", "1"));
    RollUp r = pooled.combine(krs, kids);
    assertThat(r.progress().get()).isEqualByComparingTo(d("1.18").divide(d("3"), org.okr4j.internal.Numbers.MATH));
    assertThat(pooled.select(krs, kids).map(Contribution::weight)).allSatisfy(w -> assertThat(w).isEqualByComparingTo("1"));
    // a zero weight stays excluded when pooled
    assertThat(pooled.select(List.of(item("k", "0.27", "0")), kids).head().weight()).isEqualByComparingTo("0");
  }

  @Test
  void amoeboidsPooledWithWeights() {
    // KR weights 3, 5, 7, 10 at 0 and alignments 5, 4 at 100 % and 0: an alignment at 100 % adds 5/34 = 0.147
    RollUpPolicy p = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED_WEIGHTED);
    RollUp r = p.combine(List.of(item("a", "0", "3"), item("b", "0", "5"), item("c", "0", "7"), item("d", "0", "10")),
        List.of(child("x", "1", "5"), child("y", "0", "4")));
    assertThat(r.progress().get()).isEqualByComparingTo(d("5").divide(d("34"), org.okr4j.internal.Numbers.MATH));
    assertThat(r.explanation().inputs().map(Explanation::label)).contains("objective x (Child x), weight 5");
  }

  @Test
  void childrenOnly() {
    RollUpPolicy p = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.CHILDREN_ONLY);
    RollUp r = p.combine(List.of(item("a", "1", "1")), List.of(child("x", "0.5", "1"), child("y", "0", "1")));
    assertThat(r.progress().get()).isEqualByComparingTo("0.25");
    assertThat(p.select(List.of(item("a", "1", "1")), List.empty())).isEmpty();
  }

  @Test
  void leapsomeChildrenOnlyWithoutKeyResults() {
    // children at 50 % and 0 % → 25 % when there are no KRs; with a KR, the KR alone
    RollUpPolicy p = RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS);
    Seq<Contribution> kids = List.of(child("x", "0.5", "1"), child("y", "0", "1"));
    assertThat(p.combine(List.empty(), kids).progress().get()).isEqualByComparingTo("0.25");
    assertThat(p.combine(List.of(item("a", "0.9", "1")), kids).progress().get()).isEqualByComparingTo("0.9");
  }

  @Test
  void keyResultsOnlyIgnoresChildren() {
    RollUpPolicy p = RollUpPolicy.defaults();
    assertThat(p.combine(List.of(item("a", "0.9", "1")), List.of(child("x", "0", "1"))).progress().get())
        .isEqualByComparingTo("0.9");
    assertThat(p.select(List.empty(), List.of(child("x", "0", "1")))).isEmpty();
  }

  @Test
  void contributionValidation() {
    var bad = Contribution.validate(null, " ", null, d("1E+40"), d("-1"));
    assertThat(bad.getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /kind", "okr.blank /id", "okr.out-of-range /progress", "okr.out-of-range /weight");
    Contribution c = Contribution.validate(Contribution.Kind.KEY_RESULT, "a", null, null, d("2")).get();
    assertThat(c.label()).isEmpty();
    assertThat(c.progress().isEmpty()).isTrue();
    assertThat(c.describe()).isEqualTo("key result a");
    assertThatThrownBy(() -> c.withWeight(d("-1"))).isInstanceOf(OkrException.class);
    assertThat(c.withWeight(d("3")).weight()).isEqualByComparingTo("3");
    assertThat(c.withLabel("Leads").describe()).isEqualTo("key result a (Leads)");
    assertThatThrownBy(() -> c.withLabel(null)).isInstanceOf(OkrException.class);
    Explanation e = Explanation.input("x", BigDecimal.ONE, "");
    assertThat(c.withDetail(e).detail().get()).isEqualTo(e);
    assertThat(c.withDetail(e).withoutDetail().detail().isEmpty()).isTrue();
    assertThatThrownBy(() -> Contribution.of(Contribution.Kind.KEY_RESULT, "a", "", null, BigDecimal.ONE))
        .isInstanceOf(OkrException.class);
  }

  @Test
  void combineRejectsMissingArguments() {
    RollUpPolicy p = RollUpPolicy.defaults();
    assertThatThrownBy(() -> p.combine(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> p.combine(List.of((Contribution) null))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> p.select(null, List.empty())).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> p.select(List.empty(), null)).isInstanceOf(OkrException.class);
  }

  @Test
  void contributionsFromScores() {
    KeyResult a = kr("a", "3", LinearMetric.count(4), measure(10, "3"));
    KeyResult b = kr("b", "2", LinearMetric.count(8), measure(10, "5"));
    ObjectiveScore o = Scorer.scoreObjective(objective("o", a, b), Q1, ScoringPolicy.defaults(), AFTER);
    Contribution ca = Contribution.keyResult(o.keyResults().head());
    assertThat(ca.kind()).isEqualTo(Contribution.Kind.KEY_RESULT);
    assertThat(ca.id()).isEqualTo("a");
    assertThat(ca.label()).isEqualTo("KR a");
    assertThat(ca.weight()).isEqualByComparingTo("3");
    assertThat(ca.progress().get()).isEqualByComparingTo("0.75");
    // (0.75·3 + 0.625·2) / 5 = 3.5 / 5 = 0.7
    assertThat(o.progress().get()).isEqualByComparingTo("0.7");
    Contribution co = Contribution.objective(o, d("2"));
    assertThat(co.kind()).isEqualTo(Contribution.Kind.OBJECTIVE);
    assertThat(co.label()).isEqualTo("Objective o");
    assertThat(co.progress().get()).isEqualByComparingTo("0.7");
    assertThat(o.explanation().render()).isEqualTo(String.join("\n",
        "objective o (Objective o): 0.7 = (0.75·3 + 0.625·2) / 5  [weighted mean: Σwᵢ·pᵢ / Σwᵢ; each pᵢ within [0, 1]]",
        "  key result a (KR a), weight 3: 0.75 = (3 − 0) / (4 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "    current c: 3  [check-in at 2026-01-11T00:00:00Z]",
        "    baseline b: 0",
        "    target t: 4",
        "  key result b (KR b), weight 2: 0.625 = (5 − 0) / (8 − 0)  [linear from baseline: (c − b) / (t − b)]",
        "    current c: 5  [check-in at 2026-01-11T00:00:00Z]",
        "    baseline b: 0",
        "    target t: 8"));
    assertThatThrownBy(() -> Contribution.keyResult(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Contribution.objective(null, BigDecimal.ONE)).isInstanceOf(OkrException.class);
  }

  @Test
  void objectiveWithChildrenThroughScorer() {
    KeyResult a = kr("a", LinearMetric.count(4), measure(10, "2"));
    var objective = objective("parent", a);
    KeyResultScore ka = Scorer.scoreKeyResult(a, Q1, ScoringPolicy.defaults(), AFTER);
    ScoringPolicy pooled = ScoringPolicy.defaults()
        .withRollUp(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED));
    // (0.5 + 1) / 2 = 0.75
    ObjectiveScore o = Scorer.scoreObjective(objective, List.of(ka), List.of(child("x", "1", "3")), pooled, AFTER);
    assertThat(o.progress().get()).isEqualByComparingTo("0.75");
    assertThat(o.children()).hasSize(1);
    assertThat(o.explanation().equation()).isEqualTo("0.75 = (0.5·1 + 1·1) / 2");
    ScoringPolicy sumToOne = ScoringPolicy.defaults().withRollUp(RollUpPolicy.defaults()
        .withChildren(RollUpPolicy.Children.POOLED_WEIGHTED).withMethod(RollUpPolicy.Method.WEIGHTS_MUST_SUM_TO_ONE));
    ObjectiveScore bad = Scorer.scoreObjective(objective, List.of(ka), List.of(child("x", "1", "3")), sumToOne, AFTER);
    assertThat(bad.problems().map(e -> e.path().toString())).containsExactly("");
    assertThat(bad.explanation().equation()).isEqualTo("not scored = Σwᵢ = 4 ≠ 1");
  }
}
