package org.okr4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.okr4j.OkrGenerators;
import org.quicktheories.generators.Generate;

class OkrPathTest {

  @Test
  void rendersAsJsonPointer() {
    assertThat(OkrPath.root().toString()).isEmpty();
    assertThat(OkrPath.root().isRoot()).isTrue();
    OkrPath p = OkrPath.root().key("objectives").index(0).key("title");
    assertThat(p.toString()).isEqualTo("/objectives/0/title");
    assertThat(p.isRoot()).isFalse();
    assertThat(p.segments()).containsExactly("objectives", "0", "title");
    assertThat(OkrPath.of("a/b", "c~d").toString()).isEqualTo("/a~1b/c~0d");
    assertThat(OkrPath.of("a").resolve(OkrPath.of("b", "c"))).isEqualTo(OkrPath.of("a", "b", "c"));
    assertThat(OkrPath.root().resolve(OkrPath.of("b"))).isEqualTo(OkrPath.of("b"));
    assertThat(OkrPath.of("a").resolve(OkrPath.root())).isEqualTo(OkrPath.of("a"));
    assertThat(OkrPath.of("a")).isEqualTo(OkrPath.of("a")).hasSameHashCodeAs(OkrPath.of("a")).isNotEqualTo("a");
  }

  @Test
  void ordersIndexesNumericallyAndBeforeNames() {
    List<OkrPath> sorted = List.of(
            OkrPath.of("objectives", "10"), OkrPath.of("objectives", "2"), OkrPath.of("objectives", "2", "id"),
            OkrPath.of("cycles"), OkrPath.of("objectives", "x"), OkrPath.of("objectives", "1234567890"),
            OkrPath.root(), OkrPath.of("objectives", "02"), OkrPath.of("objectives", ""))
        .sorted();
    assertThat(sorted.map(OkrPath::toString)).containsExactly(
        "", "/cycles", "/objectives/2", "/objectives/2/id", "/objectives/02", "/objectives/10",
        "/objectives/", "/objectives/1234567890", "/objectives/x");
  }

  @Test
  void orderIsConsistentWithEquals() {
    qt().withExamples(OkrGenerators.examples())
        .forAll(Generate.range(0, 30), Generate.range(0, 30), Generate.booleans())
        .checkAssert((a, b, named) -> {
          OkrPath x = named ? OkrPath.of("k" + a) : OkrPath.root().index(a);
          OkrPath y = OkrPath.root().index(b);
          assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
          assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
          if (!named) {
            assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(Integer.compare(a, b)));
          }
        });
  }
}
