package org.okr4j.lint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.Cycle;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;

/** Objectives at several levels, alignment graphs over them and contexts with a graph. */
final class GraphFixtures {

  /** The year 2026, parent of {@link #Q2}. */
  static final Cycle YEAR = Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

  /** Q2 2026, a child of {@link #YEAR}. */
  static final Cycle Q2 = Cycle.of("2026-q2", "Q2 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1))
      .withParent(YEAR.id());

  private GraphFixtures() {}

  /** An objective {@code o-<i>} of Ana in Q1 at {@code level}, public, with two key results. */
  static Objective at(int i, Level level) {
    return at(i, level, Visibility.PUBLIC);
  }

  /** An objective {@code o-<i>} of Ana in Q1 at {@code level} with {@code visibility}. */
  static Objective at(int i, Level level, Visibility visibility) {
    return Fixtures.base(i, Fixtures.ANA).level(level).visibility(visibility)
        .keyResult(Fixtures.kr(i + "-0", 0)).keyResult(Fixtures.kr(i + "-1", 1)).buildOrThrow();
  }

  /** An objective {@code o-<i>} of {@code owner} in {@code cycle} at {@code level}. */
  static Objective in(int i, OwnerRef owner, Cycle cycle, Level level) {
    return Fixtures.base(i, owner).cycle(cycle.id().value()).level(level)
        .keyResult(Fixtures.kr(i + "-0", 0)).keyResult(Fixtures.kr(i + "-1", 1)).buildOrThrow();
  }

  static NodeRef o(int i) {
    return NodeRef.objective("o-" + i);
  }

  static NodeRef kr(int i, int k) {
    return NodeRef.keyResult("kr-" + i + "-" + k);
  }

  static AlignmentGraph graph(OkrSet set, Link... links) {
    return graph(set, AlignmentPolicy.defaults(), links);
  }

  static AlignmentGraph graph(OkrSet set, AlignmentPolicy policy, Link... links) {
    return AlignmentGraph.buildOrThrow(set, policy, List.of(links));
  }

  /** Runs one rule on the graph's set with the default rules, early in Q1. */
  static Seq<Finding> check(LintRule rule, AlignmentGraph graph) {
    return check(rule, graph, LintRuleSet.defaults());
  }

  static Seq<Finding> check(LintRule rule, AlignmentGraph graph, LintRuleSet rules) {
    return rule.check(LintContext.of(graph.set(), Fixtures.EARLY).withGraph(graph), rules);
  }

  /** Runs one rule on a set with no graph. */
  static Seq<Finding> checkWithoutGraph(LintRule rule, OkrSet set, Instant asOf) {
    return rule.check(LintContext.of(set, asOf), LintRuleSet.defaults().withForbidLevelSkipping(true));
  }
}
