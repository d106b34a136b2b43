package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMultimap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrPath;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the linter over generated OKR sets ({@link OkrGenerators#okrSets()}), instants around
 * the cycle and rule sets with varied thresholds, without and with an alignment graph of random
 * accepted links and a scorecard: linting is deterministic, findings are sorted, point at elements
 * that exist, render in both languages, and do not depend on the order of the objectives; the
 * optional inputs only add findings of the rules that need them.
 */
class LintProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);
  private static final long DAY = 86_400L;

  /** Instants from 30 days before the generated cycle to 30 days after it, with its bounds. */
  private static Gen<Instant> instants() {
    long start = OkrGenerators.CYCLE.startInstant().getEpochSecond();
    long end = OkrGenerators.CYCLE.endInstant().getEpochSecond();
    return Generate.longRange(start - 30 * DAY, end + 30 * DAY).map(s -> Instant.ofEpochSecond(s))
        .mix(Generate.pick(java.util.List.of(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end),
            Instant.ofEpochSecond(start + 45 * DAY))), 10);
  }

  /** Rule sets with every threshold varied, the strict weight policy on or off. */
  private static Gen<LintRuleSet> ruleSets() {
    return in -> {
      int min = Generate.range(0, 3).generate(in);
      LintRuleSet rules = LintRuleSet.defaults()
          .withMaxObjectivesPerOwner(Generate.range(1, 6).generate(in))
          .withKeyResultsPerObjective(min, Math.max(1, min + Generate.range(0, 3).generate(in)))
          .withStartWindowDays(Generate.range(0, 30).generate(in))
          .withStaleAfterDays(Generate.range(1, 30).generate(in))
          .withTitleSimilarity(Generate.pick(java.util.List.of(new BigDecimal("0.5"), new BigDecimal("0.8"),
              BigDecimal.ONE)).generate(in))
          .withNeverUpdatedAfter(Generate.pick(java.util.List.of(BigDecimal.ZERO, new BigDecimal("0.5"),
              BigDecimal.ONE)).generate(in))
          .withEnabled(BuiltInRule.WEIGHTS_NOT_NORMALIZED.code(), Generate.booleans().generate(in))
          .withForbidLevelSkipping(Generate.booleans().generate(in));
      return Generate.booleans().generate(in) ? rules : LintRuleSet.defaults();
    };
  }

  /** The rules that read the context's graph or scorecard. */
  private static final List<LintRule> NEED_INPUTS = List.of(BuiltInRule.NOT_ALIGNED, BuiltInRule.LEVEL_SKIPPED,
      BuiltInRule.PRIVATE_TO_PUBLIC, BuiltInRule.COMMITMENT_FORECAST_MISS, BuiltInRule.SANDBAGGING);

  private static final List<AlignmentPolicy> POLICIES =
      List.of(AlignmentPolicy.defaults(), AlignmentPolicy.strict(), AlignmentPolicy.permissive());

  /**
   * Contexts of generated sets with an alignment graph (up to twice as many random links as
   * objectives, of either kind, under a random policy; refused links are left out) and, most of
   * the time, the scorecard under the default policy.
   */
  private static Gen<LintContext> contexts() {
    return in -> {
      OkrSet set = OkrGenerators.okrSets().generate(in);
      Instant asOf = instants().generate(in);
      Vector<NodeRef> nodes = set.objectives().flatMap(o -> o.keyResults().map(kr -> NodeRef.keyResult(kr.id()))
          .prepend(NodeRef.objective(o.id())));
      AlignmentGraph graph = AlignmentGraph.of(set, POLICIES.get(Generate.range(0, 2).generate(in)));
      int attempts = Generate.range(0, 2 * set.objectives().size()).generate(in);
      for (int a = 0; a < attempts; a++) {
        NodeRef child = nodes.get(Generate.range(0, nodes.size() - 1).generate(in));
        NodeRef parent = nodes.get(Generate.range(0, nodes.size() - 1).generate(in));
        Link link = Generate.booleans().generate(in) ? Link.contributes(child, parent) : Link.supports(child, parent);
        graph = graph.link(link).getOrElse(graph);
      }
      LintContext context = LintContext.of(set, asOf).withGraph(graph);
      return Generate.range(0, 3).generate(in) > 0 ? context.withScoring(ScoringPolicy.defaults()) : context;
    };
  }

  @Test
  void lintingWithAGraphIsDeterministicSortedAndPointsAtExistingElements() {
    qt().withExamples(EXAMPLES).forAll(contexts(), ruleSets()).checkAssert((context, rules) -> {
      Seq<Finding> first = OkrLinter.of(rules).lint(context);
      assertThat(OkrLinter.of(rules).lint(context)).isEqualTo(first);
      for (int i = 1; i < first.size(); i++) {
        assertThat(first.get(i - 1).compareTo(first.get(i))).isLessThanOrEqualTo(0);
      }
      for (Finding f : first) {
        assertThat(rules.isEnabled(f.rule())).isTrue();
        assertThat(f.severity()).isEqualTo(rules.severityOf(f.rule()));
        assertThat(exists(context.okrSet(), f.path())).as("%s at %s", f.code(), f.path()).isTrue();
      }
      for (Finding f : first.distinctBy(Finding::code)) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
          assertThat(f.message(locale)).doesNotContain("{").isNotBlank();
          assertThat(f.fix(locale).get()).doesNotContain("{").isNotBlank();
        }
      }
    });
  }

  @Test
  void theGraphAndScorecardOnlyAddFindingsOfTheRulesThatNeedThem() {
    qt().withExamples(EXAMPLES).forAll(contexts(), ruleSets()).checkAssert((context, rules) -> {
      Seq<Finding> with = OkrLinter.of(rules).lint(context);
      Seq<Finding> without = OkrLinter.of(rules).lint(context.okrSet(), context.asOf());
      assertThat(with.filter(f -> !NEED_INPUTS.contains(f.rule()))).isEqualTo(without);
      assertThat(without.filter(f -> NEED_INPUTS.contains(f.rule()))).isEmpty();
      if (context.scorecard().isEmpty()) {
        assertThat(with.filter(f -> f.rule() == BuiltInRule.SANDBAGGING
            || f.rule() == BuiltInRule.COMMITMENT_FORECAST_MISS)).isEmpty();
      }
    });
  }

  @Test
  void permutingObjectivesWithAGraphKeepsTheFindingsModuloPathIndices() {
    qt().withExamples(EXAMPLES).forAll(contexts(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((context, seed) -> {
          OkrSet set = context.okrSet();
          ArrayList<Objective> shuffled = new ArrayList<>(set.objectives().toJavaList());
          Collections.shuffle(shuffled, new Random(seed));
          OkrSet.Builder b = OkrSet.builder();
          set.cycles().forEach(b::cycle);
          shuffled.forEach(b::objective);
          OkrSet permuted = b.buildOrThrow();
          AlignmentGraph graph = context.graph().get();
          LintContext other = LintContext.of(permuted, context.asOf())
              .withGraph(AlignmentGraph.buildOrThrow(permuted, graph.policy(), graph.links()));
          if (context.scorecard().isDefined()) {
            other = other.withScoring(ScoringPolicy.defaults());
          }
          LintRuleSet rules = LintRuleSet.defaults().withForbidLevelSkipping(true);
          assertThat(signatures(permuted, OkrLinter.of(rules).lint(other)))
              .isEqualTo(signatures(set, OkrLinter.of(rules).lint(context)));
        });
  }

  @Test
  void lintingIsDeterministicAndSorted() {
    qt().withExamples(EXAMPLES).forAll(OkrGenerators.okrSets(), instants(), ruleSets()).checkAssert((set, asOf, rules) -> {
      Seq<Finding> first = OkrLinter.of(rules).lint(set, asOf);
      assertThat(OkrLinter.of(rules).lint(LintContext.of(set, asOf))).isEqualTo(first);
      for (int i = 1; i < first.size(); i++) {
        assertThat(first.get(i - 1).compareTo(first.get(i))).isLessThanOrEqualTo(0);
        assertThat(first.get(i - 1).path().compareTo(first.get(i).path())).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void findingsPointAtExistingElementsAndRenderInBothLanguages() {
    qt().withExamples(EXAMPLES).forAll(OkrGenerators.okrSets(), instants(), ruleSets()).checkAssert((set, asOf, rules) -> {
      Seq<Finding> findings = OkrLinter.of(rules).lint(set, asOf);
      for (Finding f : findings) {
        assertThat(rules.isEnabled(f.rule())).isTrue();
        assertThat(f.severity()).isEqualTo(rules.severityOf(f.rule()));
        assertThat(exists(set, f.path())).as("%s at %s", f.code(), f.path()).isTrue();
      }
      // rendering is the slow part: one finding per rule is enough to catch a missing argument
      for (Finding f : findings.distinctBy(Finding::code)) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
          assertThat(f.message(locale)).doesNotContain("{").isNotBlank();
          assertThat(f.fix(locale).get()).doesNotContain("{").isNotBlank();
        }
      }
    });
  }

  @Test
  void permutingObjectivesKeepsTheFindingsModuloPathIndices() {
    qt().withExamples(EXAMPLES).forAll(OkrGenerators.okrSets(), instants(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((set, asOf, seed) -> {
          ArrayList<Objective> shuffled = new ArrayList<>(set.objectives().toJavaList());
          Collections.shuffle(shuffled, new Random(seed));
          OkrSet.Builder b = OkrSet.builder();
          set.cycles().forEach(b::cycle);
          shuffled.forEach(b::objective);
          OkrSet permuted = b.buildOrThrow();
          LintRuleSet rules = LintRuleSet.defaults().withEnabled(BuiltInRule.WEIGHTS_NOT_NORMALIZED.code(), true)
              .withMaxObjectivesPerOwner(2);
          assertThat(signatures(permuted, OkrLinter.of(rules).lint(permuted, asOf)))
              .isEqualTo(signatures(set, OkrLinter.of(rules).lint(set, asOf)));
        });
  }

  /**
   * The findings as a multiset that does not depend on objective positions: code, severity and
   * arguments, and, for findings about one objective or its parts, the objective's id and the rest
   * of the path. {@code too-many-objectives} is about an owner's group, so only its code, severity
   * and arguments count.
   */
  private static HashMultimap<String, String> signatures(OkrSet set, Seq<Finding> findings) {
    HashMultimap<String, String> out = HashMultimap.withSeq().empty();
    for (Finding f : findings) {
      Vector<String> s = f.path().segments();
      String where = "";
      if (!f.code().equals(BuiltInRule.TOO_MANY_OBJECTIVES.code()) && s.size() >= 2 && s.get(0).equals("objectives")) {
        where = set.objectives().get(Integer.parseInt(s.get(1))).id().value() + "/" + s.drop(2).mkString("/");
      }
      out = out.put(f.code(), f.severity() + " " + f.arguments().mkString("|") + " " + where);
    }
    return out;
  }

  /** Tells whether a finding's path names an element of {@code set}. */
  private static boolean exists(OkrSet set, OkrPath path) {
    Vector<String> s = path.segments();
    if (s.size() < 2) {
      return false;
    }
    int i = Integer.parseInt(s.get(1));
    if (s.get(0).equals("cycles")) {
      return s.size() == 2 && i < set.cycles().size();
    }
    if (!s.get(0).equals("objectives") || i >= set.objectives().size()) {
      return false;
    }
    Objective o = set.objectives().get(i);
    Vector<String> rest = s.drop(2);
    if (rest.isEmpty() || rest.equals(Vector.of("title")) || rest.equals(Vector.of("keyResults"))) {
      return true;
    }
    if (rest.size() < 2 || !rest.get(0).equals("keyResults")) {
      return false;
    }
    int k = Integer.parseInt(rest.get(1));
    Tuple2<Integer, Vector<String>> kr = Tuple.of(k, rest.drop(2));
    return kr._1 < o.keyResults().size() && List.of(Vector.<String>empty(), Vector.of("title"), Vector.of("dueDate"),
        Vector.of("metric", "baseline")).contains(kr._2);
  }
}
