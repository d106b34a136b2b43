package org.okr4j.lint;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.Visibility;
import org.okr4j.validation.OkrPath;

/**
 * The checks of the rules that need an alignment graph. Each finds nothing when the context has
 * no graph. Nodes are located in the linted set by id: an objective at {@code /objectives/i}, a
 * key result at {@code /objectives/i/keyResults/k}, together with the objective that holds it.
 */
final class AlignmentRules {

  private AlignmentRules() {}

  /** Where a node of the graph is in the set, and the objective it belongs to. */
  record Located(OkrPath path, Objective objective) {}

  /** {@link BuiltInRule#NOT_ALIGNED}. */
  static Seq<Finding> notAligned(LintRule self, LintContext context, LintRuleSet rules) {
    if (context.graph().isEmpty()) {
      return Vector.empty();
    }
    AlignmentGraph graph = context.graph().get();
    OkrSet set = context.okrSet();
    HashMap<CycleId, Integer> topRank = topRanks(set);
    Vector<Objective> objectives = set.objectives();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      int top = topRank.get(o.cycle());
      if (o.level().rank() <= top || isLinked(graph, o)) {
        continue;
      }
      findings.add(self.finding(rules, Paths.objective(i), o.level().name(), Integer.toString(o.level().rank()),
          o.cycle().value(), Integer.toString(top)));
    }
    return Vector.ofAll(findings);
  }

  /** Tells whether an objective or one of its key results has an alignment link of its own. */
  private static boolean isLinked(AlignmentGraph graph, Objective o) {
    return !graph.linksFrom(NodeRef.objective(o.id())).isEmpty()
        || o.keyResults().exists(kr -> !graph.linksFrom(NodeRef.keyResult(kr.id())).isEmpty());
  }

  /**
   * Returns, for each cycle, the top level: the smallest level rank among the objectives of the
   * cycle and of the cycles that enclose it through {@link Cycle#parent()}. A cycle without
   * objectives gets {@link Integer#MAX_VALUE}.
   */
  static HashMap<CycleId, Integer> topRanks(OkrSet set) {
    HashMap<CycleId, Integer> own = new HashMap<>();
    for (Objective o : set.objectives()) {
      own.merge(o.cycle(), o.level().rank(), Math::min);
    }
    HashMap<CycleId, Integer> top = new HashMap<>();
    for (Cycle c : set.cycles()) {
      int best = Integer.MAX_VALUE;
      // the set's cycles form a forest (OkrSet rejects dangling and cyclic parents)
      for (Cycle at = c; at != null; at = at.parent().flatMap(set::cycle).getOrNull()) {
        best = Math.min(best, own.getOrDefault(at.id(), Integer.MAX_VALUE));
      }
      top.put(c.id(), best);
    }
    return top;
  }

  /** {@link BuiltInRule#LEVEL_SKIPPED}. */
  static Seq<Finding> levelSkipped(LintRule self, LintContext context, LintRuleSet rules) {
    if (context.graph().isEmpty()) {
      return Vector.empty();
    }
    AlignmentGraph graph = context.graph().get();
    if (!rules.forbidLevelSkipping() && graph.policy().levels() != AlignmentPolicy.LevelRule.NO_SKIPPING) {
      return Vector.empty();
    }
    HashMap<NodeRef, Located> where = locate(context.okrSet());
    ArrayList<Finding> findings = new ArrayList<>();
    for (Link link : graph.links()) {
      // the graph is of a set equal to the linted one (LintContext.withGraph), so both ends are there
      Located child = where.get(link.child());
      Located parent = where.get(link.parent());
      int step = child.objective().level().rank() - parent.objective().level().rank();
      if (step > 1) {
        findings.add(self.finding(rules, child.path(), link.child().toString(), link.parent().toString(),
            child.objective().level().name(), parent.objective().level().name(), Integer.toString(step - 1)));
      }
    }
    return Vector.ofAll(findings);
  }

  /** {@link BuiltInRule#PRIVATE_TO_PUBLIC}. */
  static Seq<Finding> privateToPublic(LintRule self, LintContext context, LintRuleSet rules) {
    if (context.graph().isEmpty()) {
      return Vector.empty();
    }
    HashMap<NodeRef, Located> where = locate(context.okrSet());
    ArrayList<Finding> findings = new ArrayList<>();
    for (Link link : context.graph().get().links()) {
      Located child = where.get(link.child());
      Located parent = where.get(link.parent());
      if (!link.isContributing()) {
        continue;
      }
      Visibility hidden = child.objective().visibility();
      if (!(hidden instanceof Visibility.Public) && parent.objective().visibility() instanceof Visibility.Public) {
        findings.add(self.finding(rules, child.path(), link.child().toString(), link.parent().toString(),
            visibilityName(hidden)));
      }
    }
    return Vector.ofAll(findings);
  }

  private static String visibilityName(Visibility v) {
    return v instanceof Visibility.Private ? "private" : "restricted";
  }

  /** Maps every node of {@code set} to its path and objective. */
  static HashMap<NodeRef, Located> locate(OkrSet set) {
    HashMap<NodeRef, Located> out = new HashMap<>();
    Vector<Objective> objectives = set.objectives();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      out.put(NodeRef.objective(o.id()), new Located(Paths.objective(i), o));
      Seq<KeyResult> krs = o.keyResults();
      for (int k = 0; k < krs.size(); k++) {
        out.put(NodeRef.keyResult(krs.get(k).id()), new Located(Paths.keyResult(i, k), o));
      }
    }
    return out;
  }
}
