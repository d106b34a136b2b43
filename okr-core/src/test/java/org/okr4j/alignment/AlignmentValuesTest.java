package org.okr4j.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/** NodeRef, Link, NodeAnnotation, LinkKind and EdgeKind. */
class AlignmentValuesTest {

  @Test
  void nodeRefsHaveATextFormAndAnOrder() {
    NodeRef o = NodeRef.objective("o-1");
    NodeRef k = NodeRef.keyResult("kr-1");
    assertThat(o).hasToString("objective:o-1").isEqualTo(NodeRef.objective(ObjectiveId.of("o-1")));
    assertThat(k).hasToString("key-result:kr-1").isEqualTo(NodeRef.keyResult(KeyResultId.of("kr-1")));
    assertThat(o.isObjective()).isTrue();
    assertThat(k.isObjective()).isFalse();
    assertThat(o.idText()).isEqualTo("o-1");
    assertThat(k.idText()).isEqualTo("kr-1");
    assertThat(NodeRef.objective("x")).isNotEqualTo(NodeRef.keyResult("x"));
    assertThat(o.compareTo(k)).isNegative();
    assertThat(k.compareTo(o)).isPositive();
    assertThat(NodeRef.objective("a").compareTo(NodeRef.objective("b"))).isNegative();
    assertThat(NodeRef.keyResult("b").compareTo(NodeRef.keyResult("a"))).isPositive();
    assertThat(o.compareTo(NodeRef.objective("o-1"))).isZero();
    // records never throw from their constructors: a null id shows as ?, and is refused where used
    assertThat(new NodeRef.OfObjective(null)).hasToString("objective:?");
    assertThat(new NodeRef.OfKeyResult(null)).hasToString("key-result:?");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NodeRef.OfKeyResult(null).idText())
        .isInstanceOf(org.okr4j.validation.OkrException.class).hasMessageContaining("okr.required at /id");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NodeRef.OfObjective(null).idText())
        .isInstanceOf(org.okr4j.validation.OkrException.class).hasMessageContaining("okr.required at /id");
  }

  @Test
  void nodeRefsParseTheirTextForm() {
    assertThat(NodeRef.parse("objective:o-1").get()).isEqualTo(NodeRef.objective("o-1"));
    assertThat(NodeRef.parse("key-result:a:b").get()).isEqualTo(NodeRef.keyResult("a:b"));
    assertThat(NodeRef.parse(null).getLeft()).isEqualTo(new OkrError.Required(OkrPath.root()));
    for (String bad : new String[] {"", "objective:", "objective: x", "key-result:-x", "kr:x", "x"}) {
      assertThat(NodeRef.parse(bad).getLeft()).isEqualTo(new OkrError.Malformed(OkrPath.root(), OkrError.Format.ID, bad));
    }
    assertThatThrownBy(() -> NodeRef.objective((ObjectiveId) null)).isInstanceOf(OkrException.class)
        .hasMessageContaining("okr.required at /id");
    assertThatThrownBy(() -> NodeRef.keyResult((KeyResultId) null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> NodeRef.objective("bad id")).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> NodeRef.keyResult("bad id")).isInstanceOf(OkrException.class);
  }

  @Test
  void linksHaveAKindAndAWeight() {
    NodeRef a = NodeRef.objective("a");
    NodeRef b = NodeRef.objective("b");
    Link c = Link.contributes(a, b);
    assertThat(c.child()).isEqualTo(a);
    assertThat(c.parent()).isEqualTo(b);
    assertThat(c.kind()).isEqualTo(LinkKind.CONTRIBUTES);
    assertThat(c.weight()).isEqualTo(BigDecimal.ONE);
    assertThat(c.isContributing()).isTrue();
    assertThat(c).hasToString("objective:a → objective:b (contributes 1)");
    Link w = Link.contributes(a, b, new BigDecimal("0.25"));
    assertThat(w.weight()).isEqualTo(new BigDecimal("0.25"));
    assertThat(w).isNotEqualTo(c);
    Link s = Link.supports(a, b);
    assertThat(s.kind()).isEqualTo(LinkKind.SUPPORTS);
    assertThat(s.weight()).isEqualTo(BigDecimal.ZERO);
    assertThat(s.isContributing()).isFalse();
    assertThat(s).hasToString("objective:a → objective:b (supports)");
    assertThat(Link.validate(a, b, LinkKind.SUPPORTS, BigDecimal.ZERO).get()).isEqualTo(s);
    assertThat(Link.validate(a, b, LinkKind.CONTRIBUTES, BigDecimal.ZERO).get().weight()).isZero();
    assertThat(Link.validate(a, b, LinkKind.CONTRIBUTES, null).get()).isEqualTo(c);
  }

  @Test
  void linksReportEveryProblem() {
    assertThat(Link.validate(null, null, null, new BigDecimal("-1")).getError()).containsExactly(
        new OkrError.Required(OkrPath.of("child")), new OkrError.Required(OkrPath.of("parent")),
        new OkrError.Required(OkrPath.of("kind")), new OkrError.OutOfRange(OkrPath.of("weight"), "-1", "≥ 0"));
    NodeRef a = NodeRef.objective("a");
    assertThat(Link.validate(a, a, LinkKind.SUPPORTS, new BigDecimal("0.5")).getError()).containsExactly(
        new OkrError.OutOfRange(OkrPath.of("weight"), "0.5", "0 for a supporting link"));
    assertThat(Link.validate(a, a, LinkKind.SUPPORTS, new BigDecimal("-2")).getError()).containsExactly(
        new OkrError.OutOfRange(OkrPath.of("weight"), "-2", "≥ 0"));
    assertThat(Link.validate(a, a, LinkKind.CONTRIBUTES, new BigDecimal("1E+40")).getError()).hasSize(1);
    assertThat(Link.validate(a, a, null, new BigDecimal("2")).getError()).containsExactly(
        new OkrError.Required(OkrPath.of("kind")));
    assertThatThrownBy(() -> Link.contributes(null, a)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Link.contributes(a, a, null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Link.supports(a, null)).isInstanceOf(OkrException.class);
  }

  @Test
  void annotationsAreCheckedValues() {
    NodeAnnotation a = NodeAnnotation.of("72%", "green");
    assertThat(a.labelSuffix()).isEqualTo("72%");
    assertThat(a.band()).contains("green");
    assertThat(NodeAnnotation.of("x").band()).isEmpty();
    assertThat(NodeAnnotation.validate("", null).get()).isEqualTo(NodeAnnotation.of(""));
    assertThat(NodeAnnotation.validate(null, "Green!").getError()).containsExactly(
        new OkrError.Required(OkrPath.of("labelSuffix")),
        new OkrError.Malformed(OkrPath.of("band"), OkrError.Format.NAME, "Green!"));
    assertThat(NodeAnnotation.validate("x".repeat(10_001), null).getError()).singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo("okr.too-long"));
    assertThatThrownBy(() -> NodeAnnotation.of("x", "BAD")).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> NodeAnnotation.of(null)).isInstanceOf(OkrException.class);
  }

  @Test
  void edgeKindsFollowLinkKinds() {
    assertThat(EdgeKind.of(LinkKind.CONTRIBUTES)).isEqualTo(EdgeKind.CONTRIBUTES);
    assertThat(EdgeKind.of(LinkKind.SUPPORTS)).isEqualTo(EdgeKind.SUPPORTS);
    assertThat(EdgeKind.values()).containsExactly(EdgeKind.KEY_RESULT_OF, EdgeKind.CONTRIBUTES, EdgeKind.SUPPORTS);
  }
}
