package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;

/**
 * No input reaches a stack trace: the document {@code null}, due dates outside 1900-01-01 to
 * 9999-12-31 and an as-of day the core refuses all end with exit code 2 and one paragraph naming
 * the error code and path.
 */
class Okr4jCliBadInputTest {

  record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Okr4jCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  private static void assertOneParagraph(Result r, String... expected) {
    assertThat(r.code()).isEqualTo(Okr4jCli.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("okr4j: ").contains(expected).doesNotContain("\tat ", "Exception in");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  /** A one-objective set whose key result is due on 2026-03-15, as {@code OkrModule} writes it. */
  private static String withDueDate() throws Exception {
    Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
    OkrSet set = OkrSet.builder().cycle(q1).objective(Objective.builder().id("o-1").title("Grow")
        .owner(OwnerRef.team("growth")).cycle("2026-q1").level(Level.TEAM)
        .keyResult(KeyResult.builder().id("kr-1").title("3 launches").metric(LinearMetric.count(3))
            .dueDate(LocalDate.of(2026, 3, 15)))
        .buildOrThrow()).buildOrThrow();
    String json = Samples.json(set);
    assertThat(json).contains("\"2026-03-15\"");
    return json;
  }

  @Test
  void theDocumentNullIsMalformedInput(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("null.json"), "null", StandardCharsets.UTF_8);
    for (String command : new String[] {"score", "lint"}) {
      assertOneParagraph(run(command, file.toString(), "--as-of", "2026-02-01"), "okr.json.wrong-type");
    }
    assertOneParagraph(run("explain", file.toString(), "kr-1"), "okr.json.wrong-type");
  }

  @Test
  void dueDatesOutsideTheDateDomainAreMalformedInput(@TempDir Path dir) throws Exception {
    String json = withDueDate();
    for (String far : new String[] {"+999999999-12-31", "0001-01-01", "+10000-01-01", "1899-12-31"}) {
      Path file = Files.writeString(dir.resolve("far.json"), json.replace("2026-03-15", far), StandardCharsets.UTF_8);
      assertOneParagraph(run("score", file.toString(), "--as-of", "2026-02-01"),
          "okr.out-of-range at /objectives/0/keyResults/0/dueDate", far);
    }
    Path ok = Files.writeString(dir.resolve("ok.json"), json.replace("2026-03-15", "9999-12-31"), StandardCharsets.UTF_8);
    assertThat(run("score", ok.toString(), "--as-of", "2026-02-01").code()).isZero();
  }

  @Test
  void anAsOfDayTheCoreRefusesIsBadInputNotAStackTrace(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("set.json"), withDueDate(), StandardCharsets.UTF_8);
    assertOneParagraph(run("lint", file.toString(), "--as-of", "0001-01-01"), "okr.out-of-range at /asOf");
  }
}
