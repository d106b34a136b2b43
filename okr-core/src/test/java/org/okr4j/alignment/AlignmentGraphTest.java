package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.alignment.Fixtures.set;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.Level;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OkrSet;
import org.okr4j.model.Visibility;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

class AlignmentGraphTest {

  static final OkrSet SET = set(
      objective("c1", Level.COMPANY, "c1k1", "c1k2"),
      objective("c2", Level.COMPANY, "c2k1"),
      objective("d1", Level.DEPARTMENT, "d1k1"),
      objective("d2", Level.DEPARTMENT),
      objective("t1", Level.TEAM, "t1k1", "t1k2"),
      objective("i1", Level.INDIVIDUAL));

  static NodeRef o(String id) {
    return NodeRef.objective(id);
  }

  static NodeRef k(String id) {
    return NodeRef.keyResult(id);
  }

  static AlignmentGraph empty() {
    return AlignmentGraph.of(SET, AlignmentPolicy.permissive());
  }

  static AlignmentGraph graph(Link... links) {
    return AlignmentGraph.buildOrThrow(SET, AlignmentPolicy.permissive(), List.of(links));
  }

  static AlignmentError refused(AlignmentGraph graph, Link link) {
    Either<AlignmentError, AlignmentGraph> result = graph.link(link);
    assertThat(result.isLeft()).as("refused: %s", link).isTrue();
    return result.getLeft();
  }

  // --- link(): every reason, in order ---------------------------------------------------------

  @Test
  void aMissingLinkIsAnErrorAtItsIndex() {
    assertThat(refused(empty(), null)).isEqualTo(new AlignmentError.MissingLink(OkrPath.of("links", "0")));
    AlignmentGraph one = graph(Link.contributes(o("d1"), o("c1")));
    assertThat(refused(one, null).path()).hasToString("/links/1");
  }

  @Test
  void unknownEndsAreNamed() {
    assertThat(refused(empty(), Link.contributes(o("nope"), o("c1"))))
        .isEqualTo(new AlignmentError.UnknownNode(OkrPath.of("links", "0", "child"), "objective:nope"));
    assertThat(refused(empty(), Link.contributes(o("d1"), k("nope"))))
        .isEqualTo(new AlignmentError.UnknownNode(OkrPath.of("links", "0", "parent"), "key-result:nope"));
    // Objective and key-result ids are separate name spaces.
    assertThat(refused(empty(), Link.contributes(k("d1"), o("c1"))).code()).isEqualTo("okr.alignment.unknown-node");
  }

  @Test
  void aSelfLinkIsALoopOfOne() {
    assertThat(refused(empty(), Link.supports(o("d1"), o("d1"))))
        .isEqualTo(new AlignmentError.CyclicLink(OkrPath.of("links", "0"), List.of("objective:d1", "objective:d1")));
  }

  @Test
  void aRepeatedEdgeIsADuplicateWhateverItsKind() {
    AlignmentGraph g = graph(Link.contributes(o("d1"), o("c1")));
    assertThat(refused(g, Link.supports(o("d1"), o("c1"))))
        .isEqualTo(new AlignmentError.DuplicateLink(OkrPath.of("links", "1"), "objective:d1", "objective:c1"));
    assertThat(refused(g, Link.contributes(o("d1"), o("c1"))).code()).isEqualTo("okr.alignment.duplicate-link");
    // the reverse direction is a loop, not a duplicate
    assertThat(refused(g, Link.contributes(o("c1"), o("d1"))).code()).isEqualTo("okr.alignment.cycle");
  }

  @Test
  void duplicateDetectionScansTheSmallerSide() {
    // c1 has many children, d1 few parents, and the other way round.
    AlignmentGraph g = graph(Link.contributes(o("d1"), o("c1")), Link.contributes(o("d2"), o("c1")),
        Link.contributes(o("t1"), o("c1")), Link.contributes(o("t1"), o("c2")), Link.contributes(o("t1"), o("d1")));
    assertThat(refused(g, Link.contributes(o("t1"), o("d1"))).code()).isEqualTo("okr.alignment.duplicate-link");
    assertThat(refused(g, Link.contributes(o("d2"), o("c1"))).code()).isEqualTo("okr.alignment.duplicate-link");
    assertThat(g.link(Link.contributes(o("d2"), o("c2"))).isRight()).isTrue();
    assertThat(g.link(Link.contributes(o("i1"), o("d1"))).isRight()).isTrue();
  }

