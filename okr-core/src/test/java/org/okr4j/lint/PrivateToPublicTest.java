package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.lint.GraphFixtures.at;
import static org.okr4j.lint.GraphFixtures.graph;
import static org.okr4j.lint.GraphFixtures.kr;
import static org.okr4j.lint.GraphFixtures.o;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.Link;
import org.okr4j.model.Level;
import org.okr4j.model.OkrSet;
import org.okr4j.model.Visibility;

class PrivateToPublicTest {

  private static final BuiltInRule RULE = BuiltInRule.PRIVATE_TO_PUBLIC;

  private static final OkrSet SET = Fixtures.set(at(0, Level.COMPANY), at(1, Level.TEAM, Visibility.PRIVATE),
      at(2, Level.TEAM, Visibility.restricted(Fixtures.BO)), at(3, Level.TEAM), at(4, Level.TEAM, Visibility.PRIVATE));

  @Test
  void passesForPublicChildrenSupportingLinksAndHiddenParents() {
    assertThat(GraphFixtures.check(RULE, graph(SET, Link.contributes(o(3), o(0)), Link.supports(o(1), o(0)),
        Link.contributes(o(2), kr(1, 0)), Link.contributes(kr(4, 0), o(1))))).isEmpty();
  }

  @Test
  void reportsHiddenContributionsToPublicParentsAsInfo() {
    var findings = GraphFixtures.check(RULE, graph(SET, Link.contributes(o(1), o(0)),
        Link.contributes(kr(2, 1), kr(0, 0))));
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/1", "/objectives/2/keyResults/1");
    assertThat(findings.map(Finding::severity)).containsOnly(Severity.INFO);
    assertThat(findings.get(0).arguments()).containsExactly("objective:o-1", "objective:o-0", "private");
    assertThat(findings.get(1).arguments()).containsExactly("key-result:kr-2-1", "key-result:kr-0-0", "restricted");
    assertThat(findings.get(0).message(Locale.ENGLISH)).startsWith("objective:o-1 is private but contributes");
    assertThat(findings.get(0).fix(Locale.SIMPLIFIED_CHINESE).get()).contains("公开");
  }

  @Test
  void findsNothingWithoutAGraph() {
    assertThat(GraphFixtures.checkWithoutGraph(RULE, SET, Fixtures.EARLY)).isEmpty();
  }
}
