package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.ScoredView.HiddenContributions;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;
import org.okr4j.scoring.RollUpPolicy;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrException;

class ScoredViewTest {

  static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant CHECK_IN = Instant.parse("2026-02-01T00:00:00Z");
  static final OwnerRef CEO = OwnerRef.person("ceo");
  static final OwnerRef BOSS = OwnerRef.person("boss-zq");
  static final OwnerRef ANALYST = OwnerRef.person("analyst");
  static final ScoringPolicy POOLED = ScoringPolicy.defaults()
      .withRollUp(RollUpPolicy.defaults().withChildren(RollUpPolicy.Children.POOLED_WEIGHTED));

  static KeyResult kr(String id, String title, long target, long value, String note) {
    return KeyResult.builder().id(id).title(title).metric(LinearMetric.count(target))
        .checkIn(CheckIn.of(CHECK_IN, new CheckInData.Measurement(BigDecimal.valueOf(value))).withNote(note))
        .buildOrThrow();
  }

  static Objective objective(String id, String title, Level level, OwnerRef owner, Visibility visibility,
      KeyResult kr) {
    return Objective.builder().id(id).title(title).owner(owner).cycle("2026-q1").level(level)
        .visibility(visibility).keyResult(kr).buildOrThrow();
  }

  /**
   * A public company goal (revenue 40 of 100 = 0.4); the boss's private plan (8 of 10 = 0.8),
   * contributing as an objective and through its key result; a public team (1 of 4 = 0.25) with
   * weight 2.
   */
  static final OkrSet SET = Fixtures.set(
      objective("o-growth", "Grow", Level.COMPANY, CEO, Visibility.PUBLIC,
          kr("kr-revenue", "Revenue 100", 100, 40, "on plan")),
      objective("o-secret", "Secret layoffs zq", Level.DEPARTMENT, BOSS, Visibility.PRIVATE,
          kr("kr-cut", "Cut headcount zq", 10, 8, "note-zq")),
      objective("o-team", "Team report", Level.TEAM, ANALYST, Visibility.PUBLIC,
          kr("kr-report", "Four reports", 4, 1, "first one")));

  static GraphScorecard scores() {
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(SET, AlignmentPolicy.defaults(), List.of(
        Link.contributes(NodeRef.objective("o-secret"), NodeRef.objective("o-growth")),
        Link.contributes(NodeRef.keyResult("kr-cut"), NodeRef.objective("o-growth")),
        Link.contributes(NodeRef.objective("o-team"), NodeRef.objective("o-growth"), BigDecimal.valueOf(2))));
    return GraphScorecard.evaluate(graph, POOLED, AT);
  }

  static String everything(ScoredView view) {
    StringBuilder sb = new StringBuilder(view.toString()).append(view.view().nodes()).append(view.view().edges())
        .append(view.toDot()).append(view.toMermaid());
    for (ScoredNode s : view.scores()) {
      sb.append(s).append('\n').append(s.explanation().render());
    }
    return sb.toString();
  }

  @Test
  void hiddenContributionsCountButShowOnlyAsPlaceholders() {
    // Full roll-up of o-growth, pooled with weights: (0.4·1 + 0.8·1 + 0.8·1 + 0.25·2) / 5 = 2.5 / 5 = 0.5
    GraphScorecard scores = scores();
    assertThat(scores.objective(org.okr4j.model.ObjectiveId.of("o-growth")).get().progress().get())
        .isEqualByComparingTo("0.5");
    ScoredView view = scores.viewFor(ANALYST, HiddenContributions.COUNT);
    assertThat(view.hiddenContributions()).isEqualTo(HiddenContributions.COUNT);
    ScoredNode growth = view.score(NodeRef.objective("o-growth")).get();
    assertThat(growth.progress().get()).isEqualByComparingTo("0.5");
    assertThat(growth.band()).isNotEmpty();
    String text = growth.explanation().render();
    // one placeholder for both hidden contributions (the objective and its key result), no number
    // (placeholders come last, whatever the hidden ids)
    assertThat(growth.explanation().inputs().map(e -> e.label())).containsExactly(
        "key result kr-revenue (Revenue 100), weight 1", "objective o-team (Team report), weight 2", "hidden-1");
    assertThat(growth.explanation().inputs().get(2).value()).isEmpty();
    assertThat(growth.explanation().formula()).isEmpty();
    assertThat(growth.explanation().rule()).endsWith("counts hidden-1 (not shown); formula withheld");
    assertThat(text).startsWith("objective o-growth (Grow): 0.5  [");
    ScoredNode placeholder = view.scores().last();
    assertThat(placeholder.isHidden()).isTrue();
    assertThatThrownBy(() -> new ScoredNode(null, Option.none(), Option.none(), Option.none(), placeholder.explanation())
        .isHidden()).hasMessageContaining("okr.required at /node");
    assertThat(placeholder.node().key()).isEqualTo("hidden-1");
    assertThat(placeholder.progress()).isEmpty();
    assertThat(placeholder.band()).isEmpty();
    assertThat(placeholder.status()).isEmpty();
    assertThat(placeholder.explanation().render())
        .isEqualTo("hidden-1: not scored  [hidden: counted in what it contributes to, not shown]");
    assertThat(view.annotation(placeholder.node())).contains(NodeAnnotation.of("counted"));
    String all = everything(view);
    assertThat(all).contains("hidden-1", "50%").doesNotContain("zq", "o-secret", "kr-cut", "0.8", "80%", "boss");
  }

