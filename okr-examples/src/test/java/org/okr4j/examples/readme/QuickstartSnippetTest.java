package org.okr4j.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Target;
import org.okr4j.model.Unit;
import org.okr4j.validation.OkrError;

/** The README's 30-second example, compiled and checked. */
class QuickstartSnippetTest {

  @Test
  void quickstart() {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // snippet: quickstart
      Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

      Objective influence = Objective.builder()
          .id("o-brand")
          .title("Raise brand influence in the target market")
          .owner(OwnerRef.person("marketing-director"))
          .cycle("2026-q1")
          .level(Level.DEPARTMENT)
          .keyResult(KeyResult.builder()
              .id("kr-exposure")
              .title("Brand exposure +50%")
              .metric(LinearMetric.validate(Unit.NUMBER, new BigDecimal("2000000"),
                  Target.relative(new BigDecimal("0.5")))))
          .keyResult(KeyResult.builder()
              .id("kr-talks")
              .title("5 talks or sponsorships at industry events")
              .metric(LinearMetric.count(5)))
          .buildOrThrow();

      Validation<Seq<OkrError>, OkrSet> set = OkrSet.builder().cycle(q1).objective(influence).build();

      // Bad input is never an exception: every problem comes back at once, with code and path.
      Validation<Seq<OkrError>, Objective> bad = Objective.builder()
          .id("o 1").title(" ").cycle("2026-q1").level(Level.TEAM).build();
      bad.getError().map(OkrError::toString).forEach(System.out::println);
      // okr.malformed.id at /id: is not a valid identifier: "o 1" (...)
      // okr.blank at /title: must not be blank
      // okr.required at /owner: is required
      // end snippet
      this.set = set;
    } finally {
      System.setOut(saved);
    }
    assertThat(this.set.isValid()).isTrue();
    assertThat(((LinearMetric) this.set.get().keyResult(org.okr4j.model.KeyResultId.of("kr-exposure")).get().metric())
        .targetValue()).isEqualByComparingTo("3000000");
    assertThat(captured.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "okr.malformed.id at /id: is not a valid identifier: \"o 1\" (use 1 to 64 letters, digits or . _ ~ : -,"
                + " starting with a letter or digit)",
            "okr.blank at /title: must not be blank",
            "okr.required at /owner: is required");
  }

  private Validation<Seq<OkrError>, OkrSet> set;
}