  @Test
  void aKeyResultAlreadyCountsTowardItsOwnObjective() {
    assertThat(refused(empty(), Link.contributes(k("d1k1"), o("d1"))))
        .isEqualTo(new AlignmentError.DuplicateLink(OkrPath.of("links", "0"), "key-result:d1k1", "objective:d1"));
    // ...so an objective cannot contribute to its own key result.
    assertThat(refused(empty(), Link.contributes(o("d1"), k("d1k1"))))
        .isEqualTo(new AlignmentError.CyclicLink(OkrPath.of("links", "0"),
            List.of("objective:d1", "key-result:d1k1", "objective:d1")));
  }

  @Test
  void aLinkClosingALoopNamesTheLoopFromItsChild() {
    AlignmentGraph g = graph(Link.contributes(o("i1"), k("t1k1")), Link.contributes(o("t1"), o("d1")),
        Link.contributes(o("d1"), o("c1")));
    assertThat(refused(g, Link.contributes(o("c1"), o("i1"))))
        .isEqualTo(new AlignmentError.CyclicLink(OkrPath.of("links", "3"), List.of("objective:c1", "objective:i1",
            "key-result:t1k1", "objective:t1", "objective:d1", "objective:c1")));
    // a link along the order is fine
    assertThat(g.link(Link.contributes(o("i1"), o("c1"))).isRight()).isTrue();
  }

  @Test
  void linkingReturnsANewGraphAndLeavesThisOneAsItWas() {
    AlignmentGraph before = graph(Link.contributes(o("d1"), o("c1")));
    AlignmentGraph after = before.link(Link.supports(o("t1"), o("d1"))).get();
    assertThat(before.links()).hasSize(1);
    assertThat(before.parents(o("t1"))).isEmpty();
    assertThat(after.links()).containsExactly(Link.contributes(o("d1"), o("c1")), Link.supports(o("t1"), o("d1")));
    assertThat(after.parents(o("t1"))).containsExactly(o("d1"));
    assertThat(after.ancestors(o("t1"))).containsExactly(o("c1"), o("d1"));
    assertThat(after).isEqualTo(graph(Link.contributes(o("d1"), o("c1")), Link.supports(o("t1"), o("d1"))));
  }

  @Test
  void manyLinksAddedOneByOneStayConsistent() {
    // Enough single links to fold the persistent overlay into a new base more than once.
    OkrSet big = Fixtures.chainSet(300);
    AlignmentGraph g = AlignmentGraph.of(big, AlignmentPolicy.permissive());
    for (int i = 1; i < 300; i++) {
      g = g.link(Link.contributes(o("o" + i), o("o" + (i - 1)))).get();
    }
    assertThat(g.links()).hasSize(299);
    assertThat(g.ancestors(o("o299"))).hasSize(299).contains(o("o0")).doesNotContain(k("k0"));
    assertThat(g.lineOfSight(k("k299"))).singleElement().satisfies(p -> assertThat(p).hasSize(301));
    assertThat(refused(g, Link.contributes(o("o0"), o("o299"))).code()).isEqualTo("okr.alignment.cycle");
    assertThat(refused(g, Link.contributes(o("o10"), o("o9"))).code()).isEqualTo("okr.alignment.duplicate-link");
    assertThat(g).isEqualTo(AlignmentGraph.buildOrThrow(big, AlignmentPolicy.permissive(), g.links()));
    // After a link against the cached order, the graph still answers.
    AlignmentGraph shortcut = g.link(Link.supports(o("o0"), k("k299"))).isRight() ? null : g;
    assertThat(shortcut).isSameAs(g);
    AlignmentGraph down = AlignmentGraph.of(big, AlignmentPolicy.permissive());
    for (int i = 298; i >= 0; i--) {
      down = down.link(Link.contributes(o("o" + (i + 1)), o("o" + i))).get();
      assertThat(down.hasLineOfSight(o("o" + (i + 1)))).isTrue();
    }
    assertThat(down.lineOfSight(o("o299"))).singleElement().satisfies(p -> assertThat(p).hasSize(300));
  }

  // --- bulk construction -------------------------------------------------------------------------

