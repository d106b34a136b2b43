package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.ScoreFixtures.scored;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.ForecastPolicy;
import org.okr4j.scoring.ScoringPolicy;

class CommitmentForecastMissTest {

  private static final BuiltInRule RULE = BuiltInRule.COMMITMENT_FORECAST_MISS;

  /** On day 45 of 90: o-0 at 20 % (pace 0.4), o-1 at 60 % (pace 1.2), o-2 aspirational at 20 %. */
  private static final OkrSet SET = Fixtures.set(
      scored(0, Fixtures.ANA, ObjectiveType.COMMITTED, 45, "2"),
      scored(1, Fixtures.ANA, ObjectiveType.COMMITTED, 45, "6"),
      scored(2, Fixtures.BO, ObjectiveType.ASPIRATIONAL, 45, "2"));

  @Test
  void passesWhenCommitmentsAreOnCourse() {
    OkrSet onCourse = Fixtures.set(scored(1, Fixtures.ANA, ObjectiveType.COMMITTED, 45, "6"));
    assertThat(ScoreFixtures.check(RULE, onCourse, Fixtures.day(50))).isEmpty();
  }

  @Test
  void reportsCommittedObjectivesForecastToMiss() {
    var findings = ScoreFixtures.check(RULE, SET, Fixtures.day(45));
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/0");
    assertThat(findings.head().arguments()).containsExactly("40", "100");
    assertThat(findings.head().message(Locale.ENGLISH))
        .isEqualTo("is committed, but is forecast to reach only 40% by the end of the cycle (below 100%)");
    assertThat(findings.head().message(Locale.SIMPLIFIED_CHINESE)).contains("承诺型", "40%");
  }

  @Test
  void theThresholdComesFromTheScorecardsPolicy() {
    ScoringPolicy lenient = ScoringPolicy.defaults()
        .withForecast(ScoringPolicy.defaults().forecast().withWillMissBelow(new java.math.BigDecimal("0.3")));
    assertThat(RULE.check(LintContext.of(SET, Fixtures.day(45)).withScoring(lenient), LintRuleSet.defaults()))
        .isEmpty();
    ScoringPolicy none = ScoringPolicy.defaults()
        .withForecast(ScoringPolicy.defaults().forecast().withMethod(ForecastPolicy.Method.NONE));
    assertThat(RULE.check(LintContext.of(SET, Fixtures.day(45)).withScoring(none), LintRuleSet.defaults())).isEmpty();
  }

  @Test
  void isSilentOnceTheCycleHasEnded() {
    assertThat(ScoreFixtures.check(RULE, SET, Fixtures.Q1.endInstant())).isEmpty();
    // a second before the end, o-1's 60 % is a forecast miss too
    assertThat(Fixtures.paths(ScoreFixtures.check(RULE, SET, Fixtures.Q1.endInstant().minusSeconds(1))))
        .containsExactly("/objectives/0", "/objectives/1");
  }

  @Test
  void skipsObjectivesTheScorecardDoesNotHave() {
    OkrSet other = Fixtures.set(scored(7, Fixtures.ANA, ObjectiveType.COMMITTED, 45, "6"));
    var card = org.okr4j.scoring.Scorer.evaluate(other, ScoringPolicy.defaults(), Fixtures.day(45));
    assertThat(RULE.check(LintContext.of(SET, Fixtures.day(45)).withScorecard(card), LintRuleSet.defaults()))
        .isEmpty();
  }

  @Test
  void findsNothingWithoutAScorecard() {
    assertThat(RULE.check(LintContext.of(SET, Fixtures.day(45)), LintRuleSet.defaults())).isEmpty();
  }
}
