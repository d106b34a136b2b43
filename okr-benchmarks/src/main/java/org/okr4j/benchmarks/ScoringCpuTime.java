package org.okr4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * {@link ScoringBenchmark}'s and {@link GraphBenchmark}'s methods timed in CPU time, in interleaved
 * rounds, best of the rounds after two warm-up rounds, on one shape: a measurement that stays usable
 * on a machine whose other processes take the CPU away. Each method is timed in the measuring
 * thread's CPU time and in the process's (which adds the collector's and the compilers' work; run
 * with the serial collector so that collection is counted there and nowhere else). The incremental
 * methods are repeated {@value #REPEATS} times per round and reported per call. It prints each
 * method's best times and okr4j's ratio to each baseline.
 *
 * <p>Run: {@code java -XX:+UseSerialGC -Xms10g -Xmx10g -cp okr-benchmarks/target/benchmarks.jar
 * org.okr4j.benchmarks.ScoringCpuTime [deep|wide] [keyResults] [rounds]} (default wide, 1,000,000
 * key results, 7 rounds).
 */
public final class ScoringCpuTime {

  private static final int REPEATS = 10_000;
  private static final String[] NAMES = {"okr4jFull", "arraysFull", "okr4jIncremental", "arraysIncremental",
      "okr4jGraph", "jgraphtParentToChild", "jgraphtChildToParent"};

  private ScoringCpuTime() {}

  /**
   * Times the methods and prints the results.
   *
   * @param args optionally the shape, the number of key results and of rounds
   */
  public static void main(String[] args) {
    ScoringBenchmark.Organisation o = new ScoringBenchmark.Organisation();
    o.shape = args.length > 0 ? args[0] : "wide";
    o.keyResults = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    o.setUp();
    ScoringBenchmark scoring = new ScoringBenchmark();
    ScoringBenchmark.Scored scored = new ScoringBenchmark.Scored();
    scored.setUp(o);
    ScoringBenchmark.Baseline arrays = new ScoringBenchmark.Baseline();
    arrays.setUp(o);
    GraphBenchmark graph = new GraphBenchmark();
    graph.shape = o.shape;
    graph.keyResults = o.keyResults;
    graph.setUp();
    java.util.List<Supplier<Object>> methods = java.util.List.of(() -> scoring.okr4jFull(o),
        () -> scoring.arraysFull(arrays), () -> repeat(() -> scoring.okr4jIncremental(scored)),
        () -> repeat(() -> scoring.arraysIncremental(arrays)), graph::okr4j, graph::jgraphtParentToChild,
        graph::jgraphtChildToParent);
    double[] thread = new double[methods.size()];
    double[] process = new double[methods.size()];
    Arrays.fill(thread, Double.MAX_VALUE);
    Arrays.fill(process, Double.MAX_VALUE);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Object sink = null;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < methods.size(); i++) {
        System.gc();
        long t0 = threads.getCurrentThreadCpuTime();
        long p0 = os.getProcessCpuTime();
        sink = methods.get(i).get();
        long t1 = threads.getCurrentThreadCpuTime();
        long p1 = os.getProcessCpuTime();
        double per = i == 2 || i == 3 ? REPEATS : 1;
        if (round >= 2) {
          thread[i] = Math.min(thread[i], (t1 - t0) / 1e6 / per);
          process[i] = Math.min(process[i], (p1 - p0) / 1e6 / per);
        }
      }
    }
    System.out.printf("shape=%s keyResults=%d, best of %d rounds, thread / process CPU time (%s):%n", o.shape,
        o.keyResults, rounds - 2, sink == null ? "" : "ms; incremental per call");
    for (int i = 0; i < methods.size(); i++) {
      System.out.printf("  %-22s %12.4f / %12.4f%n", NAMES[i], thread[i], process[i]);
    }
    System.out.printf("full evaluation: okr4j / arrays = %.2f (thread), %.2f (process)%n", thread[0] / thread[1],
        process[0] / process[1]);
    System.out.printf("incremental: okr4j / arrays = %.2f (thread), %.2f (process)%n", thread[2] / thread[3],
        process[2] / process[3]);
    System.out.printf("graph: JGraphT parent -> child / okr4j = %.2f (thread), %.2f (process); child -> parent %.2f, %.2f%n",
        thread[5] / thread[4], process[5] / process[4], thread[6] / thread[4], process[6] / process[4]);
  }

  private static Object repeat(Supplier<Object> call) {
    Object last = null;
    for (int i = 0; i < REPEATS; i++) {
      last = call.get();
    }
    return last;
  }
}