  @Test
  void bulkReportsEveryProblemSortedByPath() {
    Validation<Seq<OkrError>, AlignmentGraph> result = AlignmentGraph.build(SET, AlignmentPolicy.permissive(),
        java.util.Arrays.asList(
            Link.contributes(o("d1"), o("c1")),    // 0 fine
            null,                                  // 1 missing
            Link.contributes(o("x"), k("y")),      // 2 both unknown
            Link.contributes(o("d1"), o("c1")),    // 3 duplicate of 0
            Link.contributes(o("d2"), o("d2")),    // 4 self
            Link.contributes(k("t1k1"), o("t1")),  // 5 own objective
            Link.contributes(o("c1"), o("d1")),    // 6 loop with 0
            Link.contributes(o("t1"), o("d1")),    // 7 fine
            Link.contributes(o("i1"), o("t1")),    // 8 fine
            Link.supports(o("d1"), o("i1"))));     // 9 loop d1 → i1 → t1 → d1 (d1 → c1 too)
    assertThat(result.getError().map(OkrError::toString)).containsExactly(
        "okr.alignment.missing-link at /links/1: is missing: a link is required",
        "okr.alignment.unknown-node at /links/2/child: refers to objective:x, which is not an objective or key result of the set",
        "okr.alignment.unknown-node at /links/2/parent: refers to key-result:y, which is not an objective or key result of the set",
        "okr.alignment.duplicate-link at /links/3: repeats the link from objective:d1 to objective:c1, which already exists",
        "okr.alignment.cycle at /links/4: would close a loop: objective:d2 → objective:d2",
        "okr.alignment.duplicate-link at /links/5: repeats the link from key-result:t1k1 to objective:t1, which already exists",
        "okr.alignment.cycle at /links/6: would close a loop: objective:c1 → objective:d1 → objective:c1",
        "okr.alignment.cycle at /links/9: would close a loop: objective:d1 → objective:i1 → objective:t1 → objective:d1");
  }

  @Test
  void bulkErrorsComeInPathOrderEvenWhenLoopsAreFoundLast() {
    assertThat(AlignmentGraph.build(SET, AlignmentPolicy.permissive(), java.util.Arrays.asList(
        Link.contributes(o("d1"), o("c1")), Link.contributes(o("c1"), o("d1")), null)).getError()
        .map(e -> e.path().toString())).containsExactly("/links/1", "/links/2");
  }

  @Test
  void bulkNamesEachUnknownEnd() {
    assertThat(AlignmentGraph.build(SET, AlignmentPolicy.permissive(), List.of(Link.contributes(o("d1"), o("x")),
        Link.contributes(k("x"), o("d1")), Link.contributes(o("d1"), o("c1")))).getError()).containsExactly(
        new AlignmentError.UnknownNode(OkrPath.of("links", "0", "parent"), "objective:x"),
        new AlignmentError.UnknownNode(OkrPath.of("links", "1", "child"), "key-result:x"));
  }

