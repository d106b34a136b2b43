package org.okr4j.wiretest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;

/**
 * Fuzzes the reader with Jazzer. In the normal build it runs in regression mode on the seed corpus
 * in {@code src/test/resources/org/okr4j/jackson/OkrReaderFuzzTestInputs/read}; to fuzz for real
 * (docs/wire-format.md, "Fuzzing"):
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl okr-jackson test -Dtest=OkrReaderFuzzTest -Djacoco.skip=true -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>The oracle: reading any bytes as any document kind either gives a value or throws one of the
 * exceptions {@code ObjectMapper.readValue} declares ({@link IOException}: Jackson's
 * {@code StreamReadException}, {@code DatabindException} and their subclasses such as the
 * module's {@code MismatchedInputException}). Anything else (a {@code NullPointerException}, an
 * {@code ArithmeticException}, a {@code StackOverflowError}...) is a bug. A value that is read
 * must also survive a round trip: it reads back equal and rewrites to the same bytes.
 */
class OkrReaderFuzzTest {

  private static final Json MAPPER = Json.DEFAULT;

  /** Every document kind's type ({@code scorecard} is read as a Scorecard and as a GraphScorecard). */
  private static final List<Class<?>> KINDS = List.of(OkrSet.class, Cycle.class, Objective.class, KeyResult.class,
      CheckIn.class, org.okr4j.scoring.ScoringPolicy.class, org.okr4j.alignment.AlignmentGraph.class,
      org.okr4j.scoring.Scorecard.class, org.okr4j.alignment.GraphScorecard.class);

  @org.junit.jupiter.api.Test
  void everyDocumentKindIsFuzzed() {
    org.assertj.core.api.Assertions.assertThat(KINDS)
        .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(org.okr4j.wire.DocumentKind.values()).map(org.okr4j.wire.DocumentKind::type).toList());
  }

  @FuzzTest(maxDuration = "30s")
  void read(byte[] input) throws Exception {
    for (Class<?> kind : KINDS) {
      Object value;
      try {
        value = MAPPER.read(input, kind);
      } catch (Exception e) {
        if (Json.isJackson(e)) {
          continue;
        }
        throw e;
      }
      if (value == null) {
        continue; // the JSON literal null
      }
      byte[] written = MAPPER.writeBytes(value);
      if (value instanceof org.okr4j.scoring.Scorecard card && card.set().isEmpty()) {
        // A Scorecard read through an alignment is the graph's, assembled without its set, so its
        // document cannot be read back; the same input read as a GraphScorecard is checked by the
        // next kind.
        continue;
      }
      Object back = MAPPER.read(written, kind);
      if (!back.equals(value)) {
        throw new AssertionError("read(write(x)) != x for " + new String(written, java.nio.charset.StandardCharsets.UTF_8));
      }
      if (!Arrays.equals(MAPPER.writeBytes(back), written)) {
        throw new AssertionError("rewrite differs for " + new String(written, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }
}