  @Test
  void hiddenContributionsExcludedReRollTheParent() {
    // Without hidden work: (0.4·1 + 0.25·2) / 3 = 0.9 / 3 = 0.3
    ScoredView view = scores().viewFor(ANALYST, HiddenContributions.EXCLUDE);
    ScoredNode growth = view.score(NodeRef.objective("o-growth")).get();
    assertThat(growth.progress().get()).isEqualByComparingTo("0.3");
    assertThat(growth.explanation().equation()).isEqualTo("0.3 = (0.4·1 + 0.25·2) / 3");
    assertThat(growth.explanation().rule()).endsWith("; leaves out hidden-1");
    assertThat(growth.explanation().inputs()).hasSize(2);
    assertThat(view.annotation(view.scores().last().node())).contains(NodeAnnotation.of("left out"));
    assertThat(view.scores().last().explanation().rule()).isEqualTo("hidden: left out of every number shown");
    // the visible children keep their own numbers: o-team 1/4 = 0.25, kr-revenue 40/100 = 0.4
    assertThat(view.score(NodeRef.objective("o-team")).get().progress().get()).isEqualByComparingTo("0.25");
    assertThat(view.score(NodeRef.keyResult("kr-revenue")).get().progress().get()).isEqualByComparingTo("0.4");
    assertThat(everything(view)).contains("30%").doesNotContain("zq", "o-secret", "kr-cut", "0.8", "80%", "boss");
  }

  @Test
  void excludedViewsDoNotMoveWhenHiddenDataChanges() {
    // The boss's plan at 3 of 10 instead of 8 of 10: the analyst's EXCLUDE view is the same.
    OkrSet changed = Fixtures.set(SET.objectives().get(0), objective("o-secret", "Other title", Level.DEPARTMENT,
        BOSS, Visibility.PRIVATE, kr("kr-cut", "Other", 10, 3, "x")), SET.objectives().get(2));
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(changed, AlignmentPolicy.defaults(), scores().graph().links());
    ScoredView before = scores().viewFor(ANALYST, HiddenContributions.EXCLUDE);
    ScoredView after = GraphScorecard.evaluate(graph, POOLED, AT).viewFor(ANALYST, HiddenContributions.EXCLUDE);
    assertThat(after).isEqualTo(before).hasSameHashCodeAs(before);
    // ... while in COUNT mode the parent moves: (0.4 + 0.3 + 0.3 + 0.5) / 5 = 0.3
    assertThat(GraphScorecard.evaluate(graph, POOLED, AT).viewFor(ANALYST, HiddenContributions.COUNT)
        .score(NodeRef.objective("o-growth")).get().progress().get()).isEqualByComparingTo("0.3");
  }

  @Test
  void theOwnerSeesTheFullScorecard() {
    GraphScorecard scores = scores();
    for (HiddenContributions mode : HiddenContributions.values()) {
      ScoredView view = scores.viewFor(BOSS, mode);
      assertThat(view.scores()).noneMatch(ScoredNode::isHidden);
      ScoredNode growth = view.score(NodeRef.objective("o-growth")).get();
      assertThat(growth.progress().get()).isEqualByComparingTo("0.5");
      assertThat(growth.explanation())
          .isEqualTo(scores.objective(org.okr4j.model.ObjectiveId.of("o-growth")).get().explanation());
      assertThat(view.score(NodeRef.keyResult("kr-cut")).get().progress().get()).isEqualByComparingTo("0.8");
      assertThat(view.score(NodeRef.objective("o-secret")).get().explanation().render()).contains("Secret layoffs zq");
    }
  }

  @Test
  void anAnonymousViewerSeesPublicObjectivesOnly() {
    ScoredView view = scores().viewFor(null, HiddenContributions.EXCLUDE);
    assertThat(view.view().principal()).isEmpty();
    assertThat(view.scores().count(ScoredNode::isHidden)).isEqualTo(1);
    assertThat(view.toString()).isEqualTo("ScoredView[EXCLUDE, AlignmentView[for anyone: 4 visible, 1 hidden, 4 edges]]");
  }

  @Test
  void lookupsNeverConfirmHiddenNodes() {
    ScoredView view = scores().viewFor(ANALYST, HiddenContributions.COUNT);
    assertThat(view.score(NodeRef.objective("o-secret"))).isEmpty();
    assertThat(view.score(NodeRef.keyResult("kr-cut"))).isEmpty();
    assertThat(view.score(NodeRef.objective("o-nowhere"))).isEmpty();
    assertThat(view.score((NodeRef) null)).isEmpty();
    assertThat(view.score((ViewNode) null)).isEmpty();
    assertThat(view.score(new ViewNode.Hidden("hidden-9"))).isEmpty();
    assertThat(view.annotation(new ViewNode.Hidden("hidden-9"))).isEmpty();
    assertThat(view.scores().map(s -> s.node())).isEqualTo(view.view().nodes());
    assertThat(view.toMermaid()).isEqualTo(view.view().toMermaid(view::annotation));
    assertThat(view.toDot()).isEqualTo(view.view().toDot(view::annotation));
  }

  @Test
  void theOptionIsRequired() {
    assertThatThrownBy(() -> scores().viewFor(ANALYST, null)).isInstanceOf(OkrException.class);
  }

  @Test
  void viewsAreValues() {
    ScoredView a = scores().viewFor(ANALYST, HiddenContributions.COUNT);
    ScoredView b = scores().viewFor(ANALYST, HiddenContributions.COUNT);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(scores().viewFor(ANALYST,
        HiddenContributions.EXCLUDE)).isNotEqualTo("view");
  }
}
