package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.alignment.Fixtures.objective;
import static org.okr4j.alignment.Fixtures.set;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.AlignmentPolicy.CycleRule;
import org.okr4j.alignment.AlignmentPolicy.LevelRule;
import org.okr4j.alignment.AlignmentPolicy.ParentRule;
import org.okr4j.model.Level;
import org.okr4j.model.OkrSet;
import org.okr4j.model.Visibility;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

class AlignmentPolicyTest {

  static final Level DIVISION = Level.of("division", 1);

  static final OkrSet SET = set(
      objective("company", Level.COMPANY, "2026", Fixtures.COMPANY, Visibility.PUBLIC, "company-kr"),
      objective("company-q1", Level.COMPANY, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC),
      objective("dept", Level.DEPARTMENT, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC, "dept-kr"),
      objective("dept-2", Level.DEPARTMENT, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC),
      objective("division", DIVISION, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC),
      objective("team", Level.TEAM, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC, "team-kr"),
      objective("team-q2", Level.TEAM, "2026-q2", Fixtures.COMPANY, Visibility.PUBLIC),
      objective("team-h1", Level.TEAM, "2026-h1", Fixtures.COMPANY, Visibility.PUBLIC),
      objective("person", Level.INDIVIDUAL, "2026-q1", Fixtures.COMPANY, Visibility.PUBLIC));

  static NodeRef o(String id) {
    return NodeRef.objective(id);
  }

  static NodeRef k(String id) {
    return NodeRef.keyResult(id);
  }

  static Either<AlignmentError, AlignmentGraph> link(AlignmentPolicy policy, Link... links) {
    AlignmentGraph g = AlignmentGraph.of(SET, policy);
    Either<AlignmentError, AlignmentGraph> result = Either.right(g);
    for (Link l : links) {
      result = result.flatMap(x -> x.link(l));
    }
    return result;
  }

  static AlignmentPolicy with(LevelRule levels) {
    return AlignmentPolicy.permissive().withLevels(levels);
  }

  @Test
  void defaultsAndPresets() {
    AlignmentPolicy d = AlignmentPolicy.defaults();
    assertThat(d.parents()).isEqualTo(ParentRule.MULTIPLE);
    assertThat(d.levels()).isEqualTo(LevelRule.FREE);
    assertThat(d.cycles()).isEqualTo(CycleRule.ENCLOSING);
    assertThat(AlignmentPolicy.strict()).isEqualTo(AlignmentPolicy.validate(ParentRule.SINGLE, LevelRule.NO_SKIPPING,
        CycleRule.SAME_CYCLE).get());
    assertThat(AlignmentPolicy.permissive().cycles()).isEqualTo(CycleRule.ANY);
    assertThat(d.withParents(ParentRule.SINGLE).withLevels(LevelRule.UPWARD).withCycles(CycleRule.ANY))
        .hasToString("AlignmentPolicy[parents=SINGLE, levels=UPWARD, cycles=ANY]");
    assertThat(AlignmentGraph.of(SET).policy()).isEqualTo(d);
  }

