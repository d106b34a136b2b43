package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.ScoreFixtures.scored;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;

class SandbaggingTest {

  private static final BuiltInRule RULE = BuiltInRule.SANDBAGGING;
  private static final ObjectiveType ASPIRATIONAL = ObjectiveType.ASPIRATIONAL;

  /** Ana's aspirational objectives are all at 1.0; Bo's are not; committed ones do not count. */
  private static final OkrSet SET = Fixtures.set(
      scored(1, Fixtures.ANA, ASPIRATIONAL, 80, "10"),
      scored(0, Fixtures.ANA, ASPIRATIONAL, 80, "12"),
      scored(2, Fixtures.BO, ASPIRATIONAL, 80, "10"),
      scored(3, Fixtures.BO, ASPIRATIONAL, 80, "7"),
      scored(4, Fixtures.BO, ObjectiveType.COMMITTED, 80, "10"));

  @Test
  void passesWhenAspirationalObjectivesLandBelowOne() {
    OkrSet set = Fixtures.set(scored(2, Fixtures.BO, ASPIRATIONAL, 80, "10"),
        scored(3, Fixtures.BO, ASPIRATIONAL, 80, "7"), scored(4, Fixtures.BO, ObjectiveType.COMMITTED, 80, "10"));
    assertThat(ScoreFixtures.check(RULE, set, Fixtures.day(95))).isEmpty();
  }

  @Test
  void reportsOwnersWhoseAspirationalObjectivesAllReachedOneAtClose() {
    var findings = ScoreFixtures.check(RULE, SET, Fixtures.day(95));
    // at the group's smallest id, o-0, whatever the input order
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/1");
    assertThat(findings.head().arguments()).containsExactly("person:ana", "2026-q1", "2");
    assertThat(findings.head().message(Locale.ENGLISH)).startsWith("all 2 aspirational objectives of person:ana");
    assertThat(findings.head().fix(Locale.SIMPLIFIED_CHINESE).get()).contains("0.7");
  }

  @Test
  void waitsUntilTheCycleHasEnded() {
    assertThat(ScoreFixtures.check(RULE, SET, Fixtures.Q1.endInstant().minusSeconds(1))).isEmpty();
    assertThat(ScoreFixtures.check(RULE, SET, Fixtures.Q1.endInstant())).hasSize(1);
  }

  @Test
  void anUnscoredObjectiveKeepsTheGroupFromBeingReported() {
    OkrSet set = Fixtures.set(scored(0, Fixtures.ANA, ASPIRATIONAL, 80, "10"),
        Fixtures.base(5, Fixtures.ANA).type(ASPIRATIONAL).keyResult(Fixtures.kr("5-0", 0)).buildOrThrow());
    assertThat(ScoreFixtures.check(RULE, set, Fixtures.day(95))).isEmpty();
  }

  @Test
  void findsNothingWithoutAScorecard() {
    assertThat(RULE.check(LintContext.of(SET, Fixtures.day(95)), LintRuleSet.defaults())).isEmpty();
  }
}
