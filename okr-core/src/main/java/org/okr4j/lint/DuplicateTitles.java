package org.okr4j.lint;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OwnerRef;
import org.okr4j.validation.OkrPath;

/**
 * The check of {@link BuiltInRule#DUPLICATE_TITLE}. Objectives are compared within their owner and
 * cycle, key results within their objective. Each title that has a similar title with a smaller
 * id gets one finding naming the most similar of them (ties: the smallest id), so the findings do
 * not depend on the order of the input. Groups larger than {@link #PAIRWISE_LIMIT} are checked for
 * titles equal after normalization only, which keeps the rule linear on any input.
 */
final class DuplicateTitles {

  /** The largest group compared pair by pair. */
  static final int PAIRWISE_LIMIT = 100;

  private DuplicateTitles() {}

  /** One title to compare: where it is, the id of its element and the normalized text. */
  record Candidate(OkrPath titlePath, String id, TitleSimilarity.Normalized title) {}

  static Seq<Finding> check(LintRule self, LintContext context, LintRuleSet rules) {
    Vector<Objective> objectives = context.okrSet().objectives();
    LinkedHashMap<Tuple2<OwnerRef, CycleId>, ArrayList<Candidate>> groups = new LinkedHashMap<>();
    ArrayList<Finding> findings = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      groups.computeIfAbsent(Tuple.of(o.owner(), o.cycle()), key -> new ArrayList<>())
          .add(new Candidate(Paths.objective(i).key("title"), o.id().value(), TitleSimilarity.of(o.title())));
      Seq<KeyResult> krs = o.keyResults();
      ArrayList<Candidate> keyResults = new ArrayList<>(krs.size());
      for (int k = 0; k < krs.size(); k++) {
        KeyResult kr = krs.get(k);
        keyResults.add(new Candidate(Paths.keyResult(i, k).key("title"), kr.id().value(),
            TitleSimilarity.of(kr.title())));
      }
      compare(self, rules, keyResults, findings);
    }
    groups.values().forEach(group -> compare(self, rules, group, findings));
    return Vector.ofAll(findings);
  }

  private static void compare(LintRule self, LintRuleSet rules, ArrayList<Candidate> group, ArrayList<Finding> out) {
    if (group.size() > PAIRWISE_LIMIT) {
      compareExactly(self, rules, group, out);
      return;
    }
    BigDecimal threshold = rules.titleSimilarity();
    for (Candidate e : group) {
      Candidate best = null;
      TitleSimilarity.Score bestScore = null;
      for (Candidate f : group) {
        if (f.id().compareTo(e.id()) >= 0) {
          continue;
        }
        TitleSimilarity.Score s = TitleSimilarity.similarity(e.title(), f.title());
        if (!s.atLeast(threshold)) {
          continue;
        }
        int c = best == null ? 1 : s.compareTo(bestScore);
        if (c > 0 || c == 0 && f.id().compareTo(best.id()) < 0) {
          best = f;
          bestScore = s;
        }
      }
      if (best != null) {
        out.add(self.finding(rules, e.titlePath(), best.id(), Long.toString(bestScore.percent())));
      }
    }
  }

  private static void compareExactly(LintRule self, LintRuleSet rules, ArrayList<Candidate> group,
      ArrayList<Finding> out) {
    HashMap<String, String> smallestId = new HashMap<>();
    for (Candidate e : group) {
      smallestId.merge(e.title().text(), e.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    for (Candidate e : group) {
      String first = smallestId.get(e.title().text());
      if (!first.equals(e.id())) {
        out.add(self.finding(rules, e.titlePath(), first, "100"));
      }
    }
  }
}
