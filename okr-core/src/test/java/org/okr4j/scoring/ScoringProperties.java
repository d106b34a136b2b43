package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.scoring.Fixtures.AFTER;
import static org.okr4j.scoring.Fixtures.Q1;
import static org.okr4j.scoring.Fixtures.day;
import static org.okr4j.scoring.Fixtures.kr;
import static org.okr4j.scoring.Fixtures.measure;
import static org.okr4j.scoring.ScoringGenerators.caps;
import static org.okr4j.scoring.ScoringGenerators.decimals;
import static org.okr4j.scoring.ScoringGenerators.keyResult;
import static org.okr4j.scoring.ScoringGenerators.linearMetrics;
import static org.okr4j.scoring.ScoringGenerators.specLists;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Comparison;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;
import org.quicktheories.core.Gen;

/** The laws of scoring. */
class ScoringProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static final Gen<RollUpPolicy.Method> AVERAGING = arbitrary().pick(RollUpPolicy.Method.MEAN,
      RollUpPolicy.Method.WEIGHTED_MEAN, RollUpPolicy.Method.MINIMUM);

  private static final Gen<BigDecimal> CURRENT = decimals(-300_000, 300_000, 2);

  private static ScoringPolicy capped(Cap cap) {
    return ScoringPolicy.defaults().withProgress(ProgressPolicy.defaults().withCap(cap));
  }

  private static void assertWithin(BigDecimal value, Cap cap) {
    cap.floor().forEach(f -> assertThat(value).isGreaterThanOrEqualTo(f));
    cap.ceiling().forEach(c -> assertThat(value).isLessThanOrEqualTo(c));
  }

  @Test
  void reportedProgressStaysWithinTheCap() {
    qt().withExamples(EXAMPLES).forAll(linearMetrics(), CURRENT, caps(), caps()).checkAssert((m, c, krCap, rollUpCap) -> {
      ScoringPolicy policy = capped(krCap).withRollUp(RollUpPolicy.defaults().withCap(rollUpCap));
      KeyResult kr = kr("k", m, measure(5, c.toPlainString()));
      ObjectiveScore o = Scorer.scoreObjective(Fixtures.objective("o", kr), Q1, policy, AFTER);
      assertWithin(o.keyResults().head().progress().get(), krCap);
      assertWithin(o.progress().get(), rollUpCap);
      assertThat(o.keyResults().head().grade().get()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    });
  }

  @Test
  void linearProgressIsMonotoneInTheCurrentValue() {
    qt().withExamples(EXAMPLES).forAll(linearMetrics(), CURRENT, CURRENT, caps()).checkAssert((m, a, b, cap) -> {
      BigDecimal lo = a.min(b);
      BigDecimal hi = a.max(b);
      BigDecimal pLo = Fixtures.progress(kr("k", m, measure(5, lo.toPlainString())), capped(cap));
      BigDecimal pHi = Fixtures.progress(kr("k", m, measure(5, hi.toPlainString())), capped(cap));
      if (m.isIncreasing()) {
        assertThat(pLo).isLessThanOrEqualTo(pHi);
      } else {
        assertThat(pLo).isGreaterThanOrEqualTo(pHi);
      }
    });
  }

  @Test
  void thresholdProgressIsMonotoneInTheCurrentValue() {
    Gen<Comparison> comparisons = arbitrary().enumValues(Comparison.class);
    Gen<ProgressPolicy> policies = arbitrary().enumValues(ProgressPolicy.ControlGrading.class)
        .zip(arbitrary().enumValues(ProgressPolicy.ThresholdEquality.class),
            (g, e) -> ProgressPolicy.defaults().withControlGrading(g).withThresholdEquality(e));
    Gen<BigDecimal> thresholds = decimals(-100_000, 100_000, 2).assuming(t -> t.signum() != 0);
    qt().withExamples(EXAMPLES).forAll(comparisons, thresholds, CURRENT.zip(CURRENT, (x, y) -> new BigDecimal[] {x, y}), policies)
        .checkAssert((cmp, t, values, pp) -> {
          ThresholdMetric m = ThresholdMetric.of(Unit.NUMBER, cmp, t);
          BigDecimal lo = values[0].min(values[1]);
          BigDecimal hi = values[0].max(values[1]);
          ScoringPolicy policy = ScoringPolicy.defaults().withProgress(pp);
          BigDecimal pLo = Fixtures.progress(kr("k", m, measure(5, lo.toPlainString())), policy);
          BigDecimal pHi = Fixtures.progress(kr("k", m, measure(5, hi.toPlainString())), policy);
          if (cmp.isUpward()) {
            assertThat(pLo).isLessThanOrEqualTo(pHi);
          } else {
            assertThat(pLo).isGreaterThanOrEqualTo(pHi);
          }
        });
  }

  private static final Gen<Contribution> CONTRIBUTIONS = decimals(-3_000, 3_000, 3)
      .zip(decimals(0, 1_000, 2), integers().between(0, 9), (p, w, none) -> Contribution.of(Contribution.Kind.KEY_RESULT,
          "c" + p.unscaledValue() + "-" + w.unscaledValue(), "", none == 0 ? Option.none() : Option.some(p), w));

  @Test
  void averagingRollUpsLieBetweenTheirContributors() {
    qt().withExamples(EXAMPLES).forAll(lists().of(CONTRIBUTIONS).ofSizeBetween(1, 8), AVERAGING, caps(),
        arbitrary().enumValues(RollUpPolicy.Missing.class)).checkAssert((items, method, cap, missing) -> {
          RollUpPolicy policy = RollUpPolicy.defaults().withMethod(method).withCap(cap).withMissing(missing);
          RollUp r = policy.combine(List.ofAll(items));
          Seq<BigDecimal> counted = List.ofAll(items).filter(c -> c.weight().signum() > 0)
              .filter(c -> c.progress().isDefined() || missing == RollUpPolicy.Missing.COUNT_AS_ZERO)
              .map(c -> cap.apply(c.progress().getOrElse(BigDecimal.ZERO)));
          boolean anyScored = List.ofAll(items).exists(c -> c.weight().signum() > 0 && c.progress().isDefined());
          assertThat(r.progress().isDefined()).isEqualTo(anyScored);
          if (anyScored) {
            assertThat(r.progress().get()).isBetween(counted.min().get(), counted.max().get());
          }
        });
  }

  @Test
  void scalingEveryWeightChangesNothing() {
    Gen<BigDecimal> factors = integers().between(1, 100_000).map(i -> BigDecimal.valueOf(i, 2))
        .mix(arbitrary().pick(new BigDecimal("0.01"), BigDecimal.ONE, new BigDecimal("1000.00")), 20);
    qt().withExamples(EXAMPLES).forAll(lists().of(CONTRIBUTIONS).ofSizeBetween(1, 8), factors, AVERAGING, caps())
        .checkAssert((items, k, method, cap) -> {
          RollUpPolicy policy = RollUpPolicy.defaults().withMethod(method).withCap(cap);
          Seq<Contribution> given = List.ofAll(items);
          RollUp before = policy.combine(given);
          RollUp after = policy.combine(given.map(c -> c.withWeight(c.weight().multiply(k))));
          assertThat(after.progress().isDefined()).isEqualTo(before.progress().isDefined());
          before.progress().forEach(p -> assertThat(after.progress().get()).isEqualByComparingTo(p));
          before.raw().forEach(p -> assertThat(after.raw().get()).isEqualByComparingTo(p));
        });
  }

  private static OkrSet set(java.util.List<ScoringGenerators.Spec> specs, long seed, boolean shuffle) {
    Random random = new Random(seed);
    ArrayList<KeyResult> krs = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      ArrayList<int[]> order = new ArrayList<>(specs.get(i).checkIns());
      if (shuffle) {
        Collections.shuffle(order, random);
      }
      krs.add(keyResult("k" + i, specs.get(i), order));
    }
    ArrayList<KeyResult> first = new ArrayList<>(krs.subList(0, (krs.size() + 1) / 2));
    ArrayList<KeyResult> second = new ArrayList<>(krs.subList((krs.size() + 1) / 2, krs.size()));
    ArrayList<Objective> objectives = new ArrayList<>(java.util.List.of(
        Fixtures.objective("o1", first.toArray(new KeyResult[0])),
        Fixtures.objective("o2", second.toArray(new KeyResult[0]))));
    if (shuffle) {
      Collections.shuffle(first, random);
      Collections.shuffle(second, random);
      objectives = new ArrayList<>(java.util.List.of(Fixtures.objective("o2", second.toArray(new KeyResult[0])),
          Fixtures.objective("o1", first.toArray(new KeyResult[0]))));
    }
    return Fixtures.set(objectives.toArray(new Objective[0]));
  }

  private static final Gen<ScoringPolicy> POLICIES = arbitrary().pick(ScoringPolicy.defaults(), ScoringPolicy.google(),
      ScoringPolicy.quantive(), ScoringPolicy.perdoo(), ScoringPolicy.oslo(),
      ScoringPolicy.defaults().withForecast(ForecastPolicy.defaults().withMethod(ForecastPolicy.Method.LEAST_SQUARES))
          .withRollUp(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.MINIMUM))
          .withStatus(StatusPolicy.defaults().withObjectiveStatus(StatusPolicy.StatusRollUp.MEAN_RANK)),
      ScoringPolicy.defaults().withForecast(ForecastPolicy.defaults().withMethod(ForecastPolicy.Method.LAST_TWO))
          .withProgress(ProgressPolicy.defaults().withControlMethod(ProgressPolicy.ControlMethod.SHARE_OF_PERIODS_MET))
          .withConfidence(ConfidencePolicy.defaults().withAggregation(ConfidencePolicy.Aggregation.MINIMUM)));

  @Test
  void permutingKeyResultsCheckInsAndObjectivesChangesNothing() {
    qt().withExamples(EXAMPLES).forAll(specLists(1, 6, -5, 95), longs().all(), POLICIES, integers().between(-10, 100))
        .checkAssert((specs, seed, policy, asOfDay) -> {
          Instant asOf = day(asOfDay);
          Scorecard a = Scorer.evaluate(set(specs, seed, false), policy, asOf);
          Scorecard b = Scorer.evaluate(set(specs, seed, true), policy, asOf);
          for (KeyResultScore k : a.keyResults()) {
            assertThat(b.keyResult(k.id()).get()).isEqualTo(k);
          }
          for (ObjectiveScore o : a.objectives()) {
            ObjectiveScore p = b.objective(o.id()).get();
            assertThat(p.progress()).isEqualTo(o.progress());
            assertThat(p.raw()).isEqualTo(o.raw());
            assertThat(p.grade()).isEqualTo(o.grade());
            assertThat(p.status()).isEqualTo(o.status());
            assertThat(p.confidence()).isEqualTo(o.confidence());
            assertThat(p.forecast()).isEqualTo(o.forecast());
            assertThat(p.problems()).isEqualTo(o.problems());
            assertThat(p.explanation().render()).isEqualTo(o.explanation().render());
          }
        });
  }

  @Test
  void beforeTheFirstCheckInNothingIsScored() {
    qt().withExamples(EXAMPLES).forAll(specLists(1, 6, 10, 95), integers().between(-400, 9), POLICIES.mix(
        arbitrary().constant(ScoringPolicy.defaults()), 30)).checkAssert((specs, asOfDay, policy) -> {
          if (policy.progress().noCheckIn() == ProgressPolicy.NoCheckIn.ZERO) {
            return;
          }
          Scorecard card = Scorer.evaluate(set(specs, 1L, false), policy, day(asOfDay));
          for (KeyResultScore k : card.keyResults()) {
            assertThat(k.progress().isEmpty()).isTrue();
            assertThat(k.raw().isEmpty()).isTrue();
            assertThat(k.lastCheckIn().isEmpty()).isTrue();
          }
          for (ObjectiveScore o : card.objectives()) {
            assertThat(o.progress().isEmpty()).isTrue();
            assertThat(o.grade().isEmpty()).isTrue();
            assertThat(o.verdict()).isEqualTo(Verdict.NOT_SCORED);
          }
        });
  }

  @Test
  void evaluationIsDeterministic() {
    qt().withExamples(EXAMPLES).forAll(specLists(0, 6, -5, 95), POLICIES, integers().between(-10, 100))
        .checkAssert((specs, policy, asOfDay) -> {
          OkrSet set = set(specs, 7L, false);
          Scorecard a = Scorer.evaluate(set, policy, day(asOfDay));
          Scorecard b = Scorer.evaluate(set, policy, day(asOfDay));
          assertThat(a).isEqualTo(b);
          assertThat(a.keyResults().map(k -> k.explanation().render() + k.statusExplanation().render()
              + k.forecastExplanation().render()))
              .isEqualTo(b.keyResults().map(k -> k.explanation().render() + k.statusExplanation().render()
                  + k.forecastExplanation().render()));
        });
  }

  @Test
  void rescoringMatchesAFullEvaluation() {
    qt().withExamples(Math.max(1, EXAMPLES / 4)).forAll(specLists(1, 6, -5, 95), POLICIES, integers().between(0, 100),
        integers().between(-50, 150)).checkAssert((specs, policy, asOfDay, value) -> {
          OkrSet set = set(specs, 3L, false);
          Scorecard card = Scorer.evaluate(set, policy, day(asOfDay));
          KeyResult first = set.objectives().head().keyResults().head();
          int kind = specs.get(0).kind();
          OkrSet after = set.withCheckIn(first.id(),
              org.okr4j.model.CheckIn.of(day(asOfDay / 2), ScoringGenerators.data(kind, value))).get();
          assertThat(Scorer.rescore(card, after, first.id()).get()).isEqualTo(Scorer.evaluate(after, policy, day(asOfDay)));
        });
  }
}
