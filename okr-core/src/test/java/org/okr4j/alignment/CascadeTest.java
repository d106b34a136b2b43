package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.GraphScorecard.Cascade;
import org.okr4j.alignment.ScoredView.HiddenContributions;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrException;

/** Key result → key result cascades: summed values (Quantive) and mean of progress. */
class CascadeTest {

  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant JAN = Instant.parse("2026-01-15T00:00:00Z");
  static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  static final OwnerRef MARKETING = OwnerRef.department("marketing");
  static final OwnerRef SALES = OwnerRef.department("sales");

  static KeyResult kr(String id, long target, Instant at, long value) {
    return KeyResult.builder().id(id).title("KR " + id).metric(LinearMetric.count(target))
        .checkIn(CheckIn.of(at, new CheckInData.Measurement(BigDecimal.valueOf(value)))).buildOrThrow();
  }

  static Objective objective(String id, OwnerRef owner, Visibility visibility, KeyResult... krs) {
    Objective.Builder b = Objective.builder().id(id).title("Objective " + id).owner(owner).cycle("2026-q1")
        .level(Level.COMPANY).visibility(visibility);
    for (KeyResult k : krs) {
      b.keyResult(k);
    }
    return b.buildOrThrow();
  }

  /**
   * The company's 5000 leads (its own check-in: 100), marketing's 3000 (2400 in February) and
   * sales' 2000 (1500 in January), both cascading into the company's key result.
   */
  static OkrSet set(Visibility sales) {
    return Fixtures.set(
        objective("o-company", Fixtures.COMPANY, Visibility.PUBLIC, kr("kr-total", 5000, JAN, 100)),
        objective("o-marketing", MARKETING, Visibility.PUBLIC, kr("kr-marketing", 3000, FEB, 2400)),
        objective("o-sales", SALES, sales, kr("kr-sales", 2000, JAN, 1500)));
  }

