package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.kr;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.Milestone;
import org.okr4j.model.MilestoneMetric;

class NotMeasurableTest {

  private static final BuiltInRule RULE = BuiltInRule.NOT_MEASURABLE;

  @Test
  void anObjectiveWithOnlyBinaryKeyResultsIsReported() {
    Seq<Finding> findings = check(RULE, Fixtures.set(objective(0, ANA, 2),
        objective(1, ANA, kr("a", 0, BinaryMetric.INSTANCE), kr("b", 1, BinaryMetric.INSTANCE))));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.path().toString()).isEqualTo("/objectives/1/keyResults");
      assertThat(f.arguments()).containsExactly("2");
      assertThat(f.message(Locale.ENGLISH)).startsWith("all 2 key results are done-or-not (binary)");
      assertThat(f.fix(Locale.ENGLISH).isDefined()).isTrue();
    });
  }

  @Test
  void oneMeasuredKeyResultIsEnough() {
    assertThat(check(RULE, Fixtures.set(objective(0, ANA, kr("a", 0, BinaryMetric.INSTANCE), kr("b", 1)))))
        .isEmpty();
  }

  @Test
  void aSingleMilestoneIsDoneOrNotButTwoAreMeasurable() {
    MilestoneMetric one = MilestoneMetric.of(Milestone.of("m1", "Launch"));
    MilestoneMetric two = MilestoneMetric.of(Milestone.of("m1", "Design"), Milestone.of("m2", "Launch"));
    assertThat(check(RULE, Fixtures.set(objective(0, ANA, kr("a", 0, one), kr("b", 1, BinaryMetric.INSTANCE)))))
        .hasSize(1);
    assertThat(check(RULE, Fixtures.set(objective(0, ANA, kr("a", 0, two), kr("b", 1, BinaryMetric.INSTANCE)))))
        .isEmpty();
  }

  @Test
  void anObjectiveWithoutKeyResultsIsLeftToTheCountRule() {
    assertThat(check(RULE, Fixtures.set(objective(0, ANA, 0)))).isEmpty();
  }
}
