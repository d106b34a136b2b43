package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;

/**
 * Re-scoring check-in after check-in: a re-scored card's graph records each replaced objective
 * and folds the replacements into fresh tables past {@link NodeIndex#FOLD_AT}, staying equal to a
 * full evaluation throughout. Needs more objectives than the limit, so, like the other scale
 * tests, it is left out of mutation runs.
 */
class RescoreFoldTest {

  @Test
  void manyRescoresInARowStayEqualToAFullEvaluationAndFoldTheirReplacements() {
    // more objectives than the index keeps as replacements before folding them into its tables
    int n = NodeIndex.FOLD_AT + 20;
    OkrSet.Builder b = OkrSet.builder().cycle(Fixtures.YEAR).cycle(Fixtures.Q1);
    java.util.ArrayList<Link> links = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      b.objective(Objective.builder().id("o" + i).title("Step " + i).owner(Fixtures.COMPANY).cycle("2026-q1")
          .level(Level.COMPANY).keyResult(GraphScorecardTest.count("kr" + i, "7")).buildOrThrow());
      if (i > 0) {
        links.add(Link.contributes(GraphScorecardTest.o("o" + i), GraphScorecardTest.o("o" + (i - 1) / 2)));
      }
    }
    OkrSet set = b.buildOrThrow();
    ScoringPolicy policy = GraphScorecardTest.policy(RollUpPolicy.Children.CHILDREN_WHEN_NO_KEY_RESULTS);
    GraphScorecard card = GraphScorecard.evaluate(AlignmentGraph.buildOrThrow(set, AlignmentPolicy.permissive(), links),
        policy, GraphScorecardTest.AFTER);
    int maxPending = 0;
    for (int i = n - 1; i >= 0; i--) {
      KeyResultId kr = KeyResultId.of("kr" + i);
      CheckIn c = CheckIn.of(GraphScorecardTest.DAY_10.plusSeconds(i + 1L),
          new CheckInData.Measurement(GraphScorecardTest.d("3")));
      set = set.withCheckIn(kr, c).get();
      card = card.rescore(set, kr).get();
      maxPending = Math.max(maxPending, card.graph().index().pendingReplacements());
    }
    // replacements grew to the limit, then were folded into fresh tables
    assertThat(maxPending).isEqualTo(NodeIndex.FOLD_AT);
    assertThat(card.graph().index().pendingReplacements()).isLessThan(n);
    assertThat(card.graph().set()).isEqualTo(set);
    assertThat(card).isEqualTo(GraphScorecard.evaluate(AlignmentGraph.buildOrThrow(set, AlignmentPolicy.permissive(),
        links), policy, GraphScorecardTest.AFTER));
  }
}
