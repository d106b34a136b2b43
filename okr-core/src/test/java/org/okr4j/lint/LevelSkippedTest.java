package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.GraphFixtures.at;
import static org.okr4j.lint.GraphFixtures.graph;
import static org.okr4j.lint.GraphFixtures.kr;
import static org.okr4j.lint.GraphFixtures.o;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.model.Level;
import org.okr4j.model.OkrSet;

class LevelSkippedTest {

  private static final BuiltInRule RULE = BuiltInRule.LEVEL_SKIPPED;
  private static final LintRuleSet FORBID = LintRuleSet.defaults().withForbidLevelSkipping(true);

  private static final OkrSet SET = Fixtures.set(at(0, Level.COMPANY), at(1, Level.DEPARTMENT), at(2, Level.TEAM),
      at(3, Level.INDIVIDUAL));

  /** Team → company skips department; individual KR → company objective skips two levels. */
  private static final AlignmentGraph SKIPPING = graph(SET, Link.contributes(o(1), o(0)), Link.contributes(o(2), o(0)),
      Link.contributes(kr(3, 1), o(0)));

  @Test
  void passesWhenLinksGoOneLevelUpOrStayLevel() {
    AlignmentGraph graph = graph(SET, Link.contributes(o(1), o(0)), Link.contributes(o(2), kr(1, 0)),
        Link.contributes(kr(3, 0), o(2)), Link.supports(kr(0, 0), kr(1, 1)));
    assertThat(GraphFixtures.check(RULE, graph, FORBID)).isEmpty();
  }

  @Test
  void reportsSkippingLinksWhenTheOptionForbidsThem() {
    var findings = GraphFixtures.check(RULE, SKIPPING, FORBID);
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/2", "/objectives/3/keyResults/1");
    assertThat(findings.get(0).arguments())
        .containsExactly("objective:o-2", "objective:o-0", "team", "company", "1");
    assertThat(findings.get(1).arguments())
        .containsExactly("key-result:kr-3-1", "objective:o-0", "individual", "company", "2");
    assertThat(findings.get(1).message(Locale.ENGLISH)).isEqualTo("key-result:kr-3-1 aligns to objective:o-0, "
        + "from level individual to level company, skipping 2 levels in between");
    assertThat(findings.get(0).fix(Locale.CHINA).get()).contains("objective:o-2", "team");
  }

  @Test
  void followsTheGraphPolicyWithoutTheOption() {
    assertThat(GraphFixtures.check(RULE, SKIPPING)).isEmpty();
    // under NO_SKIPPING the graph itself refuses skipping links, so only allowed ones are there
    AlignmentGraph strict = graph(SET, AlignmentPolicy.defaults().withLevels(AlignmentPolicy.LevelRule.NO_SKIPPING),
        Link.contributes(o(1), o(0)), Link.contributes(o(2), o(1)));
    assertThat(GraphFixtures.check(RULE, strict)).isEmpty();
  }

  @Test
  void findsNothingWithoutAGraph() {
    assertThat(GraphFixtures.checkWithoutGraph(RULE, SET, Fixtures.EARLY)).isEmpty();
  }
}
