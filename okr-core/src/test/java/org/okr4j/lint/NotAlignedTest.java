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

class NotAlignedTest {

  private static final BuiltInRule RULE = BuiltInRule.NOT_ALIGNED;

  private static final OkrSet SET = Fixtures.set(at(0, Level.COMPANY), at(1, Level.DEPARTMENT), at(2, Level.TEAM));

  @Test
  void passesWhenEveryObjectiveBelowTheTopIsLinked() {
    assertThat(GraphFixtures.check(RULE, graph(SET, Link.contributes(o(1), o(0)), Link.contributes(o(2), kr(1, 0)))))
        .isEmpty();
  }

  @Test
  void aLinkFromAKeyResultAlignsItsObjective() {
    assertThat(GraphFixtures.check(RULE, graph(SET, Link.contributes(kr(1, 1), o(0)), Link.supports(kr(2, 0), o(1)))))
        .isEmpty();
  }

  @Test
  void reportsObjectivesBelowTheTopWithoutAnyLink() {
    var findings = GraphFixtures.check(RULE, graph(SET, Link.contributes(o(1), o(0))));
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/2");
    assertThat(findings.head().arguments()).containsExactly("team", "2", "2026-q1", "0");
    assertThat(findings.head().message(Locale.ENGLISH)).contains("level team (rank 2)", "cycle 2026-q1 (rank 0)");
    assertThat(findings.head().fix(Locale.SIMPLIFIED_CHINESE).get()).contains("对齐");
    assertThat(Fixtures.paths(GraphFixtures.check(RULE, graph(SET)))).containsExactly("/objectives/1", "/objectives/2");
  }

  @Test
  void theTopLevelIsTheSmallestRankInTheCycle() {
    // only team and individual objectives: the team objectives are the top level of Q1
    OkrSet teams = Fixtures.set(at(0, Level.TEAM), at(1, Level.TEAM), at(2, Level.INDIVIDUAL));
    var findings = GraphFixtures.check(RULE, graph(teams));
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/2");
    assertThat(findings.head().arguments()).containsExactly("individual", "3", "2026-q1", "2");
  }

  @Test
  void enclosingCyclesCountForTheTopLevel() {
    // the year has a company objective, so Q2's department objectives are below the top
    OkrSet set = OkrSet.builder().cycle(Fixtures.Q1).cycle(GraphFixtures.YEAR).cycle(GraphFixtures.Q2)
        .objective(GraphFixtures.in(0, Fixtures.ANA, GraphFixtures.YEAR, Level.COMPANY))
        .objective(GraphFixtures.in(1, Fixtures.BO, GraphFixtures.Q2, Level.DEPARTMENT))
        .objective(GraphFixtures.in(2, Fixtures.BO, GraphFixtures.Q2, Level.DEPARTMENT))
        .objective(GraphFixtures.in(3, Fixtures.ANA, Fixtures.Q1, Level.DEPARTMENT))
        .buildOrThrow();
    var findings = GraphFixtures.check(RULE, graph(set, Link.contributes(o(1), o(0))));
    // Q1 is not inside the year's parent chain: its department objective is its top level
    assertThat(Fixtures.paths(findings)).containsExactly("/objectives/2");
    assertThat(findings.head().arguments()).containsExactly("department", "1", "2026-q2", "0");
  }

  @Test
  void findsNothingWithoutAGraph() {
    assertThat(GraphFixtures.checkWithoutGraph(RULE, SET, Fixtures.EARLY)).isEmpty();
  }
}
