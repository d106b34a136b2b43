package org.okr4j.lint;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.okr4j.model.Objective;
import org.okr4j.model.ObjectiveType;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.ScoringPolicy;

/** Objectives with check-ins, for the rules that read a scorecard. */
final class ScoreFixtures {

  private ScoreFixtures() {}

  /**
   * An objective {@code o-<i>} of {@code owner} in Q1 with two count key results to 10, each
   * checked in at {@code value} on day {@code day} of Q1.
   */
  static Objective scored(int i, OwnerRef owner, ObjectiveType type, int day, String value) {
    return Fixtures.base(i, owner).type(type)
        .keyResult(Fixtures.kr(i + "-0", 0).checkIn(Fixtures.measured(Fixtures.day(day), value)))
        .keyResult(Fixtures.kr(i + "-1", 1).checkIn(Fixtures.measured(Fixtures.day(day), value)))
        .buildOrThrow();
  }

  /** Runs one rule with the set scored under the default policy as of {@code asOf}. */
  static Seq<Finding> check(LintRule rule, OkrSet set, Instant asOf) {
    return rule.check(LintContext.of(set, asOf).withScoring(ScoringPolicy.defaults()), LintRuleSet.defaults());
  }
}
