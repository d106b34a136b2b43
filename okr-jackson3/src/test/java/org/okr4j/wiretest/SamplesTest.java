package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.model.OkrSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every sample document of {@code okr-examples} ({@code src/main/resources/samples/}) read and written
 * by a real Jackson 3 mapper that found the module itself, as Spring Boot 4 builds its mapper: read
 * as its kind, written back to the same document (the samples are indented by Jackson's default
 * pretty printer), and read back equal.
 */
class SamplesTest {

  private static final Path SAMPLES = Path.of("../okr-examples/src/main/resources/samples");

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreSamplesOfBothKinds() throws IOException {
    assertThat(samples().map(p -> p.getFileName().toString()))
        .contains("marketing.json", "ecommerce.json", "cross-team.json", "marketing-aligned.json");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleReadsAndWritesBackTheSameDocument(Path sample) throws IOException {
    String json = Files.readString(sample, StandardCharsets.UTF_8);
    Class<?> type = json.contains("\"kind\" : \"alignment-graph\"") ? AlignmentGraph.class : OkrSet.class;
    Object value = MAPPER.readValue(json, type);
    String written = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    assertThat(written.strip()).isEqualTo(json.strip());
    assertThat(MAPPER.readValue(written, type)).isEqualTo(value);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type)).isEqualTo(value);
  }
}
