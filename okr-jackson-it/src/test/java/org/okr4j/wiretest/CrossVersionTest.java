package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorer;
import org.okr4j.validation.InputProblem;
import org.okr4j.wire.DocumentKind;
import org.quicktheories.core.Gen;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both Jackson modules on one class path, Jackson 2 at its supported minimum: for generated values of
 * every document kind they write the same document, character for character as a {@code String} and
 * byte for byte as UTF-8 (with Jackson 3's {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} off, so that both
 * escape characters outside the BMP alike), and for every bad document of the shared suite and every
 * fuzzing seed they accept the same input or refuse it with the same problems: codes, pointers,
 * messages, lines and columns.
 */
class CrossVersionTest {

  private static final int EXAMPLES = Math.max(1, Integer.getInteger("okr.qt.examples", 1000) / 10);

  private static final Instant AS_OF = Instant.parse("2026-02-15T00:00:00Z");

  private static final ObjectMapper JACKSON2 = new ObjectMapper().registerModule(new org.okr4j.jackson.OkrModule());

  private static final JsonMapper JACKSON3 = JsonMapper.builder().addModule(new org.okr4j.jackson3.OkrModule())
      .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private static final ObjectMapper COMPACT2 = new ObjectMapper().registerModule(
      new org.okr4j.jackson.OkrModule().withCompactDocuments().withBareCheckIns(true));

  private static final JsonMapper COMPACT3 = JsonMapper.builder().addModule(
      new org.okr4j.jackson3.OkrModule().withCompactDocuments().withBareCheckIns(true))
      .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private static void sameBytes(Object value) {
    sameBytes(JACKSON2, JACKSON3, value);
    sameBytes(COMPACT2, COMPACT3, value);
  }

  private static void sameBytes(ObjectMapper two, JsonMapper three, Object value) {
    try {
      assertThat(three.writeValueAsString(value)).isEqualTo(two.writeValueAsString(value));
      assertThat(three.writeValueAsBytes(value)).isEqualTo(two.writeValueAsBytes(value));
      assertThat(three.writerWithDefaultPrettyPrinter().writeValueAsString(value))
          .isEqualTo(two.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> void sameBytes(Gen<T> values) {
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(CrossVersionTest::sameBytes);
  }

  @Test
  void generatedValuesOfEveryKindAreWrittenByteForByteAlike() {
    List<Gen<?>> all = List.of(WireGenerators.okrSets(), WireGenerators.cycles(), WireGenerators.objectives(),
        WireGenerators.keyResults(), WireGenerators.checkIns(), PolicyGenerators.policies(), WireGenerators.graphs(),
        WireGenerators.okrSets().zip(PolicyGenerators.policies(), (set, policy) -> Scorer.evaluate(set, policy, AS_OF)),
        WireGenerators.graphs().zip(PolicyGenerators.policies(), WireGenerators.cascades(),
            (graph, policy, cascade) -> GraphScorecard.evaluate(graph, policy, AS_OF, cascade)));
    assertThat(all).hasSize(DocumentKind.values().length);
    all.forEach(CrossVersionTest::sameBytes);
  }

  /**
   * The results a host holds in its own classes, and the enums they hold, are written alike: the
   * scores and findings of generated sets, their explanations and forecasts, every error of a bad
   * document's reading as an {@code OkrError} and as an {@code InputProblem}.
   */
  @Test
  void resultsAreWrittenByteForByteAlike() throws IOException {
    qt().withExamples(EXAMPLES).forAll(WireGenerators.okrSets(), PolicyGenerators.policies()).checkAssert((set, policy) -> {
      org.okr4j.scoring.Scorecard card = Scorer.evaluate(set, policy, AS_OF);
      for (org.okr4j.scoring.ObjectiveScore o : card.objectives()) {
        sameBytes(o);
        sameBytes(o.explanation());
        sameBytes(List.of(o.status(), o.verdict(), o.forecast()));
        o.band().forEach(CrossVersionTest::sameBytes);
        o.keyResults().forEach(k -> {
          sameBytes(k);
          k.zone().forEach(CrossVersionTest::sameBytes);
        });
      }
      sameBytes(org.okr4j.lint.OkrLinter.withDefaults().lint(set, AS_OF).toJavaList());
    });
    for (String json : documents().toList()) {
      try {
        JACKSON2.readValue(json, OkrSet.class);
      } catch (org.okr4j.jackson.OkrInputException e) {
        sameBytes(e.problems());
        sameBytes(e.problems().stream().map(InputProblem::error).toList());
      } catch (IOException e) {
        // refused by the parser: nothing to compare
      }
    }
  }

  /** What a module made of a document: the value's rewrite, or the problems as text. */
  private static String outcome(Function<String, Object> read, Function<Object, String> write, String json) {
    try {
      return "value " + write.apply(read.apply(json));
    } catch (RethrownProblems e) {
      return problems(e.problems.problems(), e.problems.count());
    } catch (org.okr4j.jackson3.OkrInputException e) {
      return problems(e.problems(), e.count());
    } catch (RuntimeException e) {
      return "refused by the parser";
    }
  }

  private static String problems(List<InputProblem> problems, int count) {
    StringBuilder sb = new StringBuilder(count + " problems");
    for (InputProblem p : problems) {
      sb.append('\n').append(p).append(" / ").append(p.message(java.util.Locale.SIMPLIFIED_CHINESE))
          .append(" / ").append(p.line()).append(':').append(p.column());
    }
    return sb.toString();
  }

  static Stream<String> documents() throws IOException {
    Stream<String> bad = BadInputTest.cases().map(arguments -> (String) arguments.get()[1]);
    try (Stream<Path> seeds = Files.list(Path.of("../okr-wire/src/jackson-test/resources/org/okr4j/wiretest/"
        + "OkrReaderFuzzTestInputs/read"))) {
      List<String> corpus = seeds.sorted().map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      return Stream.concat(bad, corpus.stream());
    }
  }

  @Test
  void everyBadDocumentAndSeedIsAcceptedOrRefusedAlike() throws IOException {
    List<String> documents = documents().toList();
    assertThat(documents).hasSizeGreaterThan(50);
    for (DocumentKind kind : DocumentKind.values()) {
      for (String json : documents) {
        String two = outcome(j -> read2(j, kind.type()), CrossVersionTest::write2, json);
        String three = outcome(j -> JACKSON3.readValue(j, kind.type()), JACKSON3::writeValueAsString, json);
        assertThat(three).as("%s read as %s", json, kind).isEqualTo(two);
      }
    }
  }

  @Test
  void nullIsRefusedAlike() {
    String two = outcome(j -> read2(j, OkrSet.class), CrossVersionTest::write2, "null");
    assertThat(two).startsWith("1 problems\nokr.json.wrong-type at /");
    assertThat(outcome(j -> JACKSON3.readValue(j, OkrSet.class), JACKSON3::writeValueAsString, "null")).isEqualTo(two);
  }

  private static Object read2(String json, Class<?> type) {
    try {
      return JACKSON2.readValue(json, type);
    } catch (org.okr4j.jackson.OkrInputException e) {
      throw new RethrownProblems(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String write2(Object value) {
    try {
      return JACKSON2.writeValueAsString(value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Carries Jackson 2's checked problems through a function. */
  private static final class RethrownProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient org.okr4j.jackson.OkrInputException problems;

    RethrownProblems(org.okr4j.jackson.OkrInputException problems) {
      super(problems);
      this.problems = problems;
    }
  }
}
