package org.okr4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;

class IdsAndOwnersTest {

  @Test
  void idsAcceptTheDocumentedSyntax() {
    assertThat(ObjectiveId.of("o-1").value()).isEqualTo("o-1");
    assertThat(KeyResultId.of("A.b_c~d:e-9").toString()).isEqualTo("A.b_c~d:e-9");
    assertThat(CycleId.of("x".repeat(64)).value()).hasSize(64);
    assertThat(CycleId.parse("x".repeat(65)).getLeft().code()).isEqualTo("okr.malformed.id");
    assertThat(ObjectiveId.parse(null).getLeft()).isInstanceOf(OkrError.Required.class);
    for (String bad : new String[] {"", "-a", ".a", "a b", "a/b", "é", "a#"}) {
      assertThat(KeyResultId.parse(bad).isLeft()).as(bad).isTrue();
    }
    assertThatThrownBy(() -> KeyResultId.of("a b")).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> ObjectiveId.of("a b")).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> CycleId.of("a b")).isInstanceOf(OkrException.class);
  }

  @Test
  void idsCompareByText() {
    assertThat(ObjectiveId.of("a").compareTo(ObjectiveId.of("b"))).isNegative();
    assertThat(KeyResultId.of("b").compareTo(KeyResultId.of("a"))).isPositive();
    assertThat(CycleId.of("a").compareTo(CycleId.of("a"))).isZero();
    assertThat(CycleId.of("a")).isEqualTo(CycleId.of("a")).hasSameHashCodeAs(CycleId.of("a"));
    assertThat(ObjectiveId.of("a").toString()).isEqualTo("a");
    assertThat(CycleId.of("q").toString()).isEqualTo("q");
  }

  @Test
  void ownerKindsAreNameTokens() {
    assertThat(OwnerKind.of("squad").name()).isEqualTo("squad");
    assertThat(OwnerKind.of("person")).isEqualTo(OwnerKind.PERSON);
    assertThat(OwnerKind.parse("Squad").getLeft().code()).isEqualTo("okr.malformed.name");
    assertThat(OwnerKind.parse("9a").isLeft()).isTrue();
    assertThat(OwnerKind.parse("a_b").isLeft()).isTrue();
    assertThat(OwnerKind.parse("a-b9").isRight()).isTrue();
    assertThat(OwnerKind.parse("a".repeat(65)).isLeft()).isTrue();
    assertThat(OwnerKind.parse(null).getLeft().code()).isEqualTo("okr.required");
    assertThatThrownBy(() -> OwnerKind.of("")).isInstanceOf(OkrException.class);
    assertThat(OwnerKind.TEAM.compareTo(OwnerKind.PERSON)).isPositive();
    assertThat(OwnerKind.COMPANY.toString()).isEqualTo("company");
  }

  @Test
  void ownerRefs() {
    assertThat(OwnerRef.person("u1").toString()).isEqualTo("person:u1");
    assertThat(OwnerRef.team("t").kind()).isEqualTo(OwnerKind.TEAM);
    assertThat(OwnerRef.department("d").kind()).isEqualTo(OwnerKind.DEPARTMENT);
    assertThat(OwnerRef.company("c").kind()).isEqualTo(OwnerKind.COMPANY);
    assertThat(OwnerRef.of(OwnerKind.of("squad"), "s").id()).isEqualTo("s");
    assertThat(OwnerRef.validate(null, null).getError().map(OkrError::code)).containsExactly("okr.required", "okr.required");
    assertThat(OwnerRef.validate(OwnerKind.PERSON, "x".repeat(257)).getError().head().code()).isEqualTo("okr.too-long");
    assertThat(OwnerRef.validate(OwnerKind.PERSON, "x".repeat(256)).isValid()).isTrue();
    assertThatThrownBy(() -> OwnerRef.person(" ")).isInstanceOf(OkrException.class);
    assertThat(OwnerRef.person("a").compareTo(OwnerRef.person("b"))).isNegative();
    assertThat(OwnerRef.team("a").compareTo(OwnerRef.person("b"))).isPositive();
  }

  @Test
  void levelsAreRanked() {
    assertThat(Level.COMPANY.compareTo(Level.DEPARTMENT)).isNegative();
    assertThat(Level.INDIVIDUAL.rank()).isEqualTo(3);
    assertThat(Level.of("division", 1).compareTo(Level.DEPARTMENT)).isPositive();
    assertThat(Level.of("division", 1).compareTo(Level.TEAM)).isNegative();
    assertThat(Level.of("department", 1)).isEqualTo(Level.DEPARTMENT);
    assertThat(Level.validate("x", 100).getError().head().code()).isEqualTo("okr.out-of-range");
    assertThat(Level.validate("x", -1).isInvalid()).isTrue();
    assertThat(Level.validate("x", 0).isValid()).isTrue();
    assertThat(Level.validate("x", 99).isValid()).isTrue();
    assertThat(Level.TEAM.toString()).isEqualTo("team");
    assertThatThrownBy(() -> Level.of("X", 1)).isInstanceOf(OkrException.class);
  }

  @Test
  void visibility() {
    OwnerRef owner = OwnerRef.person("owner");
    OwnerRef boss = OwnerRef.person("boss");
    OwnerRef other = OwnerRef.person("other");
    assertThat(Visibility.PUBLIC.isVisibleTo(other, owner)).isTrue();
    assertThat(Visibility.PRIVATE.isVisibleTo(owner, owner)).isTrue();
    assertThat(Visibility.PRIVATE.isVisibleTo(other, owner)).isFalse();
    Visibility restricted = Visibility.restricted(boss);
    assertThat(restricted.isVisibleTo(boss, owner)).isTrue();
    assertThat(restricted.isVisibleTo(owner, owner)).isTrue();
    assertThat(restricted.isVisibleTo(other, owner)).isFalse();
    assertThat(Visibility.restrictedTo(java.util.Arrays.asList(boss, null)).getError().head().path().toString())
        .isEqualTo("/principals/1");
    // The record checks nothing; the objective that carries it reports the missing principals.
    assertThat(Objective.builder().id("o").title("t").owner(owner).cycle("c").level(Level.TEAM)
        .visibility(new Visibility.Restricted(null)).build().getError().map(e -> e.code() + " " + e.path()))
        .containsExactly("okr.required /visibility/principals");
    // ... and the record refuses them where it reads them, not before
    assertThat(new Visibility.Restricted(null).isVisibleTo(owner, owner)).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Visibility.Restricted(null).isVisibleTo(boss, owner))
        .hasMessageContaining("okr.required at /principals");
  }
}
