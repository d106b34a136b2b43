package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;

/**
 * Laws of the roll-up through the graph, over random organisations (1 to 8 objectives with 0 to 2
 * key results counting 0 → 10, checked in at 0 to 15 or not at all) and up to 20 random link
 * attempts (objective or key result → objective, contributing with weight 0 to 3, or supporting),
 * under every children mode and roll-up method.
 */
class GraphScorecardProperties {

  static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
  static final Instant CHECK_IN = Instant.parse("2026-02-01T00:00:00Z");

  static int examples() {
    return Integer.getInteger("okr.qt.examples", 1000);
  }

  /** A random graph, drawn from one seed. */
  static final class Scenario {
    final OkrSet set;
    final AlignmentGraph graph;
    final java.util.List<String> keyResults = new ArrayList<>();

    Scenario(long seed) {
      this(seed, false);
    }

    /** With {@code cascades}, a link's parent may also be a key result (key result → key result). */
    Scenario(long seed, boolean cascades) {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(8);
      ArrayList<Objective> objectives = new ArrayList<>();
      java.util.List<NodeRef> sources = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Objective.Builder b = Objective.builder().id("o" + i).title("Objective " + i).owner(Fixtures.COMPANY)
            .cycle("2026-q1").level(Level.COMPANY);
        int krs = r.nextInt(3);
        for (int j = 0; j < krs; j++) {
          String id = "k" + i + "-" + j;
          KeyResult.Builder k = KeyResult.builder().id(id).title("KR " + id).metric(LinearMetric.count(10));
          int value = r.nextInt(17) - 1;
          if (value >= 0) {
            k.checkIn(CheckIn.of(CHECK_IN, new CheckInData.Measurement(BigDecimal.valueOf(value))));
          }
          b.keyResult(k);
          keyResults.add(id);
          sources.add(NodeRef.keyResult(id));
        }
        objectives.add(b.buildOrThrow());
        sources.add(NodeRef.objective("o" + i));
      }
      set = Fixtures.set(objectives.toArray(Objective[]::new));
      AlignmentGraph g = AlignmentGraph.of(set, AlignmentPolicy.permissive());
      int attempts = r.nextInt(21);
      for (int a = 0; a < attempts; a++) {
        NodeRef child = sources.get(r.nextInt(sources.size()));
        NodeRef parent = cascades && r.nextBoolean() ? sources.get(r.nextInt(sources.size()))
            : NodeRef.objective("o" + r.nextInt(n));
        Link link = r.nextInt(4) == 0 ? Link.supports(child, parent)
            : Link.contributes(child, parent, BigDecimal.valueOf(r.nextInt(4)));
        g = g.link(link).getOrElse(g);
      }
      graph = g;
    }
  }

  static ScoringPolicy policy(int children, int method) {
    RollUpPolicy.Method[] methods = {RollUpPolicy.Method.WEIGHTED_MEAN, RollUpPolicy.Method.MEAN,
        RollUpPolicy.Method.MINIMUM};
    return ScoringPolicy.defaults().withRollUp(RollUpPolicy.defaults()
        .withChildren(RollUpPolicy.Children.values()[children]).withMethod(methods[method]));
  }

  @Test
  void incrementalReEvaluationEqualsFullReEvaluation() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2),
        integers().between(0, 15)).checkAssert((seed, children, method, value) ->
            incrementalEqualsFull(new Scenario(seed), policy(children, method), GraphScorecard.Cascade.NONE, seed, value));
  }

  @Test
  void incrementalReEvaluationEqualsFullReEvaluationWithCascades() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 14), integers().between(0, 15),
        integers().between(0, 2)).checkAssert((seed, rules, value, cascade) ->
            incrementalEqualsFull(new Scenario(seed, true), policy(rules / 3, rules % 3),
                GraphScorecard.Cascade.values()[cascade], seed, value));
  }

  /**
   * One check-in of {@code value} on a key result picked by {@code seed}, re-scored incrementally,
   * gives the whole value a full evaluation of the changed set gives: scores, cascade and the graph
   * over the new set.
   */
  private static void incrementalEqualsFull(Scenario s, ScoringPolicy policy, GraphScorecard.Cascade c, long seed,
      int value) {
    GraphScorecard before = GraphScorecard.evaluate(s.graph, policy, AT, c);
    if (s.keyResults.isEmpty()) {
      return;
    }
    KeyResultId changed = KeyResultId.of(s.keyResults.get((int) Math.floorMod(seed, (long) s.keyResults.size())));
    CheckIn later = CheckIn.of(CHECK_IN.plusSeconds(60), new CheckInData.Measurement(BigDecimal.valueOf(value)));
    OkrSet after = s.set.withCheckIn(changed, later).get();
    GraphScorecard incremental = before.rescore(after, changed).get();
    GraphScorecard full = GraphScorecard.evaluate(
        AlignmentGraph.buildOrThrow(after, s.graph.policy(), s.graph.links()), policy, AT, c);
    assertThat(incremental.objectives()).isEqualTo(full.objectives());
    assertThat(incremental.objectives().flatMap(ObjectiveScore::keyResults).map(k -> k.progress()))
        .isEqualTo(full.objectives().flatMap(ObjectiveScore::keyResults).map(k -> k.progress()));
    assertThat(incremental.cascade()).isEqualTo(c);
    assertThat(incremental.graph().set()).isEqualTo(after);
    assertThat(incremental).isEqualTo(full);
  }

  @Test
  void cascadesStayWithinBoundsAndChangeNothingWithoutKeyResultLinks() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2),
        integers().between(0, 2)).checkAssert((seed, children, method, cascade) -> {
          ScoringPolicy policy = policy(children, method);
          GraphScorecard.Cascade c = GraphScorecard.Cascade.values()[cascade];
          GraphScorecard card = GraphScorecard.evaluate(new Scenario(seed, true).graph, policy, AT, c);
          for (ObjectiveScore o : card.objectives()) {
            o.progress().forEach(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
          }
          // links only into objectives: every cascade rule gives the same scores
          AlignmentGraph plain = new Scenario(seed, false).graph;
          assertThat(GraphScorecard.evaluate(plain, policy, AT, c).objectives())
              .isEqualTo(GraphScorecard.evaluate(plain, policy, AT).objectives());
        });
  }

  @Test
  void rollUpStaysWithinBounds() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2))
        .checkAssert((seed, children, method) -> {
          Scenario s = new Scenario(seed);
          GraphScorecard card = GraphScorecard.evaluate(s.graph, policy(children, method), AT);
          for (ObjectiveScore o : card.objectives()) {
            o.progress().forEach(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
          }
          assertThat(card.objectives().map(ObjectiveScore::id))
              .isEqualTo(List.ofAll(s.set.objectives()).map(Objective::id));
        });
  }
}
