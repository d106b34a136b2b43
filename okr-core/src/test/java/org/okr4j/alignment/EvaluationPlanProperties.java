package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
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
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.scoring.Cap;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;
import org.okr4j.scoring.ProgressPolicy;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;

/**
 * The planned evaluation ({@link GraphScorecard#evaluate}, built on an evaluation plan, scores built
 * on request) against the straightforward one (every node scored up front, one score object each):
 * every objective and key result score equal, value and scale, on random organisations whose
 * numbers reach the edges of the number domain (values near ±1E+30, down to 1E-30, with up to 30
 * decimals, baselines equal to targets, decreasing targets, weights of odd scales and 0), under
 * random roll-up, cap, missing, empty and progress rules; and after a run of random check-ins taken
 * one step at a time with {@link GraphScorecard#withCheckIn}, against a straightforward evaluation
 * of the changed set.
 */
class EvaluationPlanProperties {

  static final Instant AT = Instant.parse("2026-02-20T00:00:00Z");
  static final Instant EARLY = Instant.parse("2026-01-10T00:00:00Z");

  static int examples() {
    return Integer.getInteger("okr.qt.examples", 300);
  }

  /** A number of the domain, often at its edges. */
  static BigDecimal number(Random r) {
    switch (r.nextInt(10)) {
      case 0:
        return new BigDecimal(new BigInteger(96, r).mod(BigInteger.TEN.pow(29)), 0).negate();
      case 1:
        return new BigDecimal(new BigInteger(96, r).mod(BigInteger.TEN.pow(29)), 0);
      case 2:
        return new BigDecimal(BigInteger.valueOf(1 + r.nextInt(9)), 30);
      case 3:
        return new BigDecimal(new BigInteger(100, r), 30);
      case 4:
        return new BigDecimal(BigInteger.valueOf(r.nextInt(2001) - 1000), r.nextInt(4));
      case 5:
        return BigDecimal.valueOf(r.nextInt(3));
      default:
        return BigDecimal.valueOf(r.nextInt(201) - 100);
    }
  }

  static BigDecimal weight(Random r) {
    String[] ws = {"0", "1", "1", "2", "3", "0.5", "1.00", "0.25", "0.125", "1.5", "0.000000000000000000000000000001",
        "0.333333333333333333333333333333"};
    return new BigDecimal(ws[r.nextInt(ws.length)]);
  }

  /** A random organisation and graph, drawn from one seed. */
  static final class Scenario {
    final OkrSet set;
    final AlignmentGraph graph;
    final ScoringPolicy policy;
    final java.util.List<String> keyResults = new ArrayList<>();
    final Random random;

