package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.alignment.Fixtures.set;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CycleId;
import org.okr4j.model.Level;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;
import org.okr4j.validation.OkrException;

class AlignmentViewTest {

  static final OwnerRef CEO = OwnerRef.person("ceo");
  static final OwnerRef HR = OwnerRef.person("hr-lead");
  static final OwnerRef ANALYST = OwnerRef.person("analyst");
  static final OwnerRef STRANGER = OwnerRef.person("stranger");

  /** A public company goal; a private layoff plan of the CEO; HR's restricted objective; a public team. */
  static final OkrSet SET = set(
      objective("o-growth", Level.COMPANY, "2026-q1", CEO, Visibility.PUBLIC, "kr-revenue"),
      objective("o-secret-layoffs", Level.DEPARTMENT, "2026-q1", CEO, Visibility.PRIVATE, "kr-cut-headcount",
          "kr-close-office"),
      objective("o-hr-retention", Level.DEPARTMENT, "2026-q1", HR, Visibility.restricted(ANALYST), "kr-attrition"),
      objective("o-team", Level.TEAM, "2026-q1", ANALYST, Visibility.PUBLIC, "kr-report"));

  static NodeRef o(String id) {
    return NodeRef.objective(id);
  }

  static NodeRef k(String id) {
    return NodeRef.keyResult(id);
  }

  static AlignmentGraph graph() {
    return AlignmentGraph.buildOrThrow(SET, AlignmentPolicy.defaults(), List.of(
        Link.contributes(k("kr-cut-headcount"), k("kr-revenue"), new BigDecimal("3")),
        Link.contributes(k("kr-close-office"), k("kr-revenue")),
        Link.supports(k("kr-close-office"), k("kr-cut-headcount")),
        Link.contributes(o("o-hr-retention"), o("o-growth"), new BigDecimal("2")),
        Link.contributes(k("kr-report"), k("kr-attrition")),
        Link.contributes(o("o-team"), o("o-secret-layoffs"))));
  }

  @Test
  void theOwnerSeesEverythingTheirsButNotWhatIsRestrictedToOthers() {
    AlignmentView view = graph().viewFor(CEO);
    assertThat(view.principal()).contains(CEO);
    assertThat(view.nodes().map(ViewNode::key)).containsExactly(
        "objective:o-growth", "objective:o-secret-layoffs", "objective:o-team", "key-result:kr-close-office",
        "key-result:kr-cut-headcount", "key-result:kr-report", "key-result:kr-revenue", "hidden-1");
    assertThat(view.visible(o("o-secret-layoffs"))).isNotEmpty();
    assertThat(view.visible(o("o-hr-retention"))).isEmpty();
    assertThat(view.visible(k("kr-attrition"))).isEmpty();
    assertThat(view.visible(null)).isEmpty();
    assertThat(view.visible(o("unknown"))).isEmpty();
  }

  @Test
  void aStrangerSeesPlaceholdersWhereHiddenWorkConnects() {
    AlignmentView view = graph().viewFor(STRANGER);
    assertThat(view.nodes().map(ViewNode::key)).containsExactly(
        "objective:o-growth", "objective:o-team", "key-result:kr-report", "key-result:kr-revenue",
        "hidden-1", "hidden-2");
    assertThat(view.edges().map(ViewEdge::toString)).containsExactly(
        "objective:o-team → hidden-1 (CONTRIBUTES)",
        "key-result:kr-report → objective:o-team (KEY_RESULT_OF 1)",
        "key-result:kr-report → hidden-2 (CONTRIBUTES)",
        "key-result:kr-revenue → objective:o-growth (KEY_RESULT_OF 1)",
        "hidden-1 → key-result:kr-revenue (CONTRIBUTES)",
        "hidden-2 → objective:o-growth (CONTRIBUTES)");
    assertThat(view.toString()).isEqualTo("AlignmentView[for person:stranger: 4 visible, 2 hidden, 6 edges]");
  }

  @Test
  void aRestrictedPrincipalSeesWhatIsSharedWithThem() {
    AlignmentView view = graph().viewFor(ANALYST);
    assertThat(view.visible(o("o-hr-retention"))).map(ViewNode.Visible::title).contains("Objective o-hr-retention");
    assertThat(view.visible(k("kr-attrition"))).map(ViewNode.Visible::owner).contains(HR);
    assertThat(view.nodes().filter(ViewNode::isHidden).map(ViewNode::key)).containsExactly("hidden-1");
    // Weights show only between visible ends.
    assertThat(view.edges().filter(e -> e.parent().key().equals("objective:o-growth")).map(ViewEdge::weight))
        .containsExactly(Option.some(new BigDecimal("2")), Option.some(BigDecimal.ONE));
  }

  @Test
  void anAnonymousViewerSeesPublicObjectivesOnly() {
    AlignmentView view = graph().viewFor(null);
    assertThat(view.principal()).isEmpty();
    assertThat(view.nodes().filter(ViewNode::isHidden)).hasSize(2);
    assertThat(view.toString()).startsWith("AlignmentView[for anyone: ");
    assertThat(graph().viewFor(null)).isEqualTo(view).isNotEqualTo(graph().viewFor(STRANGER));
  }

