package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.wiretest.WireSupport.codesAt;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.wire.Settings;

/**
 * Hostile documents stay bounded: each is rejected by the parser's
 * {@code StreamReadConstraints} or by the module's own limits, or read within them, and none
 * throws anything but a Jackson exception (no {@code StackOverflowError}, no
 * {@code OutOfMemoryError}). Documents are generated on the fly, never held in memory.
 */
class HostileInputTest {

  private static final String HEAD = "{\"format\":\"okr4j/1\",\"kind\":\"okr-set\",";
  private static final String CYCLE = "\"cycles\":[{\"id\":\"q1\",\"name\":\"Q1\",\"start\":\"2026-01-01\",\"end\":\"2026-04-01\"}]";
  private static final String OBJECTIVE = "{\"id\":\"o1\",\"title\":\"Grow\",\"owner\":{\"kind\":\"team\",\"id\":\"mkt\"},"
      + "\"cycle\":\"q1\",\"level\":{\"name\":\"team\",\"rank\":2},\"keyResults\":[";

  /** Reads expecting a Jackson exception: the parser's, or the module's as data. */
  private static Failure read(Json mapper, GeneratedInput in) {
    Failure f = mapper.fail(in, OkrSet.class);
    assertThat(Json.isJackson(f.exception())).as("only Jackson exceptions: %s", f.exception()).isTrue();
    return f;
  }

  private static void assertConstraint(Failure f, String message) {
    assertThat(Json.isConstraint(f.exception())).as("%s", f.exception()).isTrue();
    assertThat(f.getMessage()).contains(message);
  }

  @Test
  void nestingOneHundredThousandDeepIsRejectedByTheParser() {
    GeneratedInput in = GeneratedInput.of(HEAD + "\"x\":", 2, k -> (k == 0 ? "[" : "]").repeat(100_000), "}");
    assertConstraint(read(WireSupport.MAPPER, in), "nesting depth");
  }

  @Test
  void nestingOneHundredThousandDeepIsSkippedWithoutRecursionWhenTheParserAllowsIt() {
    Json mapper = Json.unconstrained(Settings.DEFAULTS);
    GeneratedInput unknown = GeneratedInput.of(HEAD + "\"x\":", 2, k -> (k == 0 ? "[" : "]").repeat(100_000), "}");
    assertThat(codesAt(read(mapper, unknown))).containsExactly("okr.json.unknown-field at /x");
    GeneratedInput known = GeneratedInput.of(HEAD + "\"cycles\":[", 2,
        k -> (k == 0 ? "{\"a\":[" : "]}").repeat(100_000), "]}");
    assertThat(codesAt(read(mapper, known))).containsExactly("okr.json.unknown-field at /cycles/0/a",
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
    assertConstraint(read(WireSupport.MAPPER, in), "Number value length");
  }

  @Test
  void aMillionDigitNumberIsOutOfRangeWithoutBeingParsedWhenTheParserAllowsIt() {
    Instant start = Instant.now();
    GeneratedInput in = GeneratedInput.repeat(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
        + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"kind\":\"binary\"},\"weight\":", 1_000_000, '7', "}]}]}");
    Failure e = read(Json.unconstrained(Settings.DEFAULTS), in);
    assertThat(codesAt(e)).containsExactly("okr.out-of-range at /objectives/0/keyResults/0/weight");
    assertThat(e.getMessage()).contains("is 1000000 characters long");
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aStringLongerThanTheParserAllowsIsRejectedByTheParser() {
    // Jackson 2 allows 20,000,000 characters by default, Jackson 3 100,000,000.
    GeneratedInput in = GeneratedInput.repeat(HEAD + "\"cycles\":[{\"id\":\"q1\",\"name\":\"", Json.maxStringLength() + 1, 'x',
        "\"}]}");
    assertConstraint(read(WireSupport.MAPPER, in), "String value length");
  }

  @Test
  void aFiftyMegabyteStringIsTooLongForTheCoreWhenTheParserAllowsIt() {
    GeneratedInput in = GeneratedInput.repeat(HEAD + "\"cycles\":[{\"id\":\"q1\",\"name\":\"", 50_000_000, 'x',
        "\",\"start\":\"2026-01-01\",\"end\":\"2026-04-01\"}]}");
    assertThat(codesAt(read(Json.unconstrained(Settings.DEFAULTS), in)))
        .containsExactly("okr.too-long at /cycles/0/name");
  }

  @Test
  void aMillionCheckInsInOneKeyResultAreCutAtTheModulesLimit() {
    Instant start = Instant.now();
    GeneratedInput in = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
            + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"kind\":\"binary\"},\"checkIns\":[", 1_000_000,
        k -> (k == 0 ? "" : ",") + "{\"instant\":\"2026-02-01T09:00:00Z\",\"data\":{\"kind\":\"completion\",\"done\":true}}",
        "]}]}]}");
    Failure e = read(WireSupport.MAPPER, in);
    assertThat(codesAt(e)).containsExactly("okr.json.too-many at /objectives/0/keyResults/0/checkIns/1000");
    assertThat(e.getMessage()).contains("at most 1000 elements (raise the limit with OkrModule.withMaxCheckIns)");
    assertThat(in.produced()).isGreaterThan(70_000_000L);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aThousandCheckInsOfARecurringKeyResultAreReadInReasonableTime() throws Exception {
    Instant start = Instant.now();
    GeneratedInput in = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[" + OBJECTIVE
            + "{\"id\":\"k1\",\"title\":\"t\",\"metric\":{\"kind\":\"recurring\",\"unit\":{\"kind\":\"count\"},"
            + "\"period\":\"week\",\"perPeriod\":3},\"checkIns\":[", Settings.DEFAULT_MAX_CHECK_INS,
        k -> (k == 0 ? "" : ",") + "{\"instant\":\"2026-02-01T09:00:" + String.format("%02d.%06dZ", k % 60, k)
            + "\",\"data\":{\"kind\":\"period\",\"period\":\"2026-02-01\",\"value\":" + k + "}}",
        "]}]}]}");
    OkrSet set = Json.DEFAULT.read(in, OkrSet.class);
    assertThat(set.keyResult(KeyResultId.of("k1")).get().checkIns()).hasSize(Settings.DEFAULT_MAX_CHECK_INS);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void theObjectivesLimitIsTheModulesToo() {
    GeneratedInput in = GeneratedInput.of(HEAD + CYCLE + ",\"objectives\":[", 12,
        k -> (k == 0 ? "" : ",") + OBJECTIVE.replace("\"o1\"", "\"o" + k + "\"") + "]}", "]}");
    Json mapper = Json.of(Settings.DEFAULTS.withMaxObjectives(10));
    assertThat(codesAt(read(mapper, in))).containsExactly("okr.json.too-many at /objectives/10");
  }

  @Test
  void theDocumentLengthCanBeBoundedByTheHost() {
    Json mapper = Json.withMaxDocumentLength(1_000_000);
    GeneratedInput in = GeneratedInput.repeat(HEAD + "\"cycles\":[],\"objectives\":[],\"pad\":\"", 2_000_000, ' ', "\"}");
    assertConstraint(read(mapper, in), "Document length");
  }
}