    Scenario(long seed) {
      Random r = new Random(seed);
      random = r;
      int n = 1 + r.nextInt(9);
      ArrayList<Objective> objectives = new ArrayList<>();
      java.util.List<NodeRef> sources = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Objective.Builder b = Objective.builder().id("o" + i).title("Objective " + i).owner(Fixtures.COMPANY)
            .cycle("2026-q1").level(Level.COMPANY);
        int krs = r.nextInt(4);
        for (int j = 0; j < krs; j++) {
          String id = "k" + i + "-" + j;
          BigDecimal baseline = number(r);
          BigDecimal target = r.nextInt(6) == 0 ? baseline : number(r);
          KeyResult.Builder k = KeyResult.builder().id(id).title("KR " + id).weight(weight(r))
              .metric(LinearMetric.of(Unit.NUMBER, baseline, Target.absolute(target)));
          int checkIns = r.nextInt(4);
          for (int c = 0; c < checkIns; c++) {
            k.checkIn(CheckIn.of(EARLY.plusSeconds(86_400L * 14 * c + r.nextInt(3600)),
                new CheckInData.Measurement(r.nextInt(4) == 0 ? baseline : number(r))));
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
      int attempts = r.nextInt(25);
      for (int a = 0; a < attempts; a++) {
        NodeRef child = sources.get(r.nextInt(sources.size()));
        NodeRef parent = NodeRef.objective("o" + r.nextInt(n));
        Link link = r.nextInt(5) == 0 ? Link.supports(child, parent) : Link.contributes(child, parent, weight(r));
        g = g.link(link).getOrElse(g);
      }
      graph = g;
      policy = policy(r);
    }

    static ScoringPolicy policy(Random r) {
      RollUpPolicy rollUp = RollUpPolicy.defaults()
          .withChildren(pick(r, RollUpPolicy.Children.values()))
          .withMethod(pick(r, RollUpPolicy.Method.values()))
          .withMissing(pick(r, RollUpPolicy.Missing.values()))
          .withEmpty(pick(r, RollUpPolicy.Empty.values()))
          .withCap(r.nextBoolean() ? Cap.clamp01() : r.nextBoolean() ? Cap.none() : Cap.nonNegative());
      ScoringPolicy defaults = ScoringPolicy.defaults();
      ProgressPolicy progress = defaults.progress()
          .withNoCheckIn(pick(r, ProgressPolicy.NoCheckIn.values()))
          .withDegenerate(pick(r, ProgressPolicy.Degenerate.values()))
          .withLinearRule(r.nextInt(4) == 0 ? ProgressPolicy.LinearRule.RATIO_TO_TARGET
              : ProgressPolicy.LinearRule.FROM_BASELINE)
          .withCap(r.nextBoolean() ? Cap.clamp01() : Cap.none());
      return defaults.withRollUp(rollUp).withProgress(progress);
    }

    static <T> T pick(Random r, T[] values) {
      return values[r.nextInt(values.length)];
    }
  }

  /** Every score of {@code planned} equals the straightforward evaluation's, key results looked up one by one too. */
  static void sameScores(GraphScorecard planned, GraphScorecard reference) {
    Seq<ObjectiveScore> expected = reference.objectives();
    // one number first (built on request), then all of them
    if (!expected.isEmpty()) {
      assertThat(planned.objective(expected.last().id()).get()).isEqualTo(expected.last());
    }
    for (ObjectiveScore o : expected) {
      for (KeyResultScore k : o.keyResults()) {
        KeyResultScore got = planned.keyResult(k.id()).get();
        assertThat(got).isEqualTo(k);
        assertThat(got.progress().map(BigDecimal::scale)).isEqualTo(k.progress().map(BigDecimal::scale));
      }
    }
    Seq<ObjectiveScore> actual = planned.objectives();
    assertThat(actual).isEqualTo(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).progress().map(BigDecimal::scale)).isEqualTo(expected.get(i).progress().map(BigDecimal::scale));
      assertThat(actual.get(i).raw().map(BigDecimal::scale)).isEqualTo(expected.get(i).raw().map(BigDecimal::scale));
      assertThat(actual.get(i).explanation()).isEqualTo(expected.get(i).explanation());
    }
    assertThat(planned.hashCode()).isEqualTo(reference.hashCode());
  }

  @Test
  void plannedEvaluationEqualsTheStraightforwardEvaluator() {
    qt().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = new Scenario(seed);
      GraphScorecard planned = GraphScorecard.evaluate(s.graph, s.policy, AT);
      sameScores(planned, GraphScorecard.straightforward(s.graph, s.policy, AT, GraphScorecard.Cascade.NONE, null));
    });
  }

  /**
   * A graph keeps its compiled layout after the first evaluation: evaluating it again at other
   * instants and under other policies reuses the layout and still equals the straightforward
   * evaluator.
   */
  @Test
  void oneLayoutEvaluatedAtSeveralInstantsAndUnderSeveralPolicies() {
    qt().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = new Scenario(seed);
      Random r = s.random;
      for (Instant at : new Instant[] {AT, EARLY, AT.plusSeconds(86_400L * 30), Instant.EPOCH}) {
        ScoringPolicy policy = Scenario.policy(r);
        GraphScorecard planned = GraphScorecard.evaluate(s.graph, policy, at);
        sameScores(planned, GraphScorecard.straightforward(s.graph, policy, at, GraphScorecard.Cascade.NONE, null));
      }
    });
  }

  @Test
  void checkInsOneStepAtATimeEqualAFullStraightforwardEvaluation() {
    qt().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> {
      Scenario s = new Scenario(seed);
      if (s.keyResults.isEmpty()) {
        return;
      }
      Random r = s.random;
      GraphScorecard card = GraphScorecard.evaluate(s.graph, s.policy, AT);
      OkrSet set = s.set;
      int steps = 1 + r.nextInt(6);
      for (int step = 0; step < steps; step++) {
        KeyResultId id = KeyResultId.of(s.keyResults.get(r.nextInt(s.keyResults.size())));
        CheckIn checkIn = CheckIn.of(AT.minusSeconds(3600L * (steps - step)), new CheckInData.Measurement(number(r)));
        Either<OkrError, GraphScorecard> next = card.withCheckIn(id, checkIn);
        set = set.withCheckIn(id, checkIn).get();
        card = next.get();
        assertThat(card.graph().set()).isEqualTo(set);
      }
      AlignmentGraph after = AlignmentGraph.buildOrThrow(set, s.graph.policy(), s.graph.links());
      sameScores(card, GraphScorecard.straightforward(after, s.policy, AT, GraphScorecard.Cascade.NONE, null));
    });
  }
}
