package org.okr4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.model.CheckIn;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class LintContextTest {

  private static final OkrSet SET = Fixtures.set(Fixtures.objective(0, Fixtures.ANA, 2));

  @Test
  void holdsTheSetAndTheInstant() {
    LintContext c = LintContext.of(SET, Fixtures.EARLY);
    assertThat(c.okrSet()).isSameAs(SET);
    assertThat(c.asOf()).isEqualTo(Fixtures.EARLY);
    assertThat(c).isEqualTo(LintContext.of(SET, Fixtures.EARLY)).hasSameHashCodeAs(LintContext.of(SET, Fixtures.EARLY));
    assertThat(LintContext.of(SET, CheckIn.MIN_INSTANT).asOf()).isEqualTo(CheckIn.MIN_INSTANT);
    assertThat(LintContext.of(SET, CheckIn.MAX_INSTANT).asOf()).isEqualTo(CheckIn.MAX_INSTANT);
  }

  @Test
  void missingOrOutOfRangeInputsAreTypedErrors() {
    assertThat(LintContext.validate(null, null).getError().map(OkrError::toString))
        .containsExactly("okr.required at /okrSet: is required", "okr.required at /asOf: is required");
    assertThat(LintContext.validate(SET, CheckIn.MIN_INSTANT.minusNanos(1)).getError().map(OkrError::code))
        .containsExactly("okr.out-of-range");
    assertThat(LintContext.validate(SET, Instant.MAX).getError().head().path().toString()).isEqualTo("/asOf");
    assertThatThrownBy(() -> LintContext.of(SET, null)).isInstanceOf(OkrException.class);
  }

  @Test
  void graphAndScorecardAreOptional() {
    LintContext plain = LintContext.of(SET, Fixtures.EARLY);
    assertThat(plain.graph().isEmpty()).isTrue();
    assertThat(plain.scorecard().isEmpty()).isTrue();
    AlignmentGraph graph = AlignmentGraph.of(SET);
    Scorecard card = Scorer.evaluate(SET, ScoringPolicy.defaults(), Fixtures.EARLY);
    LintContext full = plain.withGraph(graph).withScorecard(card);
    assertThat(full.graph().get()).isSameAs(graph);
    assertThat(full.scorecard().get()).isSameAs(card);
    assertThat(full.okrSet()).isSameAs(SET);
    assertThat(full.asOf()).isEqualTo(Fixtures.EARLY);
    assertThat(full).isNotEqualTo(plain);
    // withScoring scores the set as of the context's instant; the graph is kept
    LintContext scored = plain.withGraph(graph).withScoring(ScoringPolicy.defaults());
    assertThat(scored.scorecard().get().asOf()).isEqualTo(Fixtures.EARLY);
    assertThat(scored.scorecard().get().objectives()).isEqualTo(card.objectives());
    assertThat(scored.graph().get()).isSameAs(graph);
    // a graph of an equal set (not the same instance) is accepted
    OkrSet equal = Fixtures.set(Fixtures.objective(0, Fixtures.ANA, 2));
    assertThat(plain.withGraph(AlignmentGraph.of(equal)).graph().get().set()).isEqualTo(SET);
  }

  @Test
  void missingOrForeignInputsAreTypedErrors() {
    LintContext plain = LintContext.of(SET, Fixtures.EARLY);
    assertThatThrownBy(() -> plain.withGraph(null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /graph");
    assertThatThrownBy(() -> plain.withScorecard(null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /scorecard");
    assertThatThrownBy(() -> plain.withScoring(null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /policy");
    OkrSet other = Fixtures.set(Fixtures.objective(1, Fixtures.BO, 2));
    assertThatThrownBy(() -> plain.withGraph(AlignmentGraph.of(other))).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.out-of-range at /graph/set");
  }
}
