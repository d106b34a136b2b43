package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.kr;
import static org.okr4j.lint.Fixtures.n;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.AggregateMetric;
import org.okr4j.model.Comparison;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Target;
import org.okr4j.model.ThresholdMetric;
import org.okr4j.model.Unit;

class BaselineMissingTest {

  private static final BuiltInRule RULE = BuiltInRule.BASELINE_MISSING;

  private static LinearMetric fromZero(Unit unit) {
    return LinearMetric.of(unit, n("0.00"), Target.absolute(n("12")));
  }

  @Test
  void aZeroBaselineInNumberPercentPointsOrCurrencyIsReported() {
    Seq<Finding> findings = check(RULE, Fixtures.set(objective(0, ANA,
        kr("a", 0, fromZero(Unit.PERCENT)), kr("b", 1, fromZero(Unit.NUMBER)),
        kr("c", 2, fromZero(Unit.currency("CNY"))), kr("d", 3, fromZero(Unit.PERCENTAGE_POINTS)))));
    assertThat(Fixtures.paths(findings)).containsExactly(
        "/objectives/0/keyResults/0/metric/baseline", "/objectives/0/keyResults/1/metric/baseline",
        "/objectives/0/keyResults/2/metric/baseline", "/objectives/0/keyResults/3/metric/baseline");
    assertThat(findings.map(f -> f.arguments().head()))
        .containsExactly("percent", "number", "currency:CNY", "percentage_points");
    assertThat(findings.head().message(Locale.ENGLISH)).startsWith("baseline is 0 (percent);");
    assertThat(findings.head().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void countsAndCustomUnitsStartAtZeroByNature() {
    assertThat(check(RULE, Fixtures.set(objective(0, ANA,
        kr("a", 0, LinearMetric.count(5)), kr("b", 1, fromZero(Unit.custom("articles"))))))).isEmpty();
  }

  @Test
  void aRealBaselineOrAnotherKindOfMetricPasses() {
    assertThat(check(RULE, Fixtures.set(objective(0, ANA,
        kr("a", 0, LinearMetric.of(Unit.PERCENT, n("0.1"), Target.absolute(n("12")))),
        kr("b", 1, LinearMetric.of(Unit.NUMBER, n("-3"), Target.absolute(n("0")))),
        kr("c", 2, ThresholdMetric.of(Unit.PERCENT, Comparison.AT_LEAST, n("0"))),
        kr("d", 3, AggregateMetric.of(Unit.PERCENT, Comparison.AT_LEAST, n("5"))))))).isEmpty();
  }
}
