package org.okr4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.okr4j.jackson.WireSupport.codesAt;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;

/**
 * Hostile documents stay bounded: each is rejected by the parser's
 * {@link StreamReadConstraints} or by the module's own limits, or read within them, and none
 * throws anything but a Jackson exception (no {@code StackOverflowError}, no
 * {@code OutOfMemoryError}). Documents are generated on the fly, never held in memory.
 */
class HostileInputTest {

  private static final String HEAD = "{\"format\":\"okr4j/1\",\"kind\":\"okr-set\",";
  private static final String CYCLE = "\"cycles\":[{\"id\":\"q1\",\"name\":\"Q1\",\"start\":\"2026-01-01\",\"end\":\"2026-04-01\"}]";
  private static final String OBJECTIVE = "{\"id\":\"o1\",\"title\":\"Grow\",\"owner\":{\"kind\":\"team\",\"id\":\"mkt\"},"
      + "\"cycle\":\"q1\",\"level\":{\"name\":\"team\",\"rank\":2},\"keyResults\":[";

  /** A mapper whose parser lets everything through, so that only the module bounds the input. */
  private static ObjectMapper unconstrained(OkrModule module) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
        .maxStringLength(Integer.MAX_VALUE).build()).build();
    return new ObjectMapper(factory).registerModule(module);
  }

  private static Throwable read(ObjectMapper mapper, GeneratedInput in) {
    Throwable t = catchThrowable(() -> mapper.readValue(in, OkrSet.class));
    assertThat(t).as("only Jackson exceptions").isInstanceOf(JacksonException.class);
    return t;
  }

  @Test
  void nestingOneHundredThousandDeepIsRejectedByTheParser() {
    GeneratedInput in = GeneratedInput.of(HEAD + "\"x\":", 2, k -> (k == 0 ? "[" : "]").repeat(100_000), "}");
    assertThat(read(WireSupport.MAPPER, in)).isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void nestingOneHundredThousandDeepIsSkippedWithoutRecursionWhenTheParserAllowsIt() {
    ObjectMapper mapper = unconstrained(new OkrModule());
    GeneratedInput unknown = GeneratedInput.of(HEAD + "\"x\":", 2, k -> (k == 0 ? "[" : "]").repeat(100_000), "}");
    assertThat(codesAt((OkrInputException) read(mapper, unknown))).containsExactly("okr.json.unknown-field at /x");
    GeneratedInput known = GeneratedInput.of(HEAD + "\"cycles\":[", 2,
        k -> (k == 0 ? "{\"a\":[" : "]}").repeat(100_000), "]}");
    assertThat(codesAt((OkrInputException) read(mapper, known))).containsExactly("okr.json.unknown-field at /cycles/0/a",
        "okr.required at /cycles/0/id", "okr.required at /cycles/0/name", "okr.required at /cycles/0/start",
        "okr.required at /cycles/0/end");
    GeneratedInput buffered = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
        + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"deep\":", 2, k -> (k == 0 ? "[" : "]").repeat(100_000),
        ",\"kind\":\"binary\"}}]}]}");
    read(mapper, buffered);
  }

  @Test
  void aMillionDigitNumberIsRejectedByTheParser() {
    GeneratedInput in = GeneratedInput.repeat(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
        + "{\"id\":\"k1\",\"title\":\"t\",\"weight\":", 1_000_000, '7', "}]}]}");
    assertThat(read(WireSupport.MAPPER, in)).isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void aMillionDigitNumberIsOutOfRangeWithoutBeingParsedWhenTheParserAllowsIt() {
    Instant start = Instant.now();
    GeneratedInput in = GeneratedInput.repeat(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
        + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"kind\":\"binary\"},\"weight\":", 1_000_000, '7', "}]}]}");
    OkrInputException e = (OkrInputException) read(unconstrained(new OkrModule()), in);
    assertThat(codesAt(e)).containsExactly("okr.out-of-range at /objectives/0/keyResults/0/weight");
    assertThat(e.getMessage()).contains("is 1000000 characters long");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aFiftyMegabyteStringIsRejectedByTheParser() {
    GeneratedInput in = GeneratedInput.repeat(HEAD + "\"cycles\":[{\"id\":\"q1\",\"name\":\"", 50_000_000, 'x',
        "\"}]}");
    assertThat(read(WireSupport.MAPPER, in)).isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void aFiftyMegabyteStringIsTooLongForTheCoreWhenTheParserAllowsIt() {
    GeneratedInput in = GeneratedInput.repeat(HEAD + "\"cycles\":[{\"id\":\"q1\",\"name\":\"", 50_000_000, 'x',
        "\",\"start\":\"2026-01-01\",\"end\":\"2026-04-01\"}]}");
    assertThat(codesAt((OkrInputException) read(unconstrained(new OkrModule()), in)))
        .containsExactly("okr.too-long at /cycles/0/name");
  }

  @Test
  void aMillionCheckInsInOneKeyResultAreCutAtTheModulesLimit() {
    Instant start = Instant.now();
    GeneratedInput in = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
            + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"kind\":\"binary\"},\"checkIns\":[", 1_000_000,
        k -> (k == 0 ? "" : ",") + "{\"instant\":\"2026-02-01T09:00:00Z\",\"data\":{\"kind\":\"completion\",\"done\":true}}",
        "]}]}]}");
    OkrInputException e = (OkrInputException) read(WireSupport.MAPPER, in);
    assertThat(codesAt(e)).containsExactly("okr.json.too-many at /objectives/0/keyResults/0/checkIns/1000");
    assertThat(e.getMessage()).contains("at most 1000 elements (raise the limit with OkrModule.withMaxArrayLength)");
    assertThat(in.produced()).isGreaterThan(70_000_000L);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aThousandCheckInsOfARecurringKeyResultAreReadInReasonableTime() throws Exception {
    Instant start = Instant.now();
    GeneratedInput in = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
            + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"kind\":\"recurring\",\"unit\":{\"kind\":\"count\"},"
            + "\"period\":\"week\",\"perPeriod\":3},\"checkIns\":[", Settings.DEFAULT_MAX_ARRAY_LENGTH,
        k -> (k == 0 ? "" : ",") + "{\"instant\":\"2026-02-01T09:00:" + String.format("%02d.%06dZ", k % 60, k)
            + "\",\"data\":{\"kind\":\"period\",\"period\":\"2026-02-01\",\"value\":" + k + "}}",
        "]}]}]}");
    OkrSet set = WireSupport.MAPPER.readValue(in, OkrSet.class);
    assertThat(set.keyResult(KeyResultId.of("k1")).get().checkIns()).hasSize(Settings.DEFAULT_MAX_ARRAY_LENGTH);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void theObjectivesLimitIsTheModulesToo() {
    GeneratedInput in = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[", 12,
        k -> (k == 0 ? "" : ",") + OBJECTIVE.replace("\"o1\"", "\"o" + k + "\"") + "]}", "]}");
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule().withMaxObjectives(10));
    assertThat(codesAt((OkrInputException) read(mapper, in))).containsExactly("okr.json.too-many at /objectives/10");
  }

  @Test
  void theDocumentLengthCanBeBoundedByTheHost() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(1_000_000).build()).build();
    ObjectMapper mapper = new ObjectMapper(factory).registerModule(new OkrModule());
    GeneratedInput in = GeneratedInput.repeat(HEAD + "\"cycles\":[],\"objectives\":[],\"pad\":\"", 2_000_000, ' ', "\"}");
    assertThat(read(mapper, in)).isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Document length");
  }
}
