package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 5: retained heap per key result with 4 check-ins, okr4j's {@link OkrSet} against the
 * same data in plain Java records, measured with JOL's object-graph walk (no sampling, no timing).
 * Only linear key results are used so that both sides hold the same information.
 *
 * <p>Run: {@code java -cp okr-benchmarks/target/benchmarks.jar org.okr4j.benchmarks.HeapFootprint [keyResults]}.
 */
public final class HeapFootprint {

  /** A check-in as a plain record. */
  record PlainCheckIn(Instant at, BigDecimal value) {}

  /** A key result as a plain record. */
  record PlainKeyResult(String id, String title, BigDecimal weight, BigDecimal baseline, BigDecimal target,
      List<PlainCheckIn> checkIns) {}

  /** An objective as a plain record. */
  record PlainObjective(String id, String title, String owner, String cycle, List<PlainKeyResult> keyResults) {}

  static {
    // Records' field offsets are not available through Unsafe; JOL then needs its own offset probe.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private HeapFootprint() {}

  /**
   * Measures and prints bytes per key result for both representations and their ratio.
   *
   * @param args optionally the number of key results (default 100 000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Result r = measure(n);
    System.out.printf("keyResults=%d okr4j=%.1f B/KR plain=%.1f B/KR ratio=%.2f%n",
        n, r.okr4jBytesPerKr(), r.plainBytesPerKr(), r.ratio());
  }

  /**
   * The measured footprints.
   *
   * @param okr4jBytesPerKr retained bytes per key result in an {@link OkrSet}
   * @param plainBytesPerKr retained bytes per key result in plain records
   */
  public record Result(double okr4jBytesPerKr, double plainBytesPerKr) {
    /**
     * Returns okr4j's footprint over the plain one.
     *
     * @return the ratio
     */
    public double ratio() {
      return okr4jBytesPerKr / plainBytesPerKr;
    }
  }

  /**
   * Builds {@code n} linear key results with 4 check-ins each, 4 per objective, in both forms, and
   * measures their retained size.
   *
   * @param n the number of key results
   * @return the footprints
   */
  public static Result measure(int n) {
    OkrSet.Builder set = OkrSet.builder().cycle(SyntheticOrganisation.QUARTER);
    List<PlainObjective> plain = new ArrayList<>();
    long start = SyntheticOrganisation.QUARTER.startInstant().getEpochSecond();
    for (int o = 0; o * 4 < n; o++) {
      Objective.Builder ob = Objective.builder().id("o" + o).title("Objective " + o)
          .owner(org.okr4j.model.OwnerRef.team("team-" + o / 10)).cycle("2026-q1").level(org.okr4j.model.Level.TEAM);
      List<PlainKeyResult> plainKrs = new ArrayList<>();
      for (int k = o * 4; k < Math.min(n, o * 4 + 4); k++) {
        BigDecimal baseline = BigDecimal.valueOf(k % 100);
        BigDecimal target = baseline.add(BigDecimal.valueOf(100 + k % 7));
        KeyResult.Builder kb = KeyResult.builder().id("k" + k).title("Key result " + k)
            .metric(LinearMetric.of(org.okr4j.model.Unit.NUMBER, baseline, org.okr4j.model.Target.absolute(target)));
        List<PlainCheckIn> plainCheckIns = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
          Instant at = Instant.ofEpochSecond(start + 86_400L * (10 + 20 * c) + k);
          BigDecimal value = BigDecimal.valueOf((k * 31 + c * 17) % 250);
          kb.checkIn(CheckIn.of(at, new CheckInData.Measurement(value)));
          plainCheckIns.add(new PlainCheckIn(at, value));
        }
        ob.keyResult(kb);
        plainKrs.add(new PlainKeyResult("k" + k, "Key result " + k, BigDecimal.ONE, baseline, target,
            List.copyOf(plainCheckIns)));
      }
      set.objective(ob.buildOrThrow());
      plain.add(new PlainObjective("o" + o, "Objective " + o, "team-" + o / 10, "2026-q1", List.copyOf(plainKrs)));
    }
    OkrSet okrs = set.buildOrThrow();
    long okr4jBytes = GraphLayout.parseInstance(okrs).totalSize();
    long plainBytes = GraphLayout.parseInstance(plain).totalSize();
    return new Result((double) okr4jBytes / n, (double) plainBytes / n);
  }
}
