package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;

/**
 * A series is the scorer at each of its instants: for generated sets, policies and windows, every
 * point of {@link Series#keyResult}, {@link Series#objective} and {@link Series#group} equals what
 * {@link Scorer#evaluate} gives at the point's {@link Series.Point#asOf()} under the same policy
 * (a group of objectives through {@link AggregationPolicy#of} the policy's roll-up).
 */
class SeriesProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000) / 5;

  private static final List<ScoringPolicy> POLICIES = List.of(ScoringPolicy.defaults(), ScoringPolicy.oslo(),
      ScoringPolicy.perdoo(), ScoringPolicy.quantive(), ScoringPolicy.puzzle(), ScoringPolicy.google(),
      ScoringPolicy.defaults().withRollUp(RollUpPolicy.defaults().withMissing(RollUpPolicy.Missing.SKIP)
          .withEmpty(RollUpPolicy.Empty.ZERO)),
      ScoringPolicy.defaults().withProgress(ProgressPolicy.defaults()
          .withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET)
          .withPeriodBasis(ProgressPolicy.PeriodBasis.ELAPSED)));

  private static OkrSet set(java.util.List<java.util.List<ScoringGenerators.Spec>> objectives) {
    ArrayList<Objective> built = new ArrayList<>();
    for (int o = 0; o < objectives.size(); o++) {
      ArrayList<KeyResult> krs = new ArrayList<>();
      for (int k = 0; k < objectives.get(o).size(); k++) {
        ScoringGenerators.Spec spec = objectives.get(o).get(k);
        krs.add(ScoringGenerators.keyResult("k" + o + "-" + k, spec, spec.checkIns()));
      }
      built.add(Fixtures.objective("o" + o, krs.toArray(KeyResult[]::new)));
    }
    return Fixtures.set(built.toArray(Objective[]::new));
  }

  @Test
  void everyPointEqualsTheScorerAtItsInstant() {
    qt().withExamples(Math.max(EXAMPLES, 10))
        .forAll(org.quicktheories.generators.SourceDSL.lists().of(ScoringGenerators.specLists(0, 3, -5, 95))
                .ofSizeBetween(1, 3),
            integers().between(0, POLICIES.size() - 1), arbitrary().enumValues(Series.Step.class),
            integers().between(0, 89).zip(integers().between(0, 20), (f, l) -> new int[] {f, l}))
        .checkAssert((objectives, p, step, window) -> {
          int from = window[0];
          int length = window[1];
          OkrSet set = set(objectives);
          ScoringPolicy policy = POLICIES.get(p);
          LocalDate first = Q1.start().plusDays(from);
          LocalDate last = first.plusDays(step == Series.Step.DAY ? Math.min(length, 89 - from)
              : Math.min(length * 5L, 89 - from));
          Seq<Objective> all = set.objectives();
          Seq<Series.Point> group = Series.group(all, Q1, policy, AggregationPolicy.of(policy.rollUp()), step, first, last);
          AggregationPolicy aggregation = AggregationPolicy.of(policy.rollUp());
          for (Objective o : all) {
            Seq<Series.Point> objective = Series.objective(o, Q1, policy, step, first, last);
            Seq<Seq<Series.Point>> keyResults = o.keyResults().map(kr -> Series.keyResult(kr, Q1, policy, step, first, last));
            for (int i = 0; i < objective.size(); i++) {
              Series.Point point = objective.get(i);
              Scorecard card = Scorer.evaluate(set, policy, point.asOf());
              assertThat(point.progress()).isEqualTo(card.objective(o.id()).get().progress());
              assertThat(group.get(i).asOf()).isEqualTo(point.asOf());
              assertThat(group.get(i).progress()).isEqualTo(aggregation.aggregate(
                  ScoreNode.group(card.objectives().map(sc -> ScoreNode.leaf(sc.progress())))));
              for (int k = 0; k < keyResults.size(); k++) {
                Series.Point kp = keyResults.get(k).get(i);
                assertThat(kp.asOf()).isEqualTo(point.asOf());
                assertThat(kp.progress()).isEqualTo(card.keyResult(o.keyResults().get(k).id()).get().progress());
              }
            }
          }
        });
  }
}