  @Test
  void visibleNodesCarryWhatTheGraphKnows() {
    ViewNode.Visible kr = graph().viewFor(CEO).visible(k("kr-close-office")).get();
    assertThat(kr.ref()).isEqualTo(k("kr-close-office"));
    assertThat(kr.title()).isEqualTo("KR kr-close-office");
    assertThat(kr.owner()).isEqualTo(CEO);
    assertThat(kr.level()).isEqualTo(Level.DEPARTMENT);
    assertThat(kr.cycle()).isEqualTo(CycleId.of("2026-q1"));
    assertThat(kr.isHidden()).isFalse();
    assertThat(kr.key()).isEqualTo("key-result:kr-close-office");
  }

  @Test
  void noHiddenIdTitleOrOwnerLeaksIntoAnyString() {
    AlignmentView view = graph().viewFor(STRANGER);
    String everything = view + view.nodes().mkString() + view.edges().mkString() + view.toDot() + view.toMermaid()
        + view.toDot(n -> Option.some(NodeAnnotation.of(n.key(), "grey")))
        + view.toMermaid(n -> Option.some(NodeAnnotation.of(n.key())));
    // (the CEO also owns the visible company objective, so "ceo" may appear; HR's owner may not)
    for (String secret : new String[] {"layoffs", "headcount", "close-office", "retention", "attrition",
        "hr-lead", "Objective o-secret", "KR kr-cut", "department"}) {
      assertThat(everything).doesNotContain(secret);
    }
    // The weights 3 and 2 of the hidden contributions are not shown either.
    assertThat(view.edges().flatMap(ViewEdge::weight)).containsOnly(BigDecimal.ONE);
    assertThat(everything).doesNotContain("w 3", "w 2");
  }

  @Test
  void viewExports() {
    AlignmentView view = graph().viewFor(STRANGER);
    assertThat(view.toMermaid()).isEqualTo("""
        flowchart BT
          n0["Objective o-growth"]
          n1["Objective o-team"]
          n2("KR kr-report")
          n3("KR kr-revenue")
          n4["hidden"]
          n5["hidden"]
          n1 ==> n4
          n2 --> n1
          n2 ==> n5
          n3 --> n0
          n4 ==> n3
          n5 ==> n0
          classDef hidden stroke-dasharray:5 5,color:#666666
          class n4,n5 hidden
        """);
    assertThat(view.toDot()).contains("  \"hidden-1\" [label=\"hidden\", style=\"dashed\", class=\"hidden\"];\n",
        "  \"hidden-1\" -> \"key-result:kr-revenue\" [penwidth=2];\n");
    assertThat(view.toDot(n -> n.isHidden() ? Option.some(NodeAnnotation.of("counted", "amber")) : null))
        .contains("  \"hidden-2\" [label=\"hidden\\ncounted\", fillcolor=\"#f7d08a\", style=\"dashed,filled\","
            + " class=\"hidden band-amber\"];\n");
    assertThat(view.toDot(null)).isEqualTo(view.toDot());
    assertThat(view.toMermaid(null)).isEqualTo(view.toMermaid());
  }

  @Test
  void placeholdersAreStableAndLinksInsideThemDisappear() {
    AlignmentView a = graph().viewFor(STRANGER);
    AlignmentView b = graph().viewFor(STRANGER);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(graph().viewFor(CEO)).isNotEqualTo("view");
    assertThat(a.hashCode()).isNotEqualTo(graph().viewFor(CEO).hashCode());
    // kr-close-office supports kr-cut-headcount inside the same hidden objective: not shown.
    assertThat(a.edges().map(ViewEdge::toString)).noneMatch(s -> s.startsWith("hidden-1 → hidden-1"));
    // the hidden objective's two contributions to kr-revenue are shown once.
    assertThat(a.edges().filter(e -> e.child().key().equals("hidden-1"))).hasSize(1);
    assertThat(a.viewOf(1)).isEqualTo(new ViewNode.Hidden("hidden-1"));
  }

  @Test
  void viewValuesRefuseNulls() {
    // View values are plain results (OkrStyle): built by the view, they hold what it passed.
    ViewNode.Visible v = new ViewNode.Visible(o("a"), "t", CEO, Level.TEAM, CycleId.of("c"));
    assertThat(v.isHidden()).isFalse();
    assertThat(v.title()).isEqualTo("t");
    ViewNode h = new ViewNode.Hidden("hidden-1");
    assertThat(h.isHidden()).isTrue();
    assertThat(h).hasToString("hidden-1");
    ViewEdge e = new ViewEdge(h, v, EdgeKind.SUPPORTS, Option.none());
    assertThat(e.child()).isEqualTo(h);
    assertThat(e.parent()).isEqualTo(v);
    assertThat(e).hasToString("hidden-1 → objective:a (SUPPORTS)");
    // a part passed as null against the contract shows as ?
    assertThat(new ViewEdge(null, null, EdgeKind.SUPPORTS, null)).hasToString("? → ? (SUPPORTS)");
    assertThat(new ViewEdge(h, v, EdgeKind.CONTRIBUTES, Option.some(null))).hasToString("hidden-1 → objective:a (CONTRIBUTES ?)");
    assertThat(new ViewNode.Visible(null, "t", CEO, Level.TEAM, CycleId.of("c")).key()).isEqualTo("?");
  }
}