  @Test
  void rulesAreRequired() {
    assertThat(AlignmentPolicy.validate(null, null, null).getError()).containsExactly(
        new OkrError.Required(OkrPath.of("parents")), new OkrError.Required(OkrPath.of("levels")),
        new OkrError.Required(OkrPath.of("cycles")));
    AlignmentPolicy d = AlignmentPolicy.defaults();
    assertThatThrownBy(() -> d.withParents(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> d.withLevels(null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> d.withCycles(null)).isInstanceOf(OkrException.class);
  }

  // --- parents ---------------------------------------------------------------------------------------

  @Test
  void singleParentAllowsOneLinkOfAnyKind() {
    AlignmentPolicy single = AlignmentPolicy.permissive().withParents(ParentRule.SINGLE);
    assertThat(link(single, Link.contributes(o("team"), o("dept"))).isRight()).isTrue();
    assertThat(link(single, Link.contributes(o("team"), o("dept")), Link.supports(o("team"), o("dept-2"))).getLeft())
        .isEqualTo(new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team", "objective:dept"));
    assertThat(link(single, Link.supports(o("team"), o("dept")), Link.contributes(o("team"), o("dept-2"))).getLeft()
        .code()).isEqualTo("okr.alignment.too-many-parents");
    // a key result's own objective does not count
    assertThat(link(single, Link.contributes(k("team-kr"), k("dept-kr"))).isRight()).isTrue();
    // other nodes keep their own allowance
    assertThat(link(single, Link.contributes(o("team"), o("dept")), Link.contributes(o("person"), o("dept")))
        .isRight()).isTrue();
  }

  @Test
  void singleParentRefusesASecondContributingLinkToAnotherObjective() {
    // The reported case: one child objective contributing to two different parent objectives.
    AlignmentPolicy single = AlignmentPolicy.permissive().withParents(ParentRule.SINGLE);
    AlignmentError expected = new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team",
        "objective:dept");
    assertThat(link(single, Link.contributes(o("team"), o("dept")), Link.contributes(o("team"), o("dept-2")))
        .getLeft()).isEqualTo(expected);
    assertThat(AlignmentGraph.build(SET, single, List.of(Link.contributes(o("team"), o("dept")),
        Link.contributes(o("team"), o("dept-2")))).getError()).containsExactly(expected);
    // the same through linkAll on a graph that already has the first link, and for the strict preset
    AlignmentGraph one = link(single, Link.contributes(o("team"), o("dept"))).get();
    assertThat(one.linkAll(List.of(Link.contributes(o("team"), o("dept-2")))).getError()).containsExactly(expected);
    AlignmentPolicy strict = AlignmentPolicy.strict().withLevels(LevelRule.FREE).withCycles(CycleRule.ANY);
    assertThat(link(strict, Link.contributes(o("team"), o("dept")), Link.contributes(o("team"), o("dept-2")))
        .getLeft().code()).isEqualTo("okr.alignment.too-many-parents");
    // a contributing link to a key result and then to an objective: still two parents
    assertThat(link(single, Link.contributes(o("team"), k("dept-kr")), Link.contributes(o("team"), o("dept-2")))
        .getLeft()).isEqualTo(new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team",
        "key-result:dept-kr"));
    // a third link is reported too, each against the first parent
    assertThat(AlignmentGraph.build(SET, single, List.of(Link.contributes(o("team"), o("dept")),
        Link.contributes(o("team"), o("dept-2")), Link.contributes(o("team"), o("company")))).getError())
        .containsExactly(expected, new AlignmentError.TooManyParents(OkrPath.of("links", "2"), "objective:team",
            "objective:dept"));
  }

  @Test
  void aRefusedLinkTakesNoParentPlace() {
    // The shape of the JSON report (o-brand → kr-share across cycles, then o-brand → o-insight): the
    // first link breaks the cycle rule and is left out, so the second is the node's only parent and
    // is accepted, exactly as when the links are added one by one. Not a bug: fixing the first link
    // by removing it leaves a valid graph, which a too-many-parents error would have denied.
    AlignmentPolicy p = AlignmentPolicy.strict().withLevels(LevelRule.FREE);
    Link acrossCycles = Link.contributes(o("team"), o("company"));
    Link sameCycle = Link.contributes(o("team"), o("dept"));
    assertThat(AlignmentGraph.build(SET, p, List.of(acrossCycles, sameCycle)).getError()).containsExactly(
        new AlignmentError.CrossCycle(OkrPath.of("links", "0"), "2026-q1", "2026", "SAME_CYCLE"));
    assertThat(link(p, acrossCycles).getLeft().code()).isEqualTo("okr.alignment.cross-cycle");
    assertThat(link(p, sameCycle).isRight()).isTrue();
    // both links allowed on their own: the second is refused
    assertThat(AlignmentGraph.build(SET, p, List.of(sameCycle, Link.contributes(o("team"), o("dept-2")))).getError())
        .containsExactly(new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team",
            "objective:dept"));
  }

