package org.okr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.scoring.Fixtures.d;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.okr4j.validation.OkrException;

/** Explanation trees and their text. */
class ExplanationTest {

  @Test
  void equationAndRender() {
    Explanation b = Explanation.input("baseline b", d("10"), "");
    Explanation c = Explanation.input("current c", d("11.5"), "check-in at 2026-01-31T00:00:00Z");
    Explanation root = Explanation.of("progress", Option.some(d("0.75")), "(11.5 − 10) / (12 − 10)", "linear", List.of(c, b));
    assertThat(root.equation()).isEqualTo("0.75 = (11.5 − 10) / (12 − 10)");
    assertThat(b.equation()).isEqualTo("10");
    assertThat(root.render()).isEqualTo(String.join("\n",
        "progress: 0.75 = (11.5 − 10) / (12 − 10)  [linear]",
        "  current c: 11.5  [check-in at 2026-01-31T00:00:00Z]",
        "  baseline b: 10"));
    assertThat(root.toString()).isEqualTo(root.render());
    assertThat(root.withLabel("x").label()).isEqualTo("x");
    assertThat(root.withLabel("x").inputs()).isEqualTo(root.inputs());
    Explanation none = Explanation.of("p", Option.none(), "", "", List.empty());
    assertThat(none.equation()).isEqualTo("not scored");
    assertThat(none.render()).isEqualTo("p: not scored");
  }

  @Test
  void numbersShownToFourDecimals() {
    assertThat(Fmt.num(d("0.683333333"))).isEqualTo("0.6833");
    assertThat(Fmt.num(d("0.68335"))).isEqualTo("0.6834");
    assertThat(Fmt.num(d("0.68345"))).isEqualTo("0.6834");
    assertThat(Fmt.num(d("2E+6"))).isEqualTo("2000000");
    assertThat(Fmt.num(d("1.2500"))).isEqualTo("1.25");
    assertThat(Fmt.num(d("-0.16666"))).isEqualTo("-0.1667");
    assertThat(Fmt.num(d("0.00001"))).isEqualTo("0");
    assertThat(Fmt.num(d("0.000"))).isEqualTo("0");
    assertThat(Fmt.num(d("12"))).isEqualTo("12");
  }

  @Test
  void missingArgumentsThrow() {
    assertThatThrownBy(() -> Explanation.of(null, Option.none(), "", "", List.empty())).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Explanation.of("a", null, "", "", List.empty())).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Explanation.of("a", Option.none(), null, "", List.empty())).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Explanation.of("a", Option.none(), "", null, List.empty())).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Explanation.of("a", Option.none(), "", "", null)).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Explanation.input("a", null, "")).isInstanceOf(OkrException.class);
    assertThatThrownBy(() -> Explanation.input("a", d("1"), "").withLabel(null)).isInstanceOf(OkrException.class);
  }
}
