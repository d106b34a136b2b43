package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.Fixtures.ANA;
import static org.okr4j.lint.Fixtures.BO;
import static org.okr4j.lint.Fixtures.check;
import static org.okr4j.lint.Fixtures.objective;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Cycle;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;

class TooManyObjectivesTest {

  private static final BuiltInRule RULE = BuiltInRule.TOO_MANY_OBJECTIVES;

  private static Objective[] owned(int count, int from) {
    Objective[] os = new Objective[count];
    for (int i = 0; i < count; i++) {
      os[i] = objective(from + i, ANA, 3);
    }
    return os;
  }

  @Test
  void fiveObjectivesPass() {
    assertThat(check(RULE, Fixtures.set(owned(5, 0)))).isEmpty();
  }

  @Test
  void sixObjectivesOfOneOwnerInOneCycleAreReportedOnceAtTheSixth() {
    Seq<Finding> findings = check(RULE, Fixtures.set(owned(7, 0)));
    assertThat(findings).hasSize(1);
    Finding f = findings.head();
    assertThat(f.code()).isEqualTo("okr.lint.too-many-objectives");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.path().toString()).isEqualTo("/objectives/5");
    assertThat(f.arguments()).containsExactly("person:ana", "2026-q1", "7", "5");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("person:ana has 7 objectives in cycle 2026-q1; at most 5 are recommended");
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("person:ana 在周期 2026-q1 中有 7 个目标，建议最多 5 个");
    assertThat(f.fix(Locale.ENGLISH).get()).startsWith("Keep the 5 objectives");
  }

  @Test
  void ownersAndCyclesAreCountedSeparately() {
    Cycle q2 = Cycle.of("2026-q2", "Q2 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));
    OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.Q1).cycle(q2);
    for (int i = 0; i < 4; i++) {
      b.objective(objective(i, ANA, 2));
      b.objective(objective(10 + i, BO, 2));
      b.objective(Fixtures.base(20 + i, ANA).cycle("2026-q2").keyResult(Fixtures.kr("q2-" + i, 0)).buildOrThrow());
    }
    assertThat(check(RULE, b.buildOrThrow())).isEmpty();
  }

  @Test
  void theLimitIsConfigurableDownToOne() {
    LintRuleSet one = LintRuleSet.defaults().withMaxObjectivesPerOwner(1);
    assertThat(check(RULE, Fixtures.set(owned(1, 0)), Fixtures.EARLY, one)).isEmpty();
    Seq<Finding> findings = check(RULE, Fixtures.set(objective(0, BO, 2), objective(1, ANA, 2), objective(2, ANA, 2)),
        Fixtures.EARLY, one);
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/2");
    assertThat(findings.head().arguments()).containsExactly("person:ana", "2026-q1", "2", "1");
  }
}
