package org.okr4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Band;
import org.okr4j.scoring.Colour;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.ObjectiveScore;

/**
 * The baseline does okr4j's work: its numbers, statuses and bands agree with {@code GraphScorecard}
 * on generated organisations of both shapes, and its incremental update leaves exactly the arrays a
 * full evaluation of the changed organisation gives.
 */
class ArrayBaselineTest {

  private static final long AS_OF = SyntheticOrganisation.AS_OF.getEpochSecond();

  @ParameterizedTest
  @EnumSource(value = SyntheticOrganisation.Shape.class, names = {"DEEP", "WIDE"})
  void agreesWithOkr4j(SyntheticOrganisation.Shape shape) {
    SyntheticOrganisation org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(shape, 8_000));
    GraphScorecard card = GraphScorecard.evaluate(org.graph(), ArrayBaseline.POLICY, SyntheticOrganisation.AS_OF);
    ArrayBaseline arrays = ArrayBaseline.of(org);
    arrays.evaluate(AS_OF);
    assertAgree(card, arrays);
    // the roll-up is exercised: statuses and bands of every kind, objectives moved by their children
    assertThat(new String(arrays.krStatus)).contains("\0", "\1", "\2");
    assertThat(new String(arrays.objectiveBand)).contains("\0", "\1", "\2");
  }

  @ParameterizedTest
  @EnumSource(value = SyntheticOrganisation.Shape.class, names = {"DEEP", "WIDE"})
  void anIncrementalUpdateEndsWhereAFullEvaluationOfTheChangedOrganisationDoes(SyntheticOrganisation.Shape shape) {
    ScoringBenchmark.Organisation o = new ScoringBenchmark.Organisation();
    o.shape = shape.name().toLowerCase(java.util.Locale.ROOT);
    o.keyResults = 8_000;
    o.setUp();
    ScoringBenchmark.Baseline before = new ScoringBenchmark.Baseline();
    before.setUp(o);
    double[] untouched = before.arrays.objectiveProgress.clone();
    before.arrays.checkIn(before.changed, before.checkInTime, before.checkInValue, AS_OF);

    OkrSet changedSet = o.org.set().withCheckIn(o.changed, o.checkIn).get();
    SyntheticOrganisation changed = new SyntheticOrganisation(changedSet, o.org.links(), o.org.parameters());
    ArrayBaseline full = ArrayBaseline.of(changed);
    full.evaluate(AS_OF);
    ArrayBaseline after = before.arrays;
    assertThat(after.krProgress).isEqualTo(full.krProgress);
    assertThat(after.krStatus).isEqualTo(full.krStatus);
    assertThat(after.krBand).isEqualTo(full.krBand);
    assertThat(after.objectiveProgress).isEqualTo(full.objectiveProgress);
    assertThat(after.objectiveRaw).isEqualTo(full.objectiveRaw);
    assertThat(after.objectiveStatus).isEqualTo(full.objectiveStatus);
    assertThat(after.objectiveBand).isEqualTo(full.objectiveBand);
    // the change moved the path to the top: the objective and (wide) its two parents, or (deep) its
    // ancestors until the change, diluted about ninefold per level, falls below a double's precision
    int moved = 0;
    for (int i = 0; i < untouched.length; i++) {
      moved += Double.compare(untouched[i], after.objectiveProgress[i]) != 0 ? 1 : 0;
    }
    if (shape == SyntheticOrganisation.Shape.DEEP) {
      assertThat(moved).isBetween(10, 20);
    } else {
      assertThat(moved).isEqualTo(3);
    }
    // and okr4j agrees after the same check-in
    ScoringBenchmark.Scored scored = new ScoringBenchmark.Scored();
    scored.setUp(o);
    assertAgree(ScoringBenchmark.rescore(scored), after);
    assertThat(after.krProgress[before.changed]).isEqualTo(0.25);
  }

  private static void assertAgree(GraphScorecard card, ArrayBaseline arrays) {
    for (int k = 0; k < arrays.keyResults; k++) {
      KeyResultScore s = card.keyResult(KeyResultId.of("k" + k)).get();
      assertClose(s.progress(), arrays.krProgress[k], "progress of k" + k);
      assertThat((int) arrays.krStatus[k]).as("status of k%d", k).isEqualTo(s.status().rank());
      assertThat(colour(arrays.krBand[k])).as("band of k%d", k).isEqualTo(s.band().map(Band::colour));
    }
    for (int o = 0; o < arrays.objectives; o++) {
      ObjectiveScore s = card.objectives().get(o);
      assertClose(s.progress(), arrays.objectiveProgress[o], "progress of objective " + o);
      assertClose(s.raw(), arrays.objectiveRaw[o], "raw progress of objective " + o);
      assertThat((int) arrays.objectiveStatus[o]).as("status of objective %d", o).isEqualTo(s.status().rank());
      assertThat(colour(arrays.objectiveBand[o])).as("band of objective %d", o).isEqualTo(s.band().map(Band::colour));
    }
  }

  private static void assertClose(Option<BigDecimal> exact, double approximate, String what) {
    if (exact.isEmpty()) {
      assertThat(approximate).as(what).isNaN();
    } else {
      double e = exact.get().doubleValue();
      assertThat(approximate).as(what).isCloseTo(e, org.assertj.core.api.Assertions.within(1e-12 * Math.max(1, Math.abs(e))));
    }
  }

  private static Option<Colour> colour(byte band) {
    return switch (band) {
      case ArrayBaseline.RED -> Option.some(Colour.RED);
      case ArrayBaseline.YELLOW -> Option.some(Colour.YELLOW);
      case ArrayBaseline.GREEN -> Option.some(Colour.GREEN);
      default -> Option.none();
    };
  }
}
