package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.alignment.GraphScorecard;

/**
 * The fixtures in {@code src/test/resources/org/okr4j/jackson/fixtures}: each conforms to the JSON
 * Schema, reads back to its Java value, and is exactly what the writer produces (indented with
 * Jackson's default pretty printer). A {@code scorecard} fixture holds its set and alignment and
 * reads back as a {@link GraphScorecard} (scored again and compared with its scores). Files under {@code lenient/} are hand-written in forms the
 * reader accepts but never writes (kind not first, decimals as strings, other spacing).
 *
 * <p>After an intended format change, regenerate the canonical files with
 * {@code ./mvnw -pl okr-jackson -am test -Dtest=FixturesTest -Dsurefire.failIfNoSpecifiedTests=false -Dokr.fixtures.update=true} and review the diff.
 */
class FixturesTest {

  static final Path DIR = Path.of("../okr-wire/src/jackson-test/resources/org/okr4j/wiretest/fixtures");

  static final Map<String, Object> CANONICAL = Map.of(
      "marketing.okr-set.json", SeedOkrs.marketing(),
      "q1.cycle.json", SeedOkrs.Q1,
      "social.objective.json", SeedOkrs.social(),
      "cobrand.key-result.json", SeedOkrs.brand().keyResults().get(2),
      "talks.check-in.json", SeedOkrs.brand().keyResults().get(1).checkIns().get(0),
      "oslo.scoring-policy.json", org.okr4j.scoring.ScoringPolicy.oslo(),
      "phased.scoring-policy.json", PolicyGenerators.policy(new java.util.Random(20261127L)),
      "marketing.scorecard.json", ScorecardWireTest.marketingScores(),
      "marketing.alignment-graph.json", AlignmentGraphWireTest.graph(org.okr4j.alignment.AlignmentPolicy.permissive()));

  static Stream<String> canonical() {
    return CANONICAL.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("canonical")
  void canonicalFixtureIsWhatTheWriterWrites(String name) throws IOException {
    Object value = CANONICAL.get(name);
    String written = Json.DEFAULT.writePretty(value) + "\n";
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("okr.fixtures.update")) {
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    String fixture = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(fixture);
    assertThat(Json.DEFAULT.read(fixture, typeOf(fixture))).isEqualTo(value);
  }

  static Stream<Path> allFixtures() throws IOException {
    try (Stream<Path> files = Files.walk(DIR)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("allFixtures")
  void everyFixtureConformsToTheSchemaAndRoundTrips(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    WireSupport.assertSchemaValid(json);
    Class<?> type = typeOf(json);
    Object value = Json.DEFAULT.read(json, type);
    String written = Json.DEFAULT.write(value);
    WireSupport.assertSchemaValid(written);
    assertThat(Json.DEFAULT.read(written, type)).isEqualTo(value);
    assertThat(Json.DEFAULT.write(Json.DEFAULT.read(written, type))).isEqualTo(written);
  }

  @Test
  void thereAreLenientFixturesToo() throws IOException {
    List<Path> lenient = allFixtures().filter(p -> p.getParent().endsWith("lenient")).toList();
    assertThat(lenient).isNotEmpty();
  }

  @Test
  void lenientMarketingFixtureReadsAsTheSeed() throws IOException {
    String json = Files.readString(DIR.resolve("lenient/marketing-as-strings.okr-set.json"), StandardCharsets.UTF_8);
    assertThat(Json.DEFAULT.read(json, OkrSet.class)).isEqualTo(SeedOkrs.marketing());
  }

  @Test
  void theScorecardFixtureReadsAsAPlainScorecardToo() throws IOException {
    String json = Files.readString(DIR.resolve("marketing.scorecard.json"), StandardCharsets.UTF_8);
    assertThat(Json.DEFAULT.read(json, Scorecard.class))
        .isEqualTo(ScorecardWireTest.marketingScores().scorecard());
  }

  /** The model type named by a document's {@code kind}, found with a plain Jackson tree. */
  static Class<?> typeOf(String json) throws IOException {
    JsonNode kind = new ObjectMapper().readTree(json).get("kind");
    return switch (kind.asText()) {
      case "okr-set" -> OkrSet.class;
      case "cycle" -> Cycle.class;
      case "objective" -> Objective.class;
      case "key-result" -> KeyResult.class;
      case "scoring-policy" -> org.okr4j.scoring.ScoringPolicy.class;
      case "alignment-graph" -> org.okr4j.alignment.AlignmentGraph.class;
      case "scorecard" -> GraphScorecard.class;
      default -> CheckIn.class;
    };
  }
}
