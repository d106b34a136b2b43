package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
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
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.model.Visibility;
import org.okr4j.scoring.Contribution;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

/** Roll-up through the alignment graph: modes, links, diamonds, exports and incremental updates. */
class GraphScorecardTest {

  static final Instant AFTER = Instant.parse("2026-06-01T00:00:00Z");
  static final Instant DAY_10 = LocalDate.of(2026, 1, 11).atStartOfDay(ZoneOffset.UTC).toInstant();

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static ScoringPolicy policy(RollUpPolicy.Children children) {
    return ScoringPolicy.defaults().withRollUp(RollUpPolicy.defaults().withChildren(children));
  }

  static CheckIn measure(String value) {
    return CheckIn.of(DAY_10, new CheckInData.Measurement(d(value)));
  }

  static CheckIn done(boolean done) {
    return CheckIn.of(DAY_10, new CheckInData.Completion(done));
  }

  static KeyResult binary(String id, CheckIn... checkIns) {
    return KeyResult.builder().id(id).title("KR " + id).metric(BinaryMetric.INSTANCE)
        .checkIns(List.of(checkIns)).buildOrThrow();
  }

  /** A key result counting 0 → 10, at {@code value}. */
  static KeyResult count(String id, String value) {
    return KeyResult.builder().id(id).title("KR " + id).metric(LinearMetric.count(10)).checkIn(measure(value))
        .buildOrThrow();
  }

  static Objective objective(String id, KeyResult... krs) {
    Objective.Builder b = Objective.builder().id(id).title("Objective " + id).owner(Fixtures.COMPANY)
        .cycle("2026-q1").level(Level.COMPANY);
    for (KeyResult k : krs) {
      b.keyResult(k);
    }
    return b.buildOrThrow();
  }

  static NodeRef o(String id) {
    return NodeRef.objective(id);
  }

  static NodeRef k(String id) {
    return NodeRef.keyResult(id);
  }

  static BigDecimal progress(GraphScorecard card, String objective) {
    return card.objective(ObjectiveId.of(objective)).get().progress().get();
  }

  // ---------------------------------------------------------------------------------------------
  // The seed's cross-team case

  /*
   * Company "Conversion +20%" (no key results of its own) is served by two teams:
   *   marketing's  kr-leads "3000 leads from online ads": 0 → 3000, checked in at 2400
   *                → (2400 − 0) / (3000 − 0) = 0.8
   *   customers'   kr-rate  "Lead conversion rate to 10%": 4% → 10%, checked in at 8.5%
   *                → (8.5 − 4) / (10 − 4) = 4.5 / 6 = 0.75
   * Both key results CONTRIBUTE to the company objective; the customer team's objective only
   * SUPPORTS it (shown, not counted). Under CHILDREN_WHEN_NO_KEY_RESULTS with a weighted mean:
   *   weights 1 and 1: (0.8·1 + 0.75·1) / 2 = 1.55 / 2 = 0.775
   *   weights 3 and 1: (0.8·3 + 0.75·1) / 4 = 3.15 / 4 = 0.7875
   * Each team's own objective is its key result's progress: 0.8 and 0.75.
   */
  static final OwnerRef MARKETING = OwnerRef.department("marketing");
  static final OwnerRef CUSTOMER = OwnerRef.team("customer");

