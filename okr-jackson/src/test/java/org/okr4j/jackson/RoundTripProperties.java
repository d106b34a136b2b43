package org.okr4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.quicktheories.core.Gen;

/**
 * The wire format's laws, for generated valid values: {@code read(write(x)).equals(x)}, writing
 * {@code read(write(x))} again gives the same bytes, and every written document conforms to the
 * shipped JSON Schema. Replay a failure with {@code -DQT_SEED=<seed>}.
 */
class RoundTripProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static final ObjectMapper STRINGS = new ObjectMapper().registerModule(new OkrModule().withDecimalsAsStrings());

  private static final ObjectMapper PRETTY = new ObjectMapper().registerModule(new OkrModule())
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void okrSetsRoundTripExactlyAndByteForByte() {
    qt().withExamples(EXAMPLES).forAll(WireGenerators.okrSets())
        .checkAssert(set -> roundTrip(WireSupport.MAPPER, set, OkrSet.class, true));
  }

  @Test
  void okrSetsRoundTripWithDecimalsAsStrings() {
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets())
        .checkAssert(set -> roundTrip(STRINGS, set, OkrSet.class, true));
  }

  @Test
  void okrSetsRoundTripWhenIndented() {
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets())
        .checkAssert(set -> roundTrip(PRETTY, set, OkrSet.class, false));
  }

  @Test
  void everyDocumentKindRoundTrips() {
    int n = Math.max(1, EXAMPLES / 10);
    check(n, WireGenerators.cycles(), Cycle.class);
    check(n, WireGenerators.objectives(), Objective.class);
    check(n, WireGenerators.keyResults(), KeyResult.class);
    check(n, WireGenerators.checkIns(), CheckIn.class);
  }

  /**
   * Scorecards are written, not read: for generated sets, scoring twice gives the same bytes, the
   * document conforms to the schema, and reading it is refused with {@code okr.json.read-unsupported}.
   */
  @Test
  void scorecardsOfGeneratedSetsAreWrittenStablyAndConform() {
    java.time.Instant asOf = java.time.Instant.parse("2026-02-15T00:00:00Z");
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets()).checkAssert(set -> {
      try {
        org.okr4j.scoring.ScoringPolicy policy = org.okr4j.scoring.ScoringPolicy.defaults();
        String json = WireSupport.MAPPER.writeValueAsString(org.okr4j.scoring.Scorer.evaluate(set, policy, asOf));
        assertThat(WireSupport.MAPPER.writeValueAsString(org.okr4j.scoring.Scorer.evaluate(set, policy, asOf)))
            .isEqualTo(json);
        WireSupport.assertSchemaValid(json);
        assertThat(WireSupport.codesAt(WireSupport.failure(json, org.okr4j.scoring.Scorecard.class)))
            .containsExactly("okr.json.read-unsupported at ");
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static <T> void check(int n, Gen<T> gen, Class<T> type) {
    qt().withExamples(n).forAll(gen).checkAssert(value -> roundTrip(WireSupport.MAPPER, value, type, true));
  }

  private static <T> void roundTrip(ObjectMapper mapper, T value, Class<T> type, boolean schema) {
    try {
      byte[] bytes = mapper.writeValueAsBytes(value);
      T back = mapper.readValue(bytes, type);
      assertThat(back).isEqualTo(value);
      byte[] again = mapper.writeValueAsBytes(back);
      assertThat(Arrays.equals(bytes, again)).as("byte-identical rewrite").isTrue();
      // A String is spelled with characters (a surrogate pair stays as it is), bytes with UTF-8
      // (Jackson escapes a surrogate pair as two \\u escapes): each is stable on its own.
      String text = mapper.writeValueAsString(value);
      assertThat(mapper.readValue(text, type)).isEqualTo(value);
      assertThat(mapper.writeValueAsString(mapper.readValue(text, type))).isEqualTo(text);
      if (schema) {
        WireSupport.assertSchemaValid(text);
      }
    } catch (java.io.IOException e) {
      throw new AssertionError("round trip failed for " + value, e);
    }
  }
}