  static AlignmentGraph graph(OkrSet set, String marketingWeight) {
    return AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-marketing"), NodeRef.keyResult("kr-total"),
            new BigDecimal(marketingWeight)),
        Link.contributes(NodeRef.keyResult("kr-sales"), NodeRef.keyResult("kr-total"))));
  }

  static BigDecimal total(GraphScorecard scores) {
    return scores.keyResult(KeyResultId.of("kr-total")).get().progress().get();
  }

  @Test
  void noCascadeByDefault() {
    // kr-total on its own check-in: 100 / 5000 = 0.02
    GraphScorecard scores = GraphScorecard.evaluate(graph(set(Visibility.PUBLIC), "1"), ScoringPolicy.defaults(), AT);
    assertThat(scores.cascade()).isEqualTo(Cascade.NONE);
    assertThat(total(scores)).isEqualByComparingTo("0.02");
    assertThat(scores).isEqualTo(GraphScorecard.evaluate(graph(set(Visibility.PUBLIC), "1"), ScoringPolicy.defaults(),
        AT, Cascade.NONE));
  }

  @Test
  void summedValuesScoreTheSumWithTheParentsMetric() {
    // current = 2400 + 1500 = 3900 (the parent's own 100 is replaced): 3900 / 5000 = 0.78; weights not applied
    GraphScorecard scores = GraphScorecard.evaluate(graph(set(Visibility.PUBLIC), "3"), ScoringPolicy.defaults(), AT,
        Cascade.SUMMED_VALUES);
    assertThat(total(scores)).isEqualByComparingTo("0.78");
    KeyResultScore total = scores.keyResult(KeyResultId.of("kr-total")).get();
    // one synthetic check-in, at the latest child check-in (marketing's, in February)
    assertThat(total.keyResult().checkIns()).singleElement().satisfies(c -> {
      assertThat(c.instant()).isEqualTo(FEB);
      assertThat(((CheckInData.Measurement) c.data()).value()).isEqualByComparingTo("3900");
    });
    assertThat(total.explanation().render()).contains("3900");
    // the company objective, from its one key result: 0.78
    assertThat(scores.objective(ObjectiveId.of("o-company")).get().progress().get()).isEqualByComparingTo("0.78");
    // children keep their own scores: 2400 / 3000 = 0.8, 1500 / 2000 = 0.75
    assertThat(scores.keyResult(KeyResultId.of("kr-marketing")).get().progress().get()).isEqualByComparingTo("0.8");
    assertThat(scores.keyResult(KeyResultId.of("kr-sales")).get().progress().get()).isEqualByComparingTo("0.75");
  }

  @Test
  void meanOfProgressWeighsChildrenByTheirLinks() {
    // equal weights: (0.8 + 0.75) / 2 = 0.775; marketing weight 3: (0.8·3 + 0.75·1) / 4 = 3.15 / 4 = 0.7875
    assertThat(total(GraphScorecard.evaluate(graph(set(Visibility.PUBLIC), "1"), ScoringPolicy.defaults(), AT,
        Cascade.MEAN_OF_PROGRESS))).isEqualByComparingTo("0.775");
    GraphScorecard weighted = GraphScorecard.evaluate(graph(set(Visibility.PUBLIC), "3"), ScoringPolicy.defaults(), AT,
        Cascade.MEAN_OF_PROGRESS);
    assertThat(total(weighted)).isEqualByComparingTo("0.7875");
    assertThat(weighted.objective(ObjectiveId.of("o-company")).get().progress().get()).isEqualByComparingTo("0.7875");
  }

  @Test
  void aWeightZeroLinkIsLeftOut() {
    // summed: 1500 / 5000 = 0.3; mean: 0.75
    AlignmentGraph g = graph(set(Visibility.PUBLIC), "0");
    assertThat(total(GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.SUMMED_VALUES)))
        .isEqualByComparingTo("0.3");
    assertThat(total(GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.MEAN_OF_PROGRESS)))
        .isEqualByComparingTo("0.75");
  }

  @Test
  void cascadesChain() {
    // kr-field (600 of 1000) cascades into kr-marketing, which cascades into kr-total.
    // summed: kr-marketing = 600 (its own 2400 replaced) → 0.2; kr-total = 600 + 1500 = 2100 → 0.42
    // mean: kr-marketing = 0.6; kr-total = (0.6 + 0.75) / 2 = 0.675
    OkrSet set = Fixtures.set(set(Visibility.PUBLIC).objectives().appendAll(List.of(
        objective("o-field", MARKETING, Visibility.PUBLIC, kr("kr-field", 1000, JAN, 600)))).toJavaArray(Objective[]::new));
    AlignmentGraph g = graph(set, "1").link(Link.contributes(NodeRef.keyResult("kr-field"),
        NodeRef.keyResult("kr-marketing"))).get();
    GraphScorecard summed = GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.SUMMED_VALUES);
    assertThat(summed.keyResult(KeyResultId.of("kr-marketing")).get().progress().get()).isEqualByComparingTo("0.2");
    assertThat(total(summed)).isEqualByComparingTo("0.42");
    GraphScorecard mean = GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.MEAN_OF_PROGRESS);
    assertThat(mean.keyResult(KeyResultId.of("kr-marketing")).get().progress().get()).isEqualByComparingTo("0.6");
    assertThat(total(mean)).isEqualByComparingTo("0.675");
  }

  @Test
  void aParentThatTakesNoMeasurementsKeepsItsOwnCheckInsUnderSummedValues() {
    OkrSet set = Fixtures.set(
        objective("o-company", Fixtures.COMPANY, Visibility.PUBLIC, KeyResult.builder().id("kr-launch").title("Launch")
            .metric(BinaryMetric.INSTANCE).buildOrThrow()),
        objective("o-marketing", MARKETING, Visibility.PUBLIC, kr("kr-marketing", 3000, FEB, 2400)));
    AlignmentGraph g = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-marketing"), NodeRef.keyResult("kr-launch"))));
    GraphScorecard summed = GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.SUMMED_VALUES);
    assertThat(summed.keyResult(KeyResultId.of("kr-launch")).get())
        .isEqualTo(GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT).keyResult(KeyResultId.of("kr-launch")).get());
    // mean of progress works for any parent metric: 0.8
    assertThat(GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.MEAN_OF_PROGRESS)
        .keyResult(KeyResultId.of("kr-launch")).get().progress().get()).isEqualByComparingTo("0.8");
  }

  @Test
  void childrenWithoutAValueOrProgressAreLeftOut() {
    // A binary child (done) has no measured value: summed values take sales' 1500 only → 0.3.
    // An unscored child (no check-in) has no progress: the mean takes sales' 0.75 only.
    OkrSet set = Fixtures.set(
        objective("o-company", Fixtures.COMPANY, Visibility.PUBLIC, kr("kr-total", 5000, JAN, 100)),
        objective("o-launch", MARKETING, Visibility.PUBLIC, KeyResult.builder().id("kr-launch").title("Launch")
            .metric(BinaryMetric.INSTANCE).checkIn(CheckIn.of(JAN, new CheckInData.Completion(true))).buildOrThrow(),
            KeyResult.builder().id("kr-quiet").title("Quiet").metric(LinearMetric.count(10)).buildOrThrow()),
        objective("o-sales", SALES, Visibility.PUBLIC, kr("kr-sales", 2000, JAN, 1500)));
    AlignmentGraph g = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-launch"), NodeRef.keyResult("kr-total")),
        Link.contributes(NodeRef.keyResult("kr-quiet"), NodeRef.keyResult("kr-total")),
        Link.contributes(NodeRef.keyResult("kr-sales"), NodeRef.keyResult("kr-total")),
        Link.supports(NodeRef.objective("o-sales"), NodeRef.keyResult("kr-total")),
        Link.contributes(NodeRef.objective("o-launch"), NodeRef.keyResult("kr-total"))));
    assertThat(total(GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.SUMMED_VALUES)))
        .isEqualByComparingTo("0.3");
    // mean: launch done (1) and sales 0.75, quiet not scored: (1 + 0.75) / 2 = 0.875
    assertThat(total(GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.MEAN_OF_PROGRESS)))
        .isEqualByComparingTo("0.875");
    // only the unscored child: the parent keeps its own check-in, 100 / 5000 = 0.02
    AlignmentGraph quiet = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.keyResult("kr-quiet"), NodeRef.keyResult("kr-total"))));
    for (Cascade c : Cascade.values()) {
      assertThat(total(GraphScorecard.evaluate(quiet, ScoringPolicy.defaults(), AT, c))).isEqualByComparingTo("0.02");
    }
  }

  @Test
  void rescoreFollowsTheCascade() {
    // sales checks in 2000: summed 2400 + 2000 = 4400 → 0.88
    OkrSet before = set(Visibility.PUBLIC);
    GraphScorecard scores = GraphScorecard.evaluate(graph(before, "1"), ScoringPolicy.defaults(), AT,
        Cascade.SUMMED_VALUES);
    OkrSet after = before.withCheckIn(KeyResultId.of("kr-sales"),
        CheckIn.of(FEB.plusSeconds(60), new CheckInData.Measurement(BigDecimal.valueOf(2000)))).get();
    GraphScorecard updated = scores.rescore(after, KeyResultId.of("kr-sales")).get();
    assertThat(total(updated)).isEqualByComparingTo("0.88");
    assertThat(updated.objectives()).isEqualTo(GraphScorecard.evaluate(graph(after, "1"), ScoringPolicy.defaults(),
        AT, Cascade.SUMMED_VALUES).objectives());
  }

  @Test
  void hiddenCascadedValuesAreWithheldOrLeftOut() {
    AlignmentGraph g = graph(set(Visibility.PRIVATE), "1");
    GraphScorecard scores = GraphScorecard.evaluate(g, ScoringPolicy.defaults(), AT, Cascade.SUMMED_VALUES);
    // COUNT: 3900 / 5000 = 0.78 as the owner sees it, but neither 3900 nor 1500 is shown
    ScoredView counted = scores.viewFor(MARKETING, HiddenContributions.COUNT);
    ScoredNode total = counted.score(NodeRef.keyResult("kr-total")).get();
    assertThat(total.progress().get()).isEqualByComparingTo("0.78");
    assertThat(total.explanation().render()).doesNotContain("3900", "1500")
        .contains("cascaded from key results that include hidden work; values withheld");
    ScoredNode company = counted.score(NodeRef.objective("o-company")).get();
    assertThat(company.explanation().render()).doesNotContain("3900", "1500");
    // EXCLUDE: only marketing's 2400: 2400 / 5000 = 0.48, explained in full
    ScoredView excluded = scores.viewFor(MARKETING, HiddenContributions.EXCLUDE);
    ScoredNode alone = excluded.score(NodeRef.keyResult("kr-total")).get();
    assertThat(alone.progress().get()).isEqualByComparingTo("0.48");
    assertThat(alone.explanation().render()).contains("2400").doesNotContain("1500");
    // the owner of the private objective sees the full explanation
    assertThat(scores.viewFor(SALES, HiddenContributions.COUNT).score(NodeRef.keyResult("kr-total")).get()
        .explanation().render()).contains("3900");
  }

  @Test
  void theCascadeRuleIsRequired() {
    assertThatThrownBy(() -> GraphScorecard.evaluate(graph(set(Visibility.PUBLIC), "1"), ScoringPolicy.defaults(), AT,
        null)).isInstanceOf(OkrException.class);
  }
}
