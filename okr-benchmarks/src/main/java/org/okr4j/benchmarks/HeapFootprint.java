package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap per key result: an organisation as okr4j holds it (the {@link OkrSet} with 4
 * check-ins per key result, and its {@link AlignmentGraph}) against the same data in plain Java
 * records (ids, titles, owners, cycle, level, weights, baselines, targets, check-ins and each
 * objective's parent links), measured with JOL's object-graph walk (no sampling, no timing). The
 * organisation is a {@link SyntheticOrganisation} of linear key results.
 *
 * <p>Run: {@code java -cp okr-benchmarks/target/benchmarks.jar org.okr4j.benchmarks.HeapFootprint
 * [keyResults [shape...]]} (default 100,000 key results, shapes {@code deep} and {@code wide}).
 */
public final class HeapFootprint {

  /** A check-in as a plain record. */
  record PlainCheckIn(Instant at, BigDecimal value) {}

  /** A key result as a plain record. */
  record PlainKeyResult(String id, String title, BigDecimal weight, BigDecimal baseline, BigDecimal target,
      List<PlainCheckIn> checkIns) {}

  /** An alignment link to a parent objective as a plain record. */
  record PlainLink(String parent, BigDecimal weight) {}

  /** An objective as a plain record. */
  record PlainObjective(String id, String title, String owner, String cycle, String level, int rank,
      List<PlainKeyResult> keyResults, List<PlainLink> parents) {}

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
   * @param args optionally the number of key results (default 100,000), then shapes (default deep and wide)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<String> shapes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("deep", "wide");
    for (String shape : shapes) {
      Result r = measure(SyntheticOrganisation.Shape.of(shape), n);
      System.out.printf("heap shape=%s keyResults=%d okr4j=%.1f B/KR plain=%.1f B/KR ratio=%.2f%n",
          shape, n, r.okr4jBytesPerKr(), r.plainBytesPerKr(), r.ratio());
    }
  }

  /**
   * The measured footprints.
   *
   * @param okr4jBytesPerKr retained bytes per key result in an {@link OkrSet} and its graph
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
   * Generates an organisation of {@code n} key results and measures its retained size in both forms.
   *
   * @param shape the organisation's shape
   * @param n the number of key results
   * @return the footprints
   */
  public static Result measure(SyntheticOrganisation.Shape shape, int n) {
    SyntheticOrganisation org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(shape, n).linear());
    AlignmentGraph graph = org.graph();
    List<PlainObjective> plain = plain(org);
    long okr4jBytes = GraphLayout.parseInstance(graph).totalSize();
    long plainBytes = GraphLayout.parseInstance(plain).totalSize();
    return new Result((double) okr4jBytes / n, (double) plainBytes / n);
  }

  /** The organisation as plain records, sharing no object with okr4j's values that okr4j does not share itself. */
  static List<PlainObjective> plain(SyntheticOrganisation org) {
    Map<String, List<PlainLink>> parents = new HashMap<>();
    for (SyntheticOrganisation.Edge e : org.links()) {
      parents.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(new PlainLink(e.parent(), e.weight()));
    }
    List<PlainObjective> out = new ArrayList<>();
    for (Objective o : org.set().objectives()) {
      List<PlainKeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        LinearMetric m = (LinearMetric) kr.metric();
        List<PlainCheckIn> checkIns = new ArrayList<>();
        for (CheckIn c : kr.checkIns()) {
          checkIns.add(new PlainCheckIn(c.instant(), ((CheckInData.Measurement) c.data()).value()));
        }
        krs.add(new PlainKeyResult(kr.id().value(), kr.title(), kr.weight(), m.baseline(), m.targetValue(),
            List.copyOf(checkIns)));
      }
      out.add(new PlainObjective(o.id().value(), o.title(), o.owner().id(), o.cycle().value(), o.level().name(),
          o.level().rank(), List.copyOf(krs), List.copyOf(parents.getOrDefault(o.id().value(), List.of()))));
    }
    return out;
  }
}
