package org.okr4j.lint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Metric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;

/** Small OKR sets for the lint tests: titles are unrelated, so only the rule under test fires. */
final class Fixtures {

  /** Q1 2026, [2026-01-01, 2026-04-01) in UTC: 90 days. */
  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

  /** The start of Q1. */
  static final Instant START = Q1.startInstant();

  /** An instant early in Q1, before any time-based rule applies. */
  static final Instant EARLY = Instant.parse("2026-01-05T09:00:00Z");

  static final OwnerRef ANA = OwnerRef.person("ana");
  static final OwnerRef BO = OwnerRef.person("bo");

  private static final List<String> OBJECTIVE_TITLES = List.of("Raise brand influence", "Deliver market insight",
      "Enter the new market", "Delight our customers", "Build a reliable platform", "Hire great people",
      "Improve product quality", "Open regional offices", "Cut operating costs", "Win the enterprise segment");

  private static final List<String> KEY_RESULT_TITLES = List.of("Qualified leads from ads", "Churn kept low",
      "Talks at industry events", "Partner portal launched", "Articles published monthly", "Customers surveyed",
      "Conversion rate", "Cost per lead", "Net promoter score", "Regional partners signed");

  private Fixtures() {}

  static String objectiveTitle(int i) {
    return OBJECTIVE_TITLES.get(i % OBJECTIVE_TITLES.size()) + (i < OBJECTIVE_TITLES.size() ? "" : " " + i);
  }

  static String keyResultTitle(int k) {
    return KEY_RESULT_TITLES.get(k);
  }

  static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  /** A key result {@code kr-<id>} with the k-th title and a count metric to 10. */
  static KeyResult.Builder kr(String id, int k) {
    return kr(id, k, LinearMetric.count(10));
  }

  static KeyResult.Builder kr(String id, int k, Metric metric) {
    return KeyResult.builder().id("kr-" + id).title(keyResultTitle(k)).metric(metric);
  }

  /** An objective {@code o-<i>} of {@code owner} in Q1 with {@code krs} key results of distinct titles. */
  static Objective objective(int i, OwnerRef owner, int krs) {
    Objective.Builder b = base(i, owner);
    for (int k = 0; k < krs; k++) {
      b.keyResult(kr(i + "-" + k, k));
    }
    return b.buildOrThrow();
  }

  /** An objective {@code o-<i>} of {@code owner} in Q1 with the given key results. */
  static Objective objective(int i, OwnerRef owner, KeyResult.Builder... krs) {
    Objective.Builder b = base(i, owner);
    for (KeyResult.Builder kr : krs) {
      b.keyResult(kr);
    }
    return b.buildOrThrow();
  }

  static Objective.Builder base(int i, OwnerRef owner) {
    return Objective.builder().id("o-" + i).title(objectiveTitle(i)).owner(owner).cycle(Q1.id().value())
        .level(Level.TEAM);
  }

  static OkrSet set(Objective... objectives) {
    OkrSet.Builder b = OkrSet.builder().cycle(Q1);
    for (Objective o : objectives) {
      b.objective(o);
    }
    return b.buildOrThrow();
  }

  static CheckIn measured(Instant at, String value) {
    return CheckIn.of(at, new CheckInData.Measurement(n(value)));
  }

  static Instant day(int dayOfQ1) {
    return START.plusSeconds(86_400L * dayOfQ1);
  }

  /** Runs one rule on a set with the given rules. */
  static Seq<Finding> check(LintRule rule, OkrSet set, Instant asOf, LintRuleSet rules) {
    return rule.check(LintContext.of(set, asOf), rules);
  }

  /** Runs one rule on a set with the default rules, early in Q1. */
  static Seq<Finding> check(LintRule rule, OkrSet set) {
    return check(rule, set, EARLY, LintRuleSet.defaults());
  }

  static Seq<String> paths(Seq<Finding> findings) {
    return findings.map(f -> f.path().toString());
  }
}
