package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.okr4j.model.KeyResult;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;

/**
 * The two places where the reader looks ahead stay within the format's limits: a 24 MB document whose
 * 12,000,000-element array comes before the {@code kind} of its polymorphic object, and one whose
 * 12,000,000-element array is a scorecard's {@code objectives} ahead of the set they score, are each
 * rejected with a documented code. The build runs this class on its own in a JVM with a 256 MB heap
 * ({@code -Xmx256m}, the Surefire execution {@code bounded-memory}), so an unbounded copy would run
 * out of memory; each test also has the 5-second budget the format promises for such input, measured
 * in the reading thread's CPU time (so that a machine loaded by other work does not fail it), with a
 * wall-clock guard against hangs.
 */
class BoundedMemoryIT {

  /** Elements per generated piece: 12,000,000 elements are 183 pieces of ",0" × 65,536 and a rest. */
  private static final int CHUNK = 65_536;

  private static final int ELEMENTS = 12_000_000;

  /** The budget for reading one such document, in CPU nanoseconds of the reading thread. */
  private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Failure failureWithinBudget(GeneratedInput in, Class<?> type) {
    long start = THREADS.getCurrentThreadCpuTime();
    Failure f = WireSupport.failure(Json.DEFAULT, in, type);
    long used = THREADS.getCurrentThreadCpuTime() - start;
    assertThat(used).as("CPU nanoseconds to refuse the document").isLessThan(BUDGET_NANOS);
    return f;
  }

  /** {@code count} elements "0" after {@code first}, as comma-separated text, generated on the fly. */
  private static GeneratedInput zeros(String head, String first, long count, String tail) {
    String chunk = ",0".repeat(CHUNK);
    long chunks = count / CHUNK;
    String rest = ",0".repeat((int) (count % CHUNK));
    return GeneratedInput.of(head + first, chunks + 1, k -> k < chunks ? chunk : rest, tail);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anArrayOfTwelveMillionElementsBeforeKindIsCutAtTheArrayLimit() {
    // A milestone metric whose kind comes last: 1,000 milestones (the default array limit), then zeros.
    StringBuilder milestones = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      milestones.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"title\":\"t\"}");
    }
    GeneratedInput in = zeros("{\"format\":\"okr4j/1\",\"kind\":\"key-result\",\"id\":\"k\",\"title\":\"t\","
        + "\"metric\":{\"milestones\":[", milestones.toString(), ELEMENTS - 1_000L, "],\"kind\":\"milestones\"}}");
    Failure f = failureWithinBudget(in, KeyResult.class);
    assertThat(f.codesAt()).containsExactly("okr.json.too-many at /metric/milestones/1000");
    assertThat(in.produced()).isGreaterThan(24_000_000L);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anArrayOfTwelveMillionElementsAsAScorecardsObjectivesIsCutAtTheLargestLimit() throws IOException {
    // The scores come first, so they are copied; the set, policy and asOf that score them follow.
    Scorecard card = Scorer.evaluate(SeedOkrs.marketing(), ScoringPolicy.defaults(),
        Instant.parse("2026-04-01T00:00:00Z"));
    String written = Json.DEFAULT.write(card);
    String fields = written.substring(written.indexOf("\"asOf\""), written.lastIndexOf(",\"objectives\""));
    GeneratedInput in = zeros("{\"format\":\"okr4j/1\",\"kind\":\"scorecard\",\"objectives\":[", "0",
        ELEMENTS - 1L, "]," + fields + "}");
    Failure f = failureWithinBudget(in, Scorecard.class);
    assertThat(f.codesAt()).containsExactly("okr.json.scorecard-mismatch at /objectives/0");
    assertThat(f.getMessage()).contains("is 0, but scoring the document's set under its policy at its asOf gives an object");
    assertThat(in.produced()).isGreaterThan(24_000_000L);
  }
}
