package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link BuiltInRule#TOO_FEW_KEY_RESULTS} and {@link BuiltInRule#TOO_MANY_KEY_RESULTS}. */
class KeyResultCountTest {

  @Test
  void twoToFiveKeyResultsPassBothRules() {
    for (int n = 2; n <= 5; n++) {
      assertThat(check(BuiltInRule.TOO_FEW_KEY_RESULTS, Fixtures.set(objective(0, ANA, n)))).as("%d", n).isEmpty();
      assertThat(check(BuiltInRule.TOO_MANY_KEY_RESULTS, Fixtures.set(objective(0, ANA, n)))).as("%d", n).isEmpty();
    }
  }

  @Test
  void zeroAndOneKeyResultsAreTooFew() {
    Seq<Finding> findings = check(BuiltInRule.TOO_FEW_KEY_RESULTS,
        Fixtures.set(objective(0, ANA, 0), objective(1, ANA, 1), objective(2, ANA, 2)));
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/0/keyResults", "/objectives/1/keyResults");
    Finding one = findings.get(1);
    assertThat(one.arguments()).containsExactly("1", "2", "5");
    assertThat(one.severity()).isEqualTo(Severity.WARNING);
    assertThat(one.message(Locale.ENGLISH)).isEqualTo("has 1 key results; 2 to 5 are recommended");
    assertThat(one.fix(Locale.SIMPLIFIED_CHINESE).get()).isEqualTo("补充可衡量的关键结果，至少达到 2 个");
    assertThat(check(BuiltInRule.TOO_MANY_KEY_RESULTS, Fixtures.set(objective(0, ANA, 0), objective(1, ANA, 1))))
        .isEmpty();
  }

  @Test
  void sixKeyResultsAreTooMany() {
    Seq<Finding> findings = check(BuiltInRule.TOO_MANY_KEY_RESULTS, Fixtures.set(objective(0, ANA, 6)));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("okr.lint.too-many-key-results");
      assertThat(f.path().toString()).isEqualTo("/objectives/0/keyResults");
      assertThat(f.arguments()).containsExactly("6", "2", "5");
      assertThat(f.fix(Locale.ENGLISH).get()).startsWith("Keep the 5 key results");
    });
    assertThat(check(BuiltInRule.TOO_FEW_KEY_RESULTS, Fixtures.set(objective(0, ANA, 6)))).isEmpty();
  }

  @Test
  void boundsAreConfigurable() {
    LintRuleSet exactlyThree = LintRuleSet.defaults().withKeyResultsPerObjective(3, 3);
    var set = Fixtures.set(objective(0, ANA, 2), objective(1, ANA, 3), objective(2, ANA, 4));
    assertThat(Fixtures.paths(check(BuiltInRule.TOO_FEW_KEY_RESULTS, set, Fixtures.EARLY, exactlyThree)))
        .containsExactly("/objectives/0/keyResults");
    assertThat(Fixtures.paths(check(BuiltInRule.TOO_MANY_KEY_RESULTS, set, Fixtures.EARLY, exactlyThree)))
        .containsExactly("/objectives/2/keyResults");
    LintRuleSet none = LintRuleSet.defaults().withKeyResultsPerObjective(0, 1);
    assertThat(check(BuiltInRule.TOO_FEW_KEY_RESULTS, Fixtures.set(objective(0, ANA, 0)), Fixtures.EARLY, none))
        .isEmpty();
    assertThat(check(BuiltInRule.TOO_MANY_KEY_RESULTS, Fixtures.set(objective(0, ANA, 1)), Fixtures.EARLY, none))
        .isEmpty();
    assertThat(check(BuiltInRule.TOO_MANY_KEY_RESULTS, Fixtures.set(objective(0, ANA, 2)), Fixtures.EARLY, none))
        .hasSize(1);
  }
}
