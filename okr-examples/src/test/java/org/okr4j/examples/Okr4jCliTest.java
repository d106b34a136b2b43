package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.OkrSet;

/**
 * The CLI on every bundled sample ({@code okr-set} and {@code alignment-graph} documents) and on
 * malformed files: bad JSON, an unknown kind, a cycle in the alignment.
 */
class Okr4jCliTest {

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Okr4jCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String resource(String name) throws URISyntaxException {
    return Path.of(Okr4jCliTest.class.getResource(name).toURI()).toString();
  }

  @Test
  void samplesAreWhatOkrModuleWrites() throws Exception {
    for (Tuple2<String, OkrSet> s : Samples.ALL) {
      String bundled = Files.readString(Path.of(resource("/samples/" + s._1)), StandardCharsets.UTF_8);
      assertThat(bundled).as(s._1).isEqualTo(Samples.json(s._2));
      assertThat(JsonRoundTrip.read(bundled)).isEqualTo(s._2);
    }
  }

  @Test
  void alignmentSamplesAreWhatOkrModuleWrites() throws Exception {
    assertThat(Samples.GRAPHS).isNotEmpty();
    for (Tuple2<String, AlignmentGraph> g : Samples.GRAPHS) {
      String bundled = Files.readString(Path.of(resource("/samples/" + g._1)), StandardCharsets.UTF_8);
      assertThat(bundled).as(g._1).isEqualTo(Samples.json(g._2)).contains("\"kind\" : \"alignment-graph\"");
    }
  }

