package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okr4j.charts.SvgReader;

/** {@code okr4j report} on the bundled samples, and on bad options. */
class ReportCommandTest {

  private static Okr4jCliTest.Result run(String... args) {
    return Okr4jCliTest.run(args);
  }

  private static String sample(String name) throws Exception {
    return Okr4jCliTest.resource("/samples/" + name);
  }

  /** Parses every inline SVG of a page; returns how many there are. */
  private static int svgs(String html) {
    java.util.List<String> svgs = SvgReader.inline(html);
    svgs.forEach(SvgReader::parse);
    return svgs.size();
  }

  @Test
  void writesTheMarketingReportFromTheAlignedSample(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Okr4jCliTest.Result r = run("report", sample("marketing-aligned.json"), "--as-of", "2026-03-16", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("okr4j: wrote " + out + " (5 objectives as of 2026-03-16T00:00:00Z, ");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    // 5 objectives and 12 key results, each with a burn-up, and the alignment tree.
    assertThat(svgs(html)).isEqualTo(18);
    assertThat(html).contains("<title>okr4j report of marketing-aligned.json (policy default)</title>",
        "扩大市场份额 Grow market share", "<section id=\"lint\">").doesNotContainIgnoringCase("<script");
    // The same OKRs without their links: no alignment edges between objectives.
    Path plain = dir.resolve("plain.html");
    assertThat(run("report", sample("marketing.json"), "--as-of", "2026-03-16", "--policy", "google", "-o",
        plain.toString()).code()).isZero();
    String plainHtml = Files.readString(plain, StandardCharsets.UTF_8);
    assertThat(svgs(plainHtml)).isEqualTo(18);
    assertThat(plainHtml).doesNotContain("class=\"edge contributes\"", "class=\"edge supports\"");
  }

  @Test
  void aViewerSeesWhatTheyMaySee(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    Okr4jCliTest.Result r = run("report", sample("marketing-aligned.json"), "--as-of", "2026-03-16", "--viewer",
        "person:market-analyst", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("as person:market-analyst may see it");
  }

  @Test
  void badOptionsAreOneParagraphAndExitCode2(@TempDir Path dir) throws Exception {
    String file = sample("marketing-aligned.json");
    Okr4jCliTest.Result viewer = run("report", file, "--viewer", "market-analyst", "-o", dir.resolve("a.html").toString());
    assertThat(viewer.code()).isEqualTo(Okr4jCli.BAD_INPUT);
    assertThat(viewer.err()).isEqualTo("okr4j: market-analyst is not a viewer (okr.required at --viewer/kind); write "
        + "KIND:ID, such as person:market-analyst.\n");
    Okr4jCliTest.Result blank = run("report", file, "--viewer", "person:", "-o", dir.resolve("a.html").toString());
    assertThat(blank.code()).isEqualTo(Okr4jCli.BAD_INPUT);
    assertThat(blank.err()).startsWith("okr4j: person: is not a viewer (okr.");
    Okr4jCliTest.Result unwritable = run("report", file, "-o", dir.toString());
    assertThat(unwritable.code()).isEqualTo(Okr4jCli.BAD_INPUT);
    assertThat(unwritable.err()).startsWith("okr4j: cannot write " + dir + " (okr.io.unwritable at --output): ")
        .doesNotContain("\tat ");
    Okr4jCliTest.Result missing = run("report", file);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--output=FILE.html'");
    assertThat(Files.exists(dir.resolve("a.html"))).isFalse();
  }
}