  @Test
  void underSingleASupportingLinkIsAParentToo() {
    // Rule: SINGLE counts every alignment link, contributing or supporting, so a node has at most one
    // parent it shows; SINGLE_CONTRIBUTING is the rule that lets supporting links through.
    AlignmentPolicy single = AlignmentPolicy.permissive().withParents(ParentRule.SINGLE);
    assertThat(link(single, Link.supports(o("team"), o("dept")), Link.supports(o("team"), o("dept-2"))).getLeft())
        .isEqualTo(new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team", "objective:dept"));
    assertThat(AlignmentGraph.build(SET, single, List.of(Link.supports(o("team"), o("dept")),
        Link.contributes(o("team"), o("dept-2")))).getError()).containsExactly(
        new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team", "objective:dept"));
    assertThat(link(single, Link.supports(o("team"), o("dept"))).get().parents(o("team"))).containsExactly(o("dept"));
  }

  @Test
  void singleContributingParentAllowsAnyNumberOfSupports() {
    AlignmentPolicy one = AlignmentPolicy.permissive().withParents(ParentRule.SINGLE_CONTRIBUTING);
    assertThat(link(one, Link.supports(o("team"), o("dept")), Link.supports(o("team"), o("dept-2")),
        Link.contributes(o("team"), o("company")), Link.supports(o("team"), o("division"))).isRight()).isTrue();
    assertThat(link(one, Link.contributes(o("team"), o("dept")), Link.contributes(o("team"), o("dept-2"))).getLeft())
        .isEqualTo(new AlignmentError.TooManyParents(OkrPath.of("links", "1"), "objective:team", "objective:dept"));
    assertThat(AlignmentGraph.build(SET, one, List.of(Link.supports(o("team"), o("dept")),
        Link.contributes(o("team"), o("dept-2")), Link.contributes(o("team"), o("company")))).getError())
        .containsExactly(new AlignmentError.TooManyParents(OkrPath.of("links", "2"), "objective:team",
            "objective:dept-2"));
    assertThat(link(one, Link.supports(o("team"), o("dept")), Link.contributes(o("team"), o("dept-2")),
        Link.contributes(o("team"), o("company"))).getLeft())
        .isEqualTo(new AlignmentError.TooManyParents(OkrPath.of("links", "2"), "objective:team", "objective:dept-2"));
  }

  @Test
  void multipleParentsAreFine() {
    assertThat(link(AlignmentPolicy.permissive(), Link.contributes(o("team"), o("dept")),
        Link.contributes(o("team"), o("dept-2")), Link.supports(o("team"), o("company"))).get()
        .parents(o("team"))).containsExactly(o("dept"), o("dept-2"), o("company"));
  }

  // --- levels --------------------------------------------------------------------------------------

  @Test
  void noSkippingAllowsTheSameLevelOrTheNextOneUp() {
    AlignmentPolicy p = with(LevelRule.NO_SKIPPING);
    assertThat(link(p, Link.contributes(o("team"), o("dept"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("team"), o("team-h1"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(k("team-kr"), k("dept-kr"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("dept"), o("division"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("division"), o("company"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("team"), o("company"))).getLeft())
        .isEqualTo(new AlignmentError.LevelStep(OkrPath.of("links", "0"), "team (2)", "company (0)", "NO_SKIPPING"));
    assertThat(link(p, Link.contributes(o("person"), k("dept-kr"))).getLeft().code())
        .isEqualTo("okr.alignment.level-step");
    assertThat(link(p, Link.contributes(o("dept"), o("team"))).getLeft())
        .isEqualTo(new AlignmentError.LevelStep(OkrPath.of("links", "0"), "department (1)", "team (2)",
            "NO_SKIPPING"));
  }

  @Test
  void upwardAllowsSkippingButNotGoingDown() {
    AlignmentPolicy p = with(LevelRule.UPWARD);
    assertThat(link(p, Link.contributes(o("person"), o("company"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("team"), o("team-h1"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("company-q1"), o("company"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("dept"), o("team"))).getLeft().code()).isEqualTo("okr.alignment.level-step");
    assertThat(link(p, Link.contributes(o("team"), o("person"))).getLeft().code())
        .isEqualTo("okr.alignment.level-step");
  }

  @Test
  void freeAllowsAnyStep() {
    AlignmentPolicy p = with(LevelRule.FREE);
    assertThat(link(p, Link.contributes(o("company"), o("person"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("person"), o("company"))).isRight()).isTrue();
  }

  // --- cycles --------------------------------------------------------------------------------------

  @Test
  void sameCycleOnly() {
    AlignmentPolicy p = AlignmentPolicy.permissive().withCycles(CycleRule.SAME_CYCLE);
    assertThat(link(p, Link.contributes(o("team"), o("dept"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("company-q1"), o("company"))).getLeft())
        .isEqualTo(new AlignmentError.CrossCycle(OkrPath.of("links", "0"), "2026-q1", "2026", "SAME_CYCLE"));
  }

  @Test
  void enclosingAllowsAQuarterToAlignToItsYear() {
    AlignmentPolicy p = AlignmentPolicy.permissive().withCycles(CycleRule.ENCLOSING);
    // through the cycle's declared parent
    assertThat(link(p, Link.contributes(o("company-q1"), o("company"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(k("dept-kr"), k("company-kr"))).isRight()).isTrue();
    // H1 has no declared parent but its dates enclose Q1
    assertThat(link(p, Link.contributes(o("team"), o("team-h1"))).isRight()).isTrue();
    // same cycle
    assertThat(link(p, Link.contributes(o("team"), o("dept"))).isRight()).isTrue();
    // Q2 does not enclose Q1, nor Q1 Q2, nor a quarter its year
    assertThat(link(p, Link.contributes(o("team"), o("team-q2"))).getLeft())
        .isEqualTo(new AlignmentError.CrossCycle(OkrPath.of("links", "0"), "2026-q1", "2026-q2", "ENCLOSING"));
    assertThat(link(p, Link.contributes(o("team-q2"), o("dept"))).getLeft().code())
        .isEqualTo("okr.alignment.cross-cycle");
    assertThat(link(p, Link.contributes(o("company"), o("company-q1"))).getLeft().code())
        .isEqualTo("okr.alignment.cross-cycle");
    // the year by its dates encloses H1 although H1 has no declared parent
    assertThat(link(p, Link.contributes(o("team-h1"), o("company"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("team-q2"), o("team-h1"))).isRight()).isTrue();
  }

  @Test
  void enclosingFollowsTheWholeParentChain() {
    org.okr4j.model.Cycle month = org.okr4j.model.Cycle.of("2026-01", "January", java.time.LocalDate.of(2026, 1, 1),
        java.time.LocalDate.of(2026, 2, 1)).withParent(org.okr4j.model.CycleId.of("2026-q1"));
    // A parent chain is honoured even where the dates were recorded wrongly.
    org.okr4j.model.Cycle odd = org.okr4j.model.Cycle.of("odd", "Odd", java.time.LocalDate.of(2030, 1, 1),
        java.time.LocalDate.of(2030, 2, 1)).withParent(org.okr4j.model.CycleId.of("2026-01"));
    OkrSet set = OkrSet.builder().cycle(Fixtures.YEAR).cycle(Fixtures.Q1).cycle(month).cycle(odd)
        .objective(objective("y", Level.COMPANY, "2026", Fixtures.COMPANY, Visibility.PUBLIC))
        .objective(objective("x", Level.TEAM, "odd", Fixtures.COMPANY, Visibility.PUBLIC))
        .buildOrThrow();
    AlignmentGraph g = AlignmentGraph.of(set);
    assertThat(g.link(Link.contributes(o("x"), o("y"))).isRight()).isTrue();
    assertThat(g.link(Link.contributes(o("y"), o("x"))).getLeft().code()).isEqualTo("okr.alignment.cross-cycle");
  }

  @Test
  void anyCycleGoes() {
    AlignmentPolicy p = AlignmentPolicy.permissive();
    assertThat(link(p, Link.contributes(o("team"), o("team-q2"))).isRight()).isTrue();
    assertThat(link(p, Link.contributes(o("company"), o("company-q1"))).isRight()).isTrue();
  }

  @Test
  void theStrictPolicyBuildsAPlainTree() {
    AlignmentGraph g = AlignmentGraph.buildOrThrow(SET, AlignmentPolicy.strict().withCycles(CycleRule.ENCLOSING),
        List.of(Link.contributes(o("company-q1"), o("company")), Link.contributes(o("division"), o("company-q1")),
            Link.contributes(o("dept"), o("division")), Link.contributes(o("team"), o("dept")),
            Link.contributes(o("person"), k("team-kr"))));
    assertThat(g.lineOfSight(o("person"))).containsExactly(List.of(o("person"), k("team-kr"), o("team"), o("dept"),
        o("division"), o("company-q1"), o("company")));
  }
}