  @Test
  void theTopologicalOrderPutsChildrenBeforeParents() {
    AlignmentGraph g = sample().link(Link.supports(o("c2"), o("c1"))).get();
    int[] order = g.topologicalOrder();
    assertThat(order).hasSize(g.nodeCount());
    int[] position = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      position[order[i]] = i;
    }
    NodeIndex index = g.index();
    for (int v = 0; v < g.nodeCount(); v++) {
      for (NodeRef parent : g.parents(index.ref(v))) {
        assertThat(position[v]).isLessThan(position[index.indexOf(parent)]);
      }
    }
  }

  @Test
  void bulkBreaksEachLoopAtItsLatestLink() {
    Validation<Seq<OkrError>, AlignmentGraph> result = AlignmentGraph.build(SET, AlignmentPolicy.permissive(), List.of(
        Link.contributes(k("c1k1"), k("d1k1")),   // 0
        Link.contributes(o("t1"), o("i1")),       // 1
        Link.contributes(o("d1"), k("c1k2")),     // 2: closes c1k1 → d1k1 → d1 → c1k2 → c1 ... no loop yet
        Link.contributes(o("c1"), k("d1k1")),     // 3: c1 → d1k1 → d1 → c1k2 → c1: loop
        Link.contributes(o("i1"), o("t1"))));     // 4: loop with 1
    assertThat(result.getError()).containsExactly(
        new AlignmentError.CyclicLink(OkrPath.of("links", "3"), List.of("objective:c1", "key-result:d1k1",
            "objective:d1", "key-result:c1k2", "objective:c1")),
        new AlignmentError.CyclicLink(OkrPath.of("links", "4"), List.of("objective:i1", "objective:t1", "objective:i1")));
  }

  @Test
  void bulkReportsAllPolicyReasonsOfOneLink() {
    OkrSet set = set(objective("c", Level.COMPANY, "2026", Fixtures.COMPANY, Visibility.PUBLIC),
        objective("t", Level.TEAM, "2026-q2", Fixtures.COMPANY, Visibility.PUBLIC),
        objective("u", Level.TEAM, "2026-q2", Fixtures.COMPANY, Visibility.PUBLIC));
    AlignmentPolicy strict = AlignmentPolicy.strict();
    Validation<Seq<OkrError>, AlignmentGraph> result = AlignmentGraph.build(set, strict,
        List.of(Link.contributes(o("t"), o("u")), Link.supports(o("t"), o("c"))));
    assertThat(result.getError()).containsExactly(
        new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:t", "objective:u"),
        new AlignmentError.LevelStep(OkrPath.of("links", "1"), "team (2)", "company (0)", "NO_SKIPPING"),
        new AlignmentError.CrossCycle(OkrPath.of("links", "1"), "2026-q2", "2026", "SAME_CYCLE"));
    // One by one, only the first reason is returned.
    AlignmentGraph g = AlignmentGraph.buildOrThrow(set, strict, List.of(Link.contributes(o("t"), o("u"))));
    assertThat(g.link(Link.supports(o("t"), o("c"))).getLeft().code()).isEqualTo("okr.alignment.too-many-parents");
  }

  @Test
  void bulkNeedsItsInputs() {
    assertThat(AlignmentGraph.build(null, null, null).getError()).containsExactly(
        new OkrError.Required(OkrPath.of("set")), new OkrError.Required(OkrPath.of("policy")),
        new OkrError.Required(OkrPath.of("links")));
    assertThatThrownBy(() -> AlignmentGraph.of(null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /set");
    assertThatThrownBy(() -> AlignmentGraph.of(SET, null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /policy");
    assertThatThrownBy(() -> AlignmentGraph.buildOrThrow(SET, AlignmentPolicy.defaults(),
        List.of(Link.contributes(o("c1"), o("c1"))))).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.alignment.cycle at /links/0");
  }

  @Test
  void linkAllCountsOnFromTheExistingLinks() {
    AlignmentGraph g = graph(Link.contributes(o("d1"), o("c1")), Link.contributes(o("t1"), o("d1")));
    assertThat(g.linkAll(List.of(Link.contributes(o("i1"), o("t1")), Link.contributes(o("c1"), o("i1"))))
        .getError()).containsExactly(new AlignmentError.CyclicLink(OkrPath.of("links", "3"),
        List.of("objective:c1", "objective:i1", "objective:t1", "objective:d1", "objective:c1")));
    AlignmentGraph more = g.linkAll(List.of(Link.contributes(o("i1"), o("t1")))).get();
    assertThat(more.links()).hasSize(3);
    assertThat(more.ancestors(o("i1"))).containsExactly(o("c1"), o("d1"), o("t1"));
    assertThat(g.linkAll(null).getError()).containsExactly(new OkrError.Required(OkrPath.of("links")));
  }

  // --- queries -------------------------------------------------------------------------------------

  /** c1 ← d1 ← t1 ← i1, t1k1 → c1k1 (cascade), t1 supports d2, d2 ⇢ c2 (support), i1 → c1k2 (weight 2). */
  static AlignmentGraph sample() {
    return graph(Link.contributes(o("d1"), o("c1")), Link.contributes(o("t1"), o("d1")),
        Link.contributes(o("i1"), o("t1")), Link.contributes(k("t1k1"), k("c1k1")), Link.supports(o("t1"), o("d2")),
        Link.supports(o("d2"), o("c2")), Link.contributes(o("i1"), k("c1k2"), new BigDecimal("2")));
  }

  @Test
  void parentsAndChildrenPutTheModelFirst() {
    AlignmentGraph g = sample();
    assertThat(g.parents(k("t1k1"))).containsExactly(o("t1"), k("c1k1"));
    assertThat(g.parents(o("t1"))).containsExactly(o("d1"), o("d2"));
    assertThat(g.parents(o("c1"))).isEmpty();
    assertThat(g.children(o("c1"))).containsExactly(k("c1k1"), k("c1k2"), o("d1"));
    assertThat(g.children(k("c1k1"))).containsExactly(k("t1k1"));
    assertThat(g.linksFrom(o("i1"))).containsExactly(Link.contributes(o("i1"), o("t1")),
        Link.contributes(o("i1"), k("c1k2"), new BigDecimal("2")));
    assertThat(g.linksTo(o("d2"))).containsExactly(Link.supports(o("t1"), o("d2")));
    assertThat(g.linksTo(k("c1k2"))).hasSize(1);
  }

  @Test
  void ancestorsDescendantsAndImpact() {
    AlignmentGraph g = sample();
    assertThat(g.ancestors(k("t1k1"))).containsExactly(o("c1"), o("c2"), o("d1"), o("d2"), o("t1"), k("c1k1"));
    assertThat(g.descendants(o("c2"))).containsExactly(o("d2"), o("i1"), o("t1"), k("c2k1"), k("t1k1"), k("t1k2"));
    assertThat(g.descendants(o("i1"))).isEmpty();
    // Supporting links do not carry a move.
    assertThat(g.impactSet(k("t1k1"))).containsExactly(o("c1"), o("d1"), o("t1"), k("c1k1"));
    assertThat(g.impactSet(o("t1"))).containsExactly(o("c1"), o("d1"));
    assertThat(g.impactSet(o("c1"))).isEmpty();
  }

  @Test
  void unknownAndNullNodesGiveEmptyAnswers() {
    AlignmentGraph g = sample();
    for (NodeRef node : new NodeRef[] {null, o("nope"), k("nope")}) {
      assertThat(g.contains(node)).isFalse();
      assertThat(g.parents(node)).isEmpty();
      assertThat(g.children(node)).isEmpty();
      assertThat(g.linksFrom(node)).isEmpty();
      assertThat(g.linksTo(node)).isEmpty();
      assertThat(g.ancestors(node)).isEmpty();
      assertThat(g.descendants(node)).isEmpty();
      assertThat(g.impactSet(node)).isEmpty();
      assertThat(g.lineOfSight(node)).isEmpty();
      assertThat(g.hasLineOfSight(node)).isFalse();
      assertThat(g.ownerOf(node)).isEmpty();
    }
    assertThat(g.contains(o("c1"))).isTrue();
    assertThat(g.contains(k("c1k1"))).isTrue();
  }

  @Test
  void lineOfSightFollowsEveryPathToTheTop() {
    AlignmentGraph g = sample();
    assertThat(g.topLevelObjectives()).containsExactly(ObjectiveId.of("c1"), ObjectiveId.of("c2"));
    assertThat(g.lineOfSight(k("t1k1"))).containsExactly(
        List.of(k("t1k1"), o("t1"), o("d1"), o("c1")),
        List.of(k("t1k1"), o("t1"), o("d2"), o("c2")),
        List.of(k("t1k1"), k("c1k1"), o("c1")));
    assertThat(g.lineOfSight(o("i1"))).containsExactly(
        List.of(o("i1"), o("t1"), o("d1"), o("c1")),
        List.of(o("i1"), o("t1"), o("d2"), o("c2")),
        List.of(o("i1"), k("c1k2"), o("c1")));
    assertThat(g.lineOfSight(o("i1"), 2)).hasSize(2);
    assertThat(g.lineOfSight(o("i1"), 0)).isEmpty();
    assertThat(g.lineOfSight(o("c2"))).containsExactly(List.of(o("c2")));
    assertThat(g.lineOfSight(k("t1k2"))).hasSize(2);
  }

  @Test
  void branchesThatMissTheTopAreSkipped() {
    // d2 is an orphan department; t1 aligns to it and to d1, which reaches c1.
    AlignmentGraph g = graph(Link.contributes(o("t1"), o("d2")), Link.contributes(o("t1"), o("d1")),
        Link.contributes(o("d1"), o("c1")), Link.contributes(o("i1"), o("d2")));
    assertThat(g.lineOfSight(o("t1"))).containsExactly(List.of(o("t1"), o("d1"), o("c1")));
    assertThat(g.hasLineOfSight(o("i1"))).isFalse();
    assertThat(g.lineOfSight(o("i1"))).isEmpty();
    assertThat(g.orphans()).containsExactly(ObjectiveId.of("d2"));
    Coverage coverage = g.coverage();
    assertThat(coverage.unaligned()).containsExactly(ObjectiveId.of("d2"), ObjectiveId.of("i1"));
    assertThat(coverage.alignable()).isEqualTo(4);
    assertThat(coverage.aligned()).isEqualTo(2);
    assertThat(coverage.alignedShare()).contains(new BigDecimal("0.5"));
  }

  @Test
  void coverageOfTheTopLevel() {
    AlignmentGraph g = sample();
    Coverage coverage = g.coverage();
    assertThat(coverage.topLevel()).containsExactly(ObjectiveId.of("c1"), ObjectiveId.of("c2"));
    // c2 is only supported, not contributed to.
    assertThat(coverage.uncoveredObjectives()).containsExactly(ObjectiveId.of("c2"));
    assertThat(coverage.uncoveredKeyResults()).containsExactly(KeyResultId.of("c2k1"));
    assertThat(coverage.unaligned()).isEmpty();
    assertThat(coverage.alignable()).isEqualTo(4);
    assertThat(coverage.aligned()).isEqualTo(4);
    assertThat(coverage.alignedShare()).contains(BigDecimal.ONE);
    // A key-result contribution alone covers its objective.
    AlignmentGraph viaKr = graph(Link.contributes(o("d1"), k("c2k1")));
    assertThat(viaKr.coverage().uncoveredObjectives()).containsExactly(ObjectiveId.of("c1"));
    assertThat(viaKr.coverage().uncoveredKeyResults()).containsExactly(KeyResultId.of("c1k1"), KeyResultId.of("c1k2"));
    assertThat(viaKr.coverage().alignedShare()).contains(new BigDecimal("0.25"));
    assertThat(viaKr.orphans()).containsExactly(ObjectiveId.of("d2"), ObjectiveId.of("i1"), ObjectiveId.of("t1"));
    AlignmentGraph thirds = AlignmentGraph.buildOrThrow(set(objective("c", Level.COMPANY),
        objective("a", Level.TEAM), objective("b", Level.TEAM), objective("d", Level.TEAM)),
        AlignmentPolicy.defaults(), List.of(Link.contributes(o("a"), o("c"))));
    assertThat(thirds.coverage().alignedShare()).contains(new BigDecimal("0.3333333333333333333333333333333333"));
  }

  @Test
  void anObjectiveAlignedThroughItsKeyResultIsAlignedButNotOrphaned() {
    AlignmentGraph g = graph(Link.contributes(k("t1k2"), o("c1")));
    assertThat(g.orphans()).containsExactly(ObjectiveId.of("d1"), ObjectiveId.of("d2"), ObjectiveId.of("i1"));
    assertThat(g.coverage().unaligned()).containsExactly(ObjectiveId.of("d1"), ObjectiveId.of("d2"),
        ObjectiveId.of("i1"));
    assertThat(g.hasLineOfSight(o("t1"))).isFalse();
    assertThat(g.hasLineOfSight(k("t1k2"))).isTrue();
  }

  @Test
  void whenEveryObjectiveIsTopLevelThereIsNoShare() {
    AlignmentGraph g = AlignmentGraph.of(set(objective("a", Level.TEAM), objective("b", Level.TEAM)));
    assertThat(g.topLevelObjectives()).containsExactly(ObjectiveId.of("a"), ObjectiveId.of("b"));
    assertThat(g.coverage().alignedShare()).isEmpty();
    assertThat(g.coverage().alignable()).isZero();
    assertThat(g.orphans()).isEmpty();
    AlignmentGraph none = AlignmentGraph.of(set());
    assertThat(none.nodeCount()).isZero();
    assertThat(none.topLevelObjectives()).isEmpty();
    assertThat(none.coverage().alignedShare()).isEmpty();
    assertThat(none.bottlenecks(3)).isEmpty();
    assertThat(none.toMermaid()).isEqualTo("flowchart BT\n");
  }

  @Test
  void aTopRankObjectiveWithALinkIsNotTopLevel() {
    AlignmentGraph g = graph(Link.contributes(o("c2"), o("c1")));
    assertThat(g.topLevelObjectives()).containsExactly(ObjectiveId.of("c1"));
    assertThat(g.coverage().alignable()).isEqualTo(5);
    assertThat(g.lineOfSight(k("c2k1"))).containsExactly(List.of(k("c2k1"), o("c2"), o("c1")));
  }

  @Test
  void bottlenecksCountEachDependantOnce() {
    AlignmentGraph g = sample();
    // c1: c1k1, c1k2, d1, d1k1, t1, i1, t1k1, t1k2 = 8; c2: c2k1, d2, t1, i1, t1k1, t1k2 = 6;
    // d1: d1k1, t1, i1, t1k1, t1k2 = 5; d2: t1, i1, t1k1, t1k2 = 4; t1: i1, t1k1, t1k2 = 3; c1k1: t1k1; c1k2: i1.
    // The bound for c1 counts t1 and its key results on two paths (via d1 and via c1k1) and i1 on three.
    assertThat(g.bottlenecks(10).map(Bottleneck::toString)).containsExactly(
        "objective:c1 (8 dependants)", "objective:c2 (6 dependants)", "objective:d1 (5 dependants)",
        "objective:d2 (4 dependants)", "objective:t1 (3 dependants)", "key-result:c1k1 (1 dependants)",
        "key-result:c1k2 (1 dependants)");
    assertThat(g.bottlenecks(3).map(Bottleneck::node)).containsExactly(o("c1"), o("c2"), o("d1"));
    assertThat(g.bottlenecks(4).map(Bottleneck::node)).containsExactly(o("c1"), o("c2"), o("d1"), o("d2"));
    assertThat(g.bottlenecks(0)).isEmpty();
    assertThat(g.bottlenecks(-1)).isEmpty();
  }

  @Test
  void bottlenecksInADiamondAreExactNotPathCounts() {
    // i1 → t1 → d1 → c1 and i1 → d2 → c1 ... many paths into c1, but each node once.
    AlignmentGraph g = graph(Link.contributes(o("d1"), o("c1")), Link.contributes(o("d2"), o("c1")),
        Link.contributes(o("t1"), o("d1")), Link.contributes(o("t1"), o("d2")), Link.contributes(o("i1"), o("t1")),
        Link.contributes(o("c2"), o("d2")));
    assertThat(g.bottlenecks(2).map(Bottleneck::toString)).containsExactly(
        "objective:c1 (11 dependants)", "objective:d2 (6 dependants)");
    assertThat(g.bottlenecks(1).map(Bottleneck::dependants)).containsExactly(11);
  }

  @Test
  void crossTeamLinksHaveEndsWithDifferentOwners() {
    OkrSet set = set(objective("a", Level.COMPANY, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC, "ak"),
        objective("b", Level.DEPARTMENT, "2026-q1", Fixtures.MARKETING, Visibility.PUBLIC, "bk"),
        objective("c", Level.DEPARTMENT, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC));
    AlignmentGraph g = AlignmentGraph.buildOrThrow(set, AlignmentPolicy.defaults(),
        List.of(Link.contributes(o("c"), o("a")), Link.contributes(k("bk"), k("ak")), Link.supports(o("b"), o("c"))));
    assertThat(g.crossTeamLinks()).containsExactly(Link.contributes(k("bk"), k("ak")), Link.supports(o("b"), o("c")));
  }

  @Test
  void accessorsAndObjectMethods() {
    AlignmentGraph g = sample();
    assertThat(g.set()).isSameAs(SET);
    assertThat(g.policy()).isEqualTo(AlignmentPolicy.permissive());
    assertThat(g.nodeCount()).isEqualTo(12);
    assertThat(g.nodes()).hasSize(12).startsWith(o("c1"), o("c2"), o("d1")).endsWith(k("t1k1"), k("t1k2"));
    assertThat(g.toString()).isEqualTo(
        "AlignmentGraph[12 nodes, 7 links, AlignmentPolicy[parents=MULTIPLE, levels=FREE, cycles=ANY]]");
    assertThat(g).isEqualTo(sample()).hasSameHashCodeAs(sample()).isNotEqualTo(empty()).isNotEqualTo("graph");
    assertThat(empty()).isNotEqualTo(AlignmentGraph.of(SET));
    assertThat(g.hashCode()).isNotEqualTo(empty().hashCode());
    assertThat(AlignmentGraph.of(Fixtures.Seed.SET, AlignmentPolicy.permissive())).isNotEqualTo(empty());
  }

  // --- exports -------------------------------------------------------------------------------------

  static final OkrSet SMALL = set(objective("top", Level.COMPANY, "tk"), objective("mid", Level.DEPARTMENT),
      objective("low", Level.TEAM, "lk"));

  static AlignmentGraph small() {
    return AlignmentGraph.buildOrThrow(SMALL, AlignmentPolicy.defaults(), List.of(
        Link.contributes(o("mid"), o("top"), new BigDecimal("0.5")), Link.supports(k("lk"), k("tk")),
        Link.contributes(o("low"), o("mid"))));
  }

  @Test
  void dotExport() {
    assertThat(small().toDot()).isEqualTo("""
        digraph alignment {
          rankdir=BT;
          node [shape=box, fontname="sans-serif"];
          "objective:low" [label="Objective low"];
          "objective:mid" [label="Objective mid"];
          "objective:top" [label="Objective top"];
          "key-result:lk" [label="KR lk", style="rounded"];
          "key-result:tk" [label="KR tk", style="rounded"];
          "objective:low" -> "objective:mid" [penwidth=2];
          "objective:mid" -> "objective:top" [penwidth=2, label="w 0.5"];
          "key-result:lk" -> "objective:low" [color="gray40"];
          "key-result:lk" -> "key-result:tk" [style=dashed];
          "key-result:tk" -> "objective:top" [color="gray40"];
        }
        """);
  }

  @Test
  void mermaidExport() {
    assertThat(small().toMermaid()).isEqualTo("""
        flowchart BT
          n0["Objective low"]
          n1["Objective mid"]
          n2["Objective top"]
          n3("KR lk")
          n4("KR tk")
          n0 ==> n1
          n1 ==>|"w 0.5"| n2
          n3 --> n0
          n3 -.-> n4
          n4 --> n2
        """);
  }

  @Test
  void annotationsAddASuffixAndABand() {
    AlignmentGraph g = small();
    java.util.function.Function<NodeRef, Option<NodeAnnotation>> progress = ref -> switch (ref.idText()) {
      case "top" -> Option.some(NodeAnnotation.of("72%", "green"));
      case "mid" -> Option.some(NodeAnnotation.of("", "at-risk"));
      case "lk" -> Option.some(NodeAnnotation.of("0.3"));
      case "tk" -> null;
      default -> Option.none();
    };
    assertThat(g.toDot(progress)).contains(
        "\"objective:top\" [label=\"Objective top\\n72%\", fillcolor=\"#a8e0a0\", style=\"filled\", class=\"band-green\"];",
        "\"objective:mid\" [label=\"Objective mid\", class=\"band-at-risk\"];",
        "\"key-result:lk\" [label=\"KR lk\\n0.3\", style=\"rounded\"];",
        "\"key-result:tk\" [label=\"KR tk\", style=\"rounded\"];");
    assertThat(g.toMermaid(progress)).contains(
        "  n2[\"Objective top<br/>72%\"]\n",
        "  n3(\"KR lk<br/>0.3\")\n",
        "  classDef band_at_risk fill:#ffffff\n  class n1 band_at_risk\n",
        "  classDef band_green fill:#a8e0a0\n  class n2 band_green\n");
    assertThat(g.toDot(null)).isEqualTo(g.toDot());
    assertThat(g.toMermaid(null)).isEqualTo(g.toMermaid());
  }

  @Test
  void labelsAreEscapedAndChineseIsKept() {
    OkrSet set = set(
        org.okr4j.model.Objective.builder().id("o-zh").title("提升品牌在社交媒体上的影响力").owner(Fixtures.COMPANY)
            .cycle("2026-q1").level(Level.COMPANY).buildOrThrow(),
        org.okr4j.model.Objective.builder().id("o-odd").title("Say \"hi\" #1 <b> & `x` \\ back\nslash\ttab")
            .owner(Fixtures.COMPANY).cycle("2026-q1").level(Level.COMPANY).buildOrThrow());
    AlignmentGraph g = AlignmentGraph.of(set);
    assertThat(g.toDot()).contains("\"objective:o-zh\" [label=\"提升品牌在社交媒体上的影响力\"];")
        .contains("[label=\"Say \\\"hi\\\" #1 <b> & `x` \\\\ back\\nslash tab\"]");
    assertThat(g.toMermaid()).contains("n1[\"提升品牌在社交媒体上的影响力\"]")
        .contains("n0[\"Say #quot;hi#quot; #35;1 #lt;b#gt; #amp; #96;x#96; \\ back<br/>slash tab\"]");
    assertThat(Export.dotText("a\u007fb\rc")).isEqualTo("a b c");
    assertThat(Export.mermaidText("a\u007fb\rc")).isEqualTo("a b c");
    assertThat(Export.mermaidText("\u001f ~")).isEqualTo("  ~");
  }

  @Test
  void exportsAreDeterministicWhateverTheLinkOrder() {
    AlignmentGraph a = sample();
    AlignmentGraph b = AlignmentGraph.buildOrThrow(SET, AlignmentPolicy.permissive(), a.links().reverse());
    assertThat(b.toDot()).isEqualTo(a.toDot());
    assertThat(b.toMermaid()).isEqualTo(a.toMermaid());
  }

  @Test
  void errorsReadInChineseToo() {
    AlignmentError e = refused(sample(), Link.contributes(o("c1"), o("i1")));
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("会形成循环：objective:c1 → objective:i1 → ");
  }
}