  static OkrSet seed(String leads, String rate) {
    Objective conversion = Objective.builder().id("o-conversion").title("Conversion +20%").owner(Fixtures.COMPANY)
        .cycle("2026-q1").level(Level.COMPANY).buildOrThrow();
    Objective leadsObjective = Objective.builder().id("o-leads").title("Generate leads from online ads")
        .owner(MARKETING).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
            .metric(LinearMetric.count(3000)).checkIn(measure(leads)))
        .buildOrThrow();
    Objective customers = Objective.builder().id("o-customers").title("Convert more leads").owner(CUSTOMER)
        .cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-rate").title("Lead conversion rate to 10%")
            .metric(LinearMetric.of(Unit.PERCENT, d("4"), Target.absolute(d("10")))).checkIn(measure(rate)))
        .buildOrThrow();
    return Fixtures.set(conversion, leadsObjective, customers);
  }

  static AlignmentGraph seedGraph(OkrSet set, String leadsWeight, String rateWeight) {
    return AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(k("kr-leads"), o("o-conversion"), d(leadsWeight)),
        Link.contributes(k("kr-rate"), o("o-conversion"), d(rateWeight)),
        Link.supports(o("o-customers"), o("o-conversion"))));
  }

  @Test
  void seedCrossTeamRollUpWithWorkedNumbers() {
    ScoringPolicy policy = policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS);
    AlignmentGraph graph = seedGraph(seed("2400", "8.5"), "1", "1");
    GraphScorecard card = GraphScorecard.evaluate(graph, policy, AFTER);

    assertThat(card.keyResult(KeyResultId.of("kr-leads")).get().progress().get()).isEqualByComparingTo("0.8");
    assertThat(card.keyResult(KeyResultId.of("kr-rate")).get().progress().get()).isEqualByComparingTo("0.75");
    assertThat(progress(card, "o-leads")).isEqualByComparingTo("0.8");
    assertThat(progress(card, "o-customers")).isEqualByComparingTo("0.75");
    assertThat(progress(card, "o-conversion")).isEqualByComparingTo("0.775");

    ObjectiveScore conversion = card.objective(ObjectiveId.of("o-conversion")).get();
    assertThat(conversion.children()).extracting(Contribution::id).containsExactly("kr-leads", "kr-rate");
    String explained = conversion.explanation().render();
    assertThat(explained).contains("kr-leads", "3000 leads from online ads", "kr-rate",
        "Lead conversion rate to 10%").doesNotContain("o-customers");
    // the same answers on line of sight and cross-team links as the graph alone
    assertThat(graph.crossTeamLinks()).hasSize(3);
    assertThat(graph.lineOfSight(k("kr-rate"))).contains(List.of(k("kr-rate"), o("o-conversion")));

    GraphScorecard weighted = GraphScorecard.evaluate(seedGraph(seed("2400", "8.5"), "3", "1"), policy, AFTER);
    assertThat(progress(weighted, "o-conversion")).isEqualByComparingTo("0.7875");
  }

  @Test
  void keyResultsOnlyIgnoresTheGraphAndMatchesThePlainScorer() {
    OkrSet set = seed("2400", "8.5");
    ScoringPolicy policy = ScoringPolicy.defaults();
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(set, "1", "1"), policy, AFTER);
    assertThat(card.objective(ObjectiveId.of("o-conversion")).get().isScored()).isFalse();
    // the contributions are recorded, but only the key results count
    assertThat(card.scorecard().objectives().map(ObjectiveScore::progress))
        .isEqualTo(org.okr4j.scoring.Scorer.evaluate(set, policy, AFTER).objectives().map(ObjectiveScore::progress));
    assertThat(card.scorecard().objective(ObjectiveId.of("o-conversion")).get().children()).hasSize(2);
    assertThat(card.policy()).isEqualTo(policy);
    assertThat(card.asOf()).isEqualTo(AFTER);
    assertThat(card.graph().set()).isEqualTo(set);
    assertThat(card.objectives()).hasSize(3);
  }

  // ---------------------------------------------------------------------------------------------
  // Modes

  /*
   * p has its own key result kp, done → 1. Child objective c (key result kc at 5 of 10 → 0.5)
   * contributes with weight 3; s (key result ks, not done → 0) only supports. q has no key
   * results and c contributes to it with weight 1.
   */
  static AlignmentGraph modes() {
    OkrSet set = Fixtures.set(objective("p", binary("kp", done(true))), objective("c", count("kc", "5")),
        objective("s", binary("ks", done(false))), objective("q"));
    return AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(o("c"), o("p"), d("3")), Link.supports(o("s"), o("p")), Link.contributes(o("c"), o("q"))));
  }

  @Test
  void everyChildrenModeOfTheRollUp() {
    AlignmentGraph graph = modes();
    // only p's key result: 1
    assertThat(progress(GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.KEY_RESULTS_ONLY), AFTER), "p"))
        .isEqualByComparingTo("1");
    // only aligned children: c has none, so c is not scored, and neither is p (s only supports)
    GraphScorecard childrenOnly = GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.CHILDREN_ONLY), AFTER);
    assertThat(childrenOnly.objective(ObjectiveId.of("c")).get().isScored()).isFalse();
    assertThat(childrenOnly.objective(ObjectiveId.of("p")).get().isScored()).isFalse();
    // pooled at equal weight: (1 + 0.5) / 2 = 0.75
    assertThat(progress(GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.POOLED), AFTER), "p"))
        .isEqualByComparingTo("0.75");
    // pooled with the link's weight: (1·1 + 0.5·3) / 4 = 0.625
    assertThat(progress(GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.POOLED_WEIGHTED), AFTER), "p"))
        .isEqualByComparingTo("0.625");
    // children only without key results: p keeps its key result (1), q takes c (0.5)
    GraphScorecard when = GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS), AFTER);
    assertThat(progress(when, "p")).isEqualByComparingTo("1");
    assertThat(progress(when, "q")).isEqualByComparingTo("0.5");
    assertThat(when.objective(ObjectiveId.of("q")).get().explanation().render()).contains("objective c (Objective c)");
  }

  /*
   * Diamond: a ← b, a ← c, b ← d, c ← d. d has key result kd at 4 of 10 → 0.4; b has kb done → 1;
   * c has none. Under POOLED each link counts once with d's full progress:
   *   d = 0.4;  b = (1 + 0.4) / 2 = 0.7;  c = 0.4;  a = (0.7 + 0.4) / 2 = 0.55
   */
  @Test
  void sharedDescendantsCountOncePerLink() {
    OkrSet set = Fixtures.set(objective("a"), objective("b", binary("kb", done(true))), objective("c"),
        objective("d", count("kd", "4")));
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(
        Link.contributes(o("b"), o("a")), Link.contributes(o("c"), o("a")),
        Link.contributes(o("d"), o("b")), Link.contributes(o("d"), o("c"))));
    GraphScorecard card = GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.POOLED), AFTER);
    assertThat(progress(card, "d")).isEqualByComparingTo("0.4");
    assertThat(progress(card, "b")).isEqualByComparingTo("0.7");
    assertThat(progress(card, "c")).isEqualByComparingTo("0.4");
    assertThat(progress(card, "a")).isEqualByComparingTo("0.55");
  }

  @Test
  void aKeyResultOfAnotherObjectiveContributesWithTheLinkWeight() {
    OkrSet set = Fixtures.set(objective("p", binary("kp", done(true))), objective("c", count("kc", "2")));
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(),
        List.of(Link.contributes(k("kc"), o("p"), d("3"))));
    // (1·1 + 0.2·3) / 4 = 1.6 / 4 = 0.4
    GraphScorecard card = GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.POOLED_WEIGHTED), AFTER);
    assertThat(progress(card, "p")).isEqualByComparingTo("0.4");
    // children only: the linked key result alone, 0.2
    assertThat(progress(GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.CHILDREN_ONLY), AFTER), "p"))
        .isEqualByComparingTo("0.2");
  }

  // ---------------------------------------------------------------------------------------------
  // Incremental

  @Test
  void withCheckInTakesOneStepAtATimeWithWorkedNumbers() {
    ScoringPolicy policy = policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS);
    OkrSet before = seed("2400", "8.5");
    // leads 2400 / 3000 = 0.8, rate (8.5 − 4) / (10 − 4) = 0.75: conversion (0.8 + 0.75) / 2 = 0.775
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(before, "1", "1"), policy, AFTER);
    assertThat(progress(card, "o-conversion")).isEqualByComparingTo("0.775");
    // rate 10: (10 − 4) / 6 = 1, conversion (0.8 + 1) / 2 = 0.9
    CheckIn rate = CheckIn.of(DAY_10.plusSeconds(3600), new CheckInData.Measurement(d("10")));
    GraphScorecard first = card.withCheckIn(KeyResultId.of("kr-rate"), rate).get();
    assertThat(progress(first, "o-conversion")).isEqualByComparingTo("0.9");
    assertThat(progress(first, "o-customers")).isEqualByComparingTo("1");
    // leads 1500 / 3000 = 0.5, conversion (0.5 + 1) / 2 = 0.75
    CheckIn leads = CheckIn.of(DAY_10.plusSeconds(7200), new CheckInData.Measurement(d("1500")));
    GraphScorecard second = first.withCheckIn(KeyResultId.of("kr-leads"), leads).get();
    assertThat(progress(second, "o-conversion")).isEqualByComparingTo("0.75");
    assertThat(progress(second, "o-leads")).isEqualByComparingTo("0.5");
    // the earlier cards are unchanged
    assertThat(progress(card, "o-conversion")).isEqualByComparingTo("0.775");
    assertThat(progress(first, "o-conversion")).isEqualByComparingTo("0.9");
    OkrSet after = before.withCheckIn(KeyResultId.of("kr-rate"), rate).get()
        .withCheckIn(KeyResultId.of("kr-leads"), leads).get();
    assertThat(second.graph().set()).isEqualTo(after);
    assertThat(second.objectives())
        .isEqualTo(GraphScorecard.evaluate(seedGraph(after, "1", "1"), policy, AFTER).objectives());
  }

  @Test
  void withCheckInRefusesAnUnknownKeyResultOrACheckInThatDoesNotFitWithATypedError() {
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(seed("2400", "8.5"), "1", "1"),
        policy(RollUpPolicy.Children.POOLED_WEIGHTED), AFTER);
    OkrError unknown = card.withCheckIn(KeyResultId.of("kr-nowhere"), measure("1")).getLeft();
    assertThat(unknown.code()).isEqualTo("okr.dangling-reference");
    assertThat(unknown.path().toString()).isEqualTo("/keyResult");
    OkrError mismatch = card.withCheckIn(KeyResultId.of("kr-leads"),
        CheckIn.of(DAY_10, new CheckInData.Completion(true))).getLeft();
    assertThat(mismatch).isInstanceOf(OkrError.CheckInMismatch.class);
    assertThatThrownBy(() -> card.withCheckIn(null, measure("1"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> card.withCheckIn(KeyResultId.of("kr-leads"), null)).isInstanceOf(OkrException.class);
  }

  @Test
  void scoresAreBuiltOnRequestOnceAndEqualAfterBeingBuilt() {
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(seed("2400", "8.5"), "1", "1"),
        policy(RollUpPolicy.Children.POOLED_WEIGHTED), AFTER);
    ObjectiveScore conversion = card.objective(ObjectiveId.of("o-conversion")).get();
    assertThat(card.objective(ObjectiveId.of("o-conversion")).get()).isSameAs(conversion);
    assertThat(card.objectives().get(0)).isSameAs(conversion);
    GraphScorecard again = GraphScorecard.evaluate(seedGraph(seed("2400", "8.5"), "1", "1"),
        policy(RollUpPolicy.Children.POOLED_WEIGHTED), AFTER);
    assertThat(again).isEqualTo(card).hasSameHashCodeAs(card);
    assertThat(again.toString()).isEqualTo("GraphScorecard[asOf=2026-06-01T00:00:00Z, objectives=3]");
  }

  @Test
  void rescoreAfterACheckInEqualsAFullEvaluation() {
    ScoringPolicy policy = policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS);
    OkrSet before = seed("2400", "8.5");
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(before, "1", "1"), policy, AFTER);
    CheckIn later = CheckIn.of(DAY_10.plusSeconds(3600), new CheckInData.Measurement(d("3000")));
    OkrSet after = before.withCheckIn(KeyResultId.of("kr-leads"), later).get();
    GraphScorecard updated = card.rescore(after, KeyResultId.of("kr-leads")).get();
    // (1 + 0.75) / 2 = 0.875
    assertThat(progress(updated, "o-conversion")).isEqualByComparingTo("0.875");
    assertThat(progress(updated, "o-leads")).isEqualByComparingTo("1");
    GraphScorecard full = GraphScorecard.evaluate(seedGraph(after, "1", "1"), policy, AFTER);
    assertThat(updated.objectives()).isEqualTo(full.objectives());
    // the untouched team's score is the very same object
    assertThat(updated.objective(ObjectiveId.of("o-customers")).get())
        .isSameAs(card.objective(ObjectiveId.of("o-customers")).get());
    // the new card is the whole value a full evaluation gives: its graph is over the new set
    assertThat(updated.graph().set()).isEqualTo(after);
    assertThat(updated).isEqualTo(full);
  }

  @Test
  void rescoreRejectsAnUnknownOrMovedKeyResult() {
    OkrSet set = seed("2400", "8.5");
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(set, "1", "1"), ScoringPolicy.defaults(), AFTER);
    assertThat(card.rescore(set, KeyResultId.of("kr-nope")).getLeft())
        .isInstanceOfSatisfying(OkrError.DanglingReference.class, e -> assertThat(e.path().toString()).isEqualTo("/keyResult"));
    // in the graph, but not in the new set
    OkrSet other = Fixtures.set(objective("o-leads"), objective("x", count("kr-rate", "1")));
    assertThat(card.rescore(other, KeyResultId.of("kr-leads")).isLeft()).isTrue();
    // in both, under different objectives
    assertThat(card.rescore(other, KeyResultId.of("kr-rate")).isLeft()).isTrue();
    assertThatThrownBy(() -> card.rescore(null, KeyResultId.of("kr-rate"))).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> card.rescore(set, null)).isInstanceOf(OkrException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Lookups, exports, arguments

  @Test
  void lookupsOfUnknownNodesAreEmpty() {
    GraphScorecard card = GraphScorecard.evaluate(modes(), ScoringPolicy.defaults(), AFTER);
    assertThat(card.objective(null)).isEmpty();
    assertThat(card.objective(ObjectiveId.of("nope"))).isEmpty();
    assertThat(card.keyResult(null)).isEmpty();
    assertThat(card.keyResult(KeyResultId.of("nope"))).isEmpty();
    assertThat(card.annotation(null)).isEmpty();
    assertThat(card.annotation(o("nope"))).isEmpty();
  }

  @Test
  void annotationsCarryProgressAndBand() {
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(seed("2400", "8.5"), "1", "1"),
        policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS), AFTER);
    NodeAnnotation conversion = card.annotation(o("o-conversion")).get();
    assertThat(conversion.labelSuffix()).isEqualTo("78%");
    assertThat(conversion.band()).isEqualTo(card.objective(ObjectiveId.of("o-conversion")).get().band()
        .map(b -> b.colour().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    assertThat(card.annotation(k("kr-leads")).get().labelSuffix()).isEqualTo("80%");
    assertThat(GraphScorecard.annotate(io.vavr.control.Option.none(), io.vavr.control.Option.none()))
        .isEqualTo(NodeAnnotation.of("not scored"));
    assertThat(card.toMermaid()).contains("78%").contains("80%").contains("75%");
    assertThat(card.toDot()).contains("78%");
    assertThat(card.toMermaid()).isEqualTo(card.graph().toMermaid(card::annotation));
  }

  @Test
  void notScoredObjectivesAreAnnotatedSo() {
    GraphScorecard card = GraphScorecard.evaluate(seedGraph(seed("2400", "8.5"), "1", "1"), ScoringPolicy.defaults(), AFTER);
    assertThat(card.annotation(o("o-conversion"))).contains(NodeAnnotation.of("not scored"));
  }

  @Test
  void valueSemanticsAndArguments() {
    AlignmentGraph graph = modes();
    GraphScorecard a = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), AFTER);
    GraphScorecard b = GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), AFTER);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("x");
    assertThat(a).isNotEqualTo(GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), DAY_10));
    assertThat(a).isNotEqualTo(GraphScorecard.evaluate(graph, ScoringPolicy.google(), AFTER));
    assertThat(a).isNotEqualTo(GraphScorecard.evaluate(modes().link(Link.supports(o("q"), o("p"))).get(),
        ScoringPolicy.defaults(), AFTER));
    assertThat(a).isNotEqualTo(GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.POOLED), AFTER));
    assertThat(a.toString()).isEqualTo("GraphScorecard[asOf=2026-06-01T00:00:00Z, objectives=4]");
    assertThatThrownBy(() -> GraphScorecard.evaluate(null, ScoringPolicy.defaults(), AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> GraphScorecard.evaluate(graph, null, AFTER)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> GraphScorecard.evaluate(graph, ScoringPolicy.defaults(), null)).isInstanceOf(OkrException.class);
  }

  @Test
  void anUnscoredChildLeavesItsParentUnscored() {
    OkrSet set = Fixtures.set(Fixtures.objective("p", Level.COMPANY, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC),
        Fixtures.objective("c", Level.COMPANY, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC, "kc"));
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), List.of(Link.contributes(o("c"), o("p"))));
    GraphScorecard card = GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.CHILDREN_ONLY), AFTER);
    // kc has no check-in: c is not scored, so p is not scored either
    assertThat(card.objective(ObjectiveId.of("p")).get().isScored()).isFalse();
  }

  @Test
  void aChildWithARepeatingQuotientContributes() {
    // c = (1 + 0 + 0) / 3, a quotient with more decimals than a caller may pass in
    OkrSet set = Fixtures.set(objective("p"),
        objective("c", binary("c1", done(true)), binary("c2", done(false)), binary("c3", done(false))));
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(),
        List.of(Link.contributes(o("c"), o("p")), Link.contributes(k("c1"), o("p"), d("2"))));
    GraphScorecard card = GraphScorecard.evaluate(graph, policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS), AFTER);
    // p = (c·1 + c1·2) / 3 = (1/3 + 2) / 3 = 7/9
    assertThat(progress(card, "p").subtract(d("7").divide(d("9"), java.math.MathContext.DECIMAL64)).abs())
        .isLessThan(d("1e-15"));
  }

  @Test
  void aChainOf100000ObjectivesRollsUpWithoutRecursion() {
    int depth = DeepChainTest.DEPTH;
    OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.YEAR).cycle(Fixtures.Q1);
    java.util.ArrayList<Link> links = new java.util.ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      Objective.Builder ob = Objective.builder().id("o" + i).title("Step " + i).owner(Fixtures.COMPANY)
          .cycle("2026-q1").level(Level.COMPANY);
      if (i == depth - 1) {
        ob.keyResult(count("kr-bottom", "7"));
      }
      b.objective(ob.buildOrThrow());
      if (i > 0) {
        links.add(Link.contributes(o("o" + i), o("o" + (i - 1))));
      }
    }
    OkrSet set = b.buildOrThrow();
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(), links);
    ScoringPolicy policy = policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS);
    GraphScorecard card = GraphScorecard.evaluate(graph, policy, AFTER);
    assertThat(progress(card, "o0")).isEqualByComparingTo("0.7");
    CheckIn later = CheckIn.of(DAY_10.plusSeconds(60), new CheckInData.Measurement(d("9")));
    GraphScorecard updated = card.rescore(set.withCheckIn(KeyResultId.of("kr-bottom"), later).get(),
        KeyResultId.of("kr-bottom")).get();
    assertThat(progress(updated, "o0")).isEqualByComparingTo("0.9");
    assertThat(card.objective(ObjectiveId.of("o0")).get().explanation().render()).contains("objective o1 (Step 1)");
  }
}
