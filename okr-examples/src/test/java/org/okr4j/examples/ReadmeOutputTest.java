package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/examples.md shows exactly what the README's examples command prints. */
class ReadmeOutputTest {

  @Test
  void readmeShowsTheExamplesOutput() throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("okr-examples"))) {
      dir = dir.getParent();
    }
    String readme = Files.readString(dir.resolve("docs/examples.md"), StandardCharsets.UTF_8);
    String start = "```text\nokr4j — the seed's marketing department";
    int from = readme.indexOf(start);
    assertThat(from).isPositive();
    int body = from + "```text\n".length();
    String shown = readme.substring(body, readme.indexOf("```\n", body));
    assertThat(shown).isEqualTo(MarketingDepartment.report());
  }
}
