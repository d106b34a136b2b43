package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.AlignmentError;
import org.okr4j.validation.Messages;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/** The okr.alignment.* errors: codes, paths, arguments and messages in both languages. */
class AlignmentErrorTest {

  static final OkrPath AT = OkrPath.of("links", "3");

  static final Seq<AlignmentError> ALL = List.of(
      new AlignmentError.MissingLink(AT),
      new AlignmentError.UnknownNode(AT.key("child"), "objective:x"),
      new AlignmentError.DuplicateLink(AT, "objective:a", "objective:b"),
      new AlignmentError.CyclicLink(AT, List.of("objective:a", "objective:b", "objective:a")),
      new AlignmentError.TooManyParents(AT, "objective:a", "objective:b"),
      new AlignmentError.LevelStep(AT, "team (2)", "company (0)", "NO_SKIPPING"),
      new AlignmentError.CrossCycle(AT, "2026-q2", "2026-q1", "ENCLOSING"));

  @Test
  void codesAreStable() {
    assertThat(ALL.map(OkrError::code)).containsExactly("okr.alignment.missing-link", "okr.alignment.unknown-node",
        "okr.alignment.duplicate-link", "okr.alignment.cycle", "okr.alignment.too-many-parents",
        "okr.alignment.level-step", "okr.alignment.cross-cycle");
  }

  @Test
  void everyCodeHasAnEnglishAndAChineseMessage() {
    for (AlignmentError e : ALL) {
      assertThat(Messages.codes(Locale.ENGLISH)).as(e.code()).contains(e.code());
      assertThat(Messages.codes(Locale.SIMPLIFIED_CHINESE)).as(e.code()).contains(e.code());
      assertThat(e.message(Locale.ENGLISH)).isNotEqualTo(e.code()).doesNotContain("{");
      assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(e.message(Locale.ENGLISH)).doesNotContain("{");
    }
  }

  @Test
  void messagesNameTheirArguments() {
    assertThat(ALL.map(Object::toString)).containsExactly(
        "okr.alignment.missing-link at /links/3: is missing: a link is required",
        "okr.alignment.unknown-node at /links/3/child: refers to objective:x, which is not an objective or key result of the set",
        "okr.alignment.duplicate-link at /links/3: repeats the link from objective:a to objective:b, which already exists",
        "okr.alignment.cycle at /links/3: would close a loop: objective:a → objective:b → objective:a",
        "okr.alignment.too-many-parents at /links/3: gives objective:a a second parent, but the policy allows one (it is already aligned to objective:b)",
        "okr.alignment.level-step at /links/3: aligns level team (2) to level company (0), which the level rule NO_SKIPPING forbids",
        "okr.alignment.cross-cycle at /links/3: aligns cycle 2026-q2 to cycle 2026-q1, which the cycle rule ENCLOSING forbids");
    assertThat(ALL.map(e -> e.message(Locale.SIMPLIFIED_CHINESE))).containsExactly(
        "缺失：必须提供对齐链接",
        "引用了 objective:x，它不是该集合中的目标或关键结果",
        "重复了从 objective:a 到 objective:b 的已有链接",
        "会形成循环：objective:a → objective:b → objective:a",
        "使 objective:a 有第二个上级，但策略只允许一个（它已对齐到 objective:b）",
        "从层级 team (2) 对齐到层级 company (0)，违反层级规则 NO_SKIPPING",
        "从周期 2026-q2 对齐到周期 2026-q1，违反周期规则 ENCLOSING");
  }

  @Test
  void pathsCanBeMovedAndReRooted() {
    OkrPath other = OkrPath.of("links", "9");
    for (AlignmentError e : ALL) {
      AlignmentError moved = e.withPath(other);
      assertThat(moved.path()).isEqualTo(other);
      assertThat(moved.code()).isEqualTo(e.code());
      assertThat(moved.arguments()).isEqualTo(e.arguments());
      AlignmentError under = e.under(OkrPath.of("alignment"));
      assertThat(under.path().toString()).startsWith("/alignment/links/3");
      assertThat(under.getClass()).isEqualTo(e.getClass());
    }
  }

  @Test
  void longLoopsAreShortenedInMessagesOnly() {
    Seq<String> loop = List.range(0, 30).map(i -> "objective:o" + i);
    AlignmentError e = new AlignmentError.CyclicLink(AT, loop);
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("would close a loop: objective:o0 → objective:o1 → objective:o2"
        + " → objective:o3 → objective:o4 → … (20 more) … → objective:o25 → objective:o26 → objective:o27"
        + " → objective:o28 → objective:o29");
    assertThat(((AlignmentError.CyclicLink) e).loop()).hasSize(30);
    Seq<String> twelve = List.range(0, 12).map(i -> "x" + i);
    assertThat(AlignmentError.showLoop(twelve)).isEqualTo(twelve.mkString(" → "));
    assertThat(AlignmentError.showLoop(List.range(0, 13).map(i -> "x" + i))).contains("(3 more)");
  }

  @Test
  void errorsArePlainCarriersOfTheirComponents() {
    // Records check nothing (OkrStyle): an error holds exactly what the code that found it passed.
    assertThat(new AlignmentError.MissingLink(AT).path()).isEqualTo(AT);
    assertThat(new AlignmentError.UnknownNode(AT, "objective:x").node()).isEqualTo("objective:x");
    assertThat(new AlignmentError.DuplicateLink(AT, "a", "b").parent()).isEqualTo("b");
    assertThat(new AlignmentError.TooManyParents(AT, "a", "b").existingParent()).isEqualTo("b");
    assertThat(new AlignmentError.LevelStep(AT, "a", "b", "c").code()).isEqualTo("okr.alignment.level-step");
    assertThat(new AlignmentError.CrossCycle(AT, "a", "b", "c").code()).isEqualTo("okr.alignment.cross-cycle");
  }
}
