package org.okr4j.lint;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Metric;
import org.okr4j.model.MilestoneMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OwnerRef;

/** The checks of the rules about objectives as a whole: counts, measurability and weights. */
final class ObjectiveRules {

  private ObjectiveRules() {}

  /** {@link BuiltInRule#TOO_MANY_OBJECTIVES}. */
  static Seq<Finding> tooManyObjectives(LintRule self, LintContext context, LintRuleSet rules) {
    Vector<Objective> objectives = context.okrSet().objectives();
    LinkedHashMap<Tuple2<OwnerRef, CycleId>, ArrayList<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      groups.computeIfAbsent(Tuple.of(o.owner(), o.cycle()), key -> new ArrayList<>()).add(i);
    }
    int max = rules.maxObjectivesPerOwner();
    ArrayList<Finding> findings = new ArrayList<>();
    groups.forEach((key, indices) -> {
      if (indices.size() > max) {
        findings.add(self.finding(rules, Paths.objective(indices.get(max)), key._1.toString(), key._2.value(),
            Integer.toString(indices.size()), Integer.toString(max)));
      }
    });
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#TOO_FEW_KEY_RESULTS}. */
  static Seq<Finding> tooFewKeyResults(LintRule self, LintContext context, LintRuleSet rules) {
    return keyResultCount(self, context, rules, true);
  }

  /** {@link BuiltInRule#TOO_MANY_KEY_RESULTS}. */
  static Seq<Finding> tooManyKeyResults(LintRule self, LintContext context, LintRuleSet rules) {
    return keyResultCount(self, context, rules, false);
  }

  private static Seq<Finding> keyResultCount(LintRule self, LintContext context, LintRuleSet rules, boolean few) {
    Vector<Objective> objectives = context.okrSet().objectives();
    int min = rules.minKeyResults();
    int max = rules.maxKeyResults();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      int n = objectives.get(i).keyResults().size();
      if (few ? n < min : n > max) {
        findings.add(self.finding(rules, Paths.keyResults(i), Integer.toString(n), Integer.toString(min),
            Integer.toString(max)));
      }
    }
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#NOT_MEASURABLE}. */
  static Seq<Finding> notMeasurable(LintRule self, LintContext context, LintRuleSet rules) {
    Vector<Objective> objectives = context.okrSet().objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Seq<KeyResult> krs = objectives.get(i).keyResults();
      if (!krs.isEmpty() && krs.forAll(kr -> isDoneOrNot(kr.metric()))) {
        findings.add(self.finding(rules, Paths.keyResults(i), Integer.toString(krs.size())));
      }
    }
    return Vector.ofAll(findings);
  }

  /** A binary metric, or milestones with only one milestone: progress can only be 0 or 1. */
  static boolean isDoneOrNot(Metric metric) {
    return metric instanceof BinaryMetric
        || metric instanceof MilestoneMetric m && m.milestones().size() == 1;
  }

  /** {@link BuiltInRule#WEIGHTS_NOT_NORMALIZED}. */
  static Seq<Finding> weightsNotNormalized(LintRule self, LintContext context, LintRuleSet rules) {
    Vector<Objective> objectives = context.okrSet().objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Seq<KeyResult> krs = objectives.get(i).keyResults();
      BigDecimal sum = krs.foldLeft(BigDecimal.ZERO, (s, kr) -> s.add(kr.weight()));
      if (!krs.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
        findings.add(self.finding(rules, Paths.keyResults(i), sum.stripTrailingZeros().toPlainString()));
      }
    }
    return Vector.ofAll(findings);
  }
}
