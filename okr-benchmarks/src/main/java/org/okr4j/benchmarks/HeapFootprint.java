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
 * organisation is a {@link SyntheticOrganisation} of linear key results. Two baselines: plain records
 * of the same types okr4j holds ({@code BigDecimal} numbers, {@code Instant}s, lists), and lean
 * records of primitives ({@code double} numbers, epoch seconds and nanoseconds, arrays), which are
 * smaller but cannot hold every decimal exactly.
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

  /**
   * A check-in as a lean record: the instant as epoch seconds and nanoseconds, the value as a
   * {@code double}.
   */
  record LeanCheckIn(long epochSecond, int nano, double value) {}

  /** A key result as a lean record: numbers as {@code double}s, check-ins in an array. */
  record LeanKeyResult(String id, String title, double weight, double baseline, double target, LeanCheckIn[] checkIns) {}

  /** An alignment link to a parent objective as a lean record. */
  record LeanLink(String parent, double weight) {}

  /** An objective as a lean record: key results and links in arrays. */
  record LeanObjective(String id, String title, String owner, String cycle, String level, int rank,
      LeanKeyResult[] keyResults, LeanLink[] parents) {}

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
      System.out.printf("heap shape=%s keyResults=%d okr4j=%.1f B/KR plain=%.1f B/KR ratio=%.2f lean=%.1f B/KR ratio=%.2f%n",
          shape, n, r.okr4jBytesPerKr(), r.plainBytesPerKr(), r.ratio(), r.leanBytesPerKr(), r.leanRatio());
    }
  }

  /**
   * The measured footprints.
   *
   * @param okr4jBytesPerKr retained bytes per key result in an {@link OkrSet} and its graph
   * @param plainBytesPerKr retained bytes per key result in plain records of the same types
   *     ({@code BigDecimal}, {@code Instant}, lists)
   * @param leanBytesPerKr retained bytes per key result in lean records ({@code double}s, epoch
   *     seconds and nanoseconds, arrays): a lower bound, as a {@code double} cannot hold every
   *     decimal okr4j holds exactly
   */
  public record Result(double okr4jBytesPerKr, double plainBytesPerKr, double leanBytesPerKr) {

    /**
     * Returns okr4j's footprint over the lean one.
     *
     * @return the ratio
     */
    public double leanRatio() {
      return okr4jBytesPerKr / leanBytesPerKr;
    }

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
    List<LeanObjective> lean = lean(org);
    long okr4jBytes = GraphLayout.parseInstance(graph).totalSize();
    long plainBytes = GraphLayout.parseInstance(plain).totalSize();
    long leanBytes = GraphLayout.parseInstance(lean).totalSize();
    return new Result((double) okr4jBytes / n, (double) plainBytes / n, (double) leanBytes / n);
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

  /** The organisation as lean records; measured on their own, so the strings they share with okr4j's values count in full. */
  static List<LeanObjective> lean(SyntheticOrganisation org) {
    Map<String, List<LeanLink>> parents = new HashMap<>();
    for (SyntheticOrganisation.Edge e : org.links()) {
      parents.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(new LeanLink(e.parent(), e.weight().doubleValue()));
    }
    List<LeanObjective> out = new ArrayList<>();
    for (Objective o : org.set().objectives()) {
      LeanKeyResult[] krs = new LeanKeyResult[o.keyResults().size()];
      int k = 0;
      for (KeyResult kr : o.keyResults()) {
        LinearMetric m = (LinearMetric) kr.metric();
        LeanCheckIn[] checkIns = new LeanCheckIn[kr.checkIns().size()];
        int c = 0;
        for (CheckIn ci : kr.checkIns()) {
          checkIns[c++] = new LeanCheckIn(ci.instant().getEpochSecond(), ci.instant().getNano(),
              ((CheckInData.Measurement) ci.data()).value().doubleValue());
        }
        krs[k++] = new LeanKeyResult(kr.id().value(), kr.title(), kr.weight().doubleValue(), m.baseline().doubleValue(),
            m.targetValue().doubleValue(), checkIns);
      }
      out.add(new LeanObjective(o.id().value(), o.title(), o.owner().id(), o.cycle().value(), o.level().name(),
          o.level().rank(), krs, parents.getOrDefault(o.id().value(), List.of()).toArray(new LeanLink[0])));
    }
    return out;
  }
}
