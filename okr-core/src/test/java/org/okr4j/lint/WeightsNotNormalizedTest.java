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
import org.okr4j.model.OkrSet;

class WeightsNotNormalizedTest {

  private static final BuiltInRule RULE = BuiltInRule.WEIGHTS_NOT_NORMALIZED;
  private static final LintRuleSet STRICT = LintRuleSet.defaults().withEnabled(RULE.code(), true);

  @Test
  void isOffByDefault() {
    assertThat(RULE.enabledByDefault()).isFalse();
    assertThat(LintRuleSet.defaults().isEnabled(RULE)).isFalse();
    assertThat(OkrLinter.withDefaults().lint(Fixtures.set(objective(0, ANA, 2)), Fixtures.EARLY)
        .map(Finding::code)).doesNotContain(RULE.code());
  }

  @Test
  void weightsThatAddUpToOnePass() {
    OkrSet set = Fixtures.set(
        objective(0, ANA, kr("a", 0).weight(n("0.5")), kr("b", 1).weight(n("0.50"))),
        objective(1, ANA, kr("c", 0).weight(n("0.3")), kr("d", 1).weight(n("0.3")), kr("e", 2).weight(n("0.4"))),
        objective(2, ANA, kr("f", 0).weight(n("1")), kr("g", 1).weight(n("0"))),
        objective(3, ANA, 0));
    assertThat(check(RULE, set, Fixtures.EARLY, STRICT)).isEmpty();
  }

  @Test
  void weightsThatDoNotAddUpToOneAreErrorsUnderTheStrictPolicy() {
    OkrSet set = Fixtures.set(objective(0, ANA, 2),
        objective(1, ANA, kr("a", 0).weight(n("0.5")), kr("b", 1).weight(n("0.4999"))),
        objective(2, ANA, kr("c", 0).weight(n("0")), kr("d", 1).weight(n("0.000"))));
    Seq<Finding> findings = check(RULE, set, Fixtures.EARLY, STRICT);
    assertThat(Fixtures.paths(findings))
        .containsExactly("/objectives/0/keyResults", "/objectives/1/keyResults", "/objectives/2/keyResults");
    assertThat(findings.map(f -> f.arguments().head())).containsExactly("2", "0.9999", "0");
    assertThat(findings.head().severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.head().message(Locale.ENGLISH)).isEqualTo("key result weights add up to 2, not 1");
    assertThat(OkrLinter.of(STRICT).lint(set, Fixtures.EARLY).filter(f -> f.code().equals(RULE.code())))
        .hasSize(3);
  }
}