  @Test
  void readsAlignmentGraphDocuments() throws Exception {
    String aligned = resource("/samples/marketing-aligned.json");
    Result score = run("score", aligned, "--as-of", "2026-04-01");
    assertThat(score.code()).isZero();
    assertThat(score.err()).isEmpty();
    // The same OKRs as marketing.json: the key results' numbers are the report's.
    assertThat(score.out()).startsWith("okr4j scorecard of marketing-aligned.json as of 2026-04-01T00:00:00Z")
        .contains("0.8944  0.7833");
    // Mermaid draws the links read from the file, which the okr-set sample does not have.
    Result withLinks = run("score", aligned, "--as-of", "2026-04-01", "--format", "mermaid");
    Result withoutLinks = run("score", resource("/samples/marketing.json"), "--as-of", "2026-04-01", "--format", "mermaid");
    assertThat(withLinks.code()).isZero();
    assertThat(withLinks.out()).startsWith("flowchart BT\n").isNotEqualTo(withoutLinks.out())
        .isEqualTo(Samples.GRAPHS.get(0)._2.toMermaid());
    Result explain = run("explain", aligned, "kr-exposure", "--as-of", "2026-04-01");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).startsWith("key result kr-exposure");
  }

  @Test
  void aCycleInTheAlignmentIsMalformedInput() throws Exception {
    // Links 0 and 1: o-director → o-marketing → o-company; link 2 (o-company → o-director) closes the loop.
    for (String command : new String[] {"score", "lint"}) {
      Result cycle = run(command, resource("/malformed/alignment-cycle.json"));
      assertThat(cycle.code()).as(command).isEqualTo(2);
      assertThat(cycle.out()).isEmpty();
      assertThat(cycle.err()).startsWith("okr4j: ").contains("alignment-cycle.json is not a valid okr4j/1 document: ")
          .contains("okr.alignment.cycle at /links/2: ")
          .endsWith(". Nothing was scored; fix the document and run the command again.\n")
          .doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(cycle.err().strip().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void lintExitsWithOneOnAnErrorFinding(@TempDir Path dir) throws Exception {
    // okr.lint.cycle-outside-parent is of severity ERROR: the quarter "2026-q5" runs past its
    // parent year 2026 (2026-12-01 to 2027-02-01 against 2026-01-01 to 2027-01-01).
    OkrSet set = OkrSet.builder()
        .cycle(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
        .cycle(Cycle.of("2026-q5", "Q5", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1))
            .withParent(CycleId.of("2026")))
        .buildOrThrow();
    Path file = dir.resolve("late-quarter.json");
    Files.writeString(file, Samples.json(set), StandardCharsets.UTF_8);
    Result lint = run("lint", file.toString(), "--as-of", "2026-06-01");
    assertThat(lint.code()).isEqualTo(Okr4jCli.LINT_ERRORS).isEqualTo(1);
    assertThat(lint.out()).contains("ERROR okr.lint.cycle-outside-parent at /cycles/1: ");
    assertThat(lint.err()).isEmpty();
    // The help says so.
    assertThat(run("lint", "--help").out()).contains("Exit code 1 if at least one finding has severity ERROR");
    assertThat(run("--help").out()).contains("Exit codes:").contains("1   lint found at least one finding of severity ERROR");
  }

  @Test
  void scoresEverySample() throws Exception {
    for (Tuple2<String, OkrSet> s : Samples.ALL) {
      Result r = run("score", resource("/samples/" + s._1), "--as-of", "2026-07-01");
      assertThat(r.code()).as(s._1).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("okr4j scorecard of " + s._1 + " as of 2026-07-01T00:00:00Z (policy default)\n");
    }
    // marketing.json at the quarter's end gives the report's numbers
    Result m = run("score", resource("/samples/marketing.json"), "--as-of", "2026-04-01");
    assertThat(m.out()).contains("0.8944  0.7833").contains("1.3333  1.3333");
    // e-commerce under Quantive: 1.2 stays 1.2, the objective (1.2 + 0.6 + 0.4 + 1)/4 = 0.8
    Result q = run("score", resource("/samples/ecommerce.json"), "--as-of", "2026-07-01", "--policy", "quantive");
    assertThat(q.out()).contains("(policy quantive)");
    assertThat(q.out().lines().filter(l -> l.contains("Market share +10%  ")).findFirst().get())
        .matches(".*\\s1\\.2\\s+1\\.2\\s+1\\s+—\\s+achieved\\s+1\\.2 \\(final\\)");
    assertThat(q.out().lines().filter(l -> l.contains("department:ecommerce")).findFirst().get()).contains("0.8  0.8");
  }

  @Test
  void jsonAndMermaidFormats() throws Exception {
    Result j = run("score", resource("/samples/cross-team.json"), "--as-of", "2026-04-01", "--format", "json");
    assertThat(j.code()).isZero();
    // conversion (6.25 − 5)/(6 − 5) = 1.25
    assertThat(j.out()).contains("\"id\" : \"kr-conversion\",\n      \"raw\" : 1.25,")
        .contains("\"explanation\" : \"1.25 = (6.25 − 5) / (6 − 5)\"");
    Result m = run("score", resource("/samples/cross-team.json"), "--as-of", "2026-04-01", "--format", "mermaid");
    assertThat(m.out()).startsWith("flowchart BT\n");
  }

  @Test
  void lintAndExplain() throws Exception {
    Result l = run("lint", resource("/samples/marketing.json"), "--as-of", "2026-04-01");
    assertThat(l.code()).isZero();
    assertThat(l.out()).isEqualTo("WARNING okr.lint.too-few-key-results at /objectives/0/keyResults: has 0 key results;"
        + " 2 to 5 are recommended\n1 findings\n");
    Result e = run("explain", resource("/samples/ecommerce.json"), "kr-new-market-share", "--as-of", "2026-07-01");
    assertThat(e.code()).isZero();
    assertThat(e.out()).startsWith("key result kr-new-market-share (市场份额提高10% Market share +10%): "
        + "1.2 = (22.4 − 20) / (22 − 20)");
    Result missing = run("explain", resource("/samples/ecommerce.json"), "kr-nope");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("okr.dangling-reference").contains("kr-nope");
  }

  @Test
  void malformedInputGivesOneParagraphAndExitCodeTwo() throws Exception {
    Result bad = run("score", resource("/malformed/bad-json.json"));
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("is not well-formed JSON (okr.json.syntax at / at line 2, column 1)")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(bad.err().strip().lines().count()).isEqualTo(1);

    Result kind = run("lint", resource("/malformed/unknown-kind.json"));
    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains("is not a valid okr4j/1 document")
        .contains("okr.json.unknown-kind at /kind: is \"okr-sett\"").doesNotContain("\tat ");
    assertThat(kind.err().strip().lines().count()).isEqualTo(1);

    Result none = run("score", "/no/such/file.json");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("okr4j: cannot read /no/such/file.json (okr.io.unreadable at /)");

    Result policy = run("score", resource("/samples/marketing.json"), "--policy", "nope");
    assertThat(policy.code()).isEqualTo(2);
    assertThat(policy.err()).contains("okr.cli.unknown-policy");
    Result format = run("score", resource("/samples/marketing.json"), "--format", "xml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("okr.cli.unknown-format");
  }

  @Test
  void usage() {
    Result r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("score").contains("lint").contains("explain");
  }
}
