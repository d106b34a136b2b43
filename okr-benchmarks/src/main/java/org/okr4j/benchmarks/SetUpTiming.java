package org.okr4j.benchmarks;

import java.lang.management.ManagementFactory;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;

/**
 * Set-up time in CPU time, which other processes on a loaded machine barely disturb: for each
 * round, generating and loading the set ({@link SyntheticOrganisation#generate(SyntheticOrganisation.Parameters,
 * boolean)}), generating and building it with builders, building the graph and evaluating it, each
 * reported as the CPU time of the measuring thread, the CPU time of the whole process (which adds
 * the collector's and the compiler's threads), the wall time and the bytes allocated. Round 1 is a
 * cold start. Run with the serial collector so that collection work is counted in the process:
 * {@code java -XX:+UseSerialGC -Xms8g -Xmx8g -cp okr-benchmarks/target/benchmarks.jar
 * org.okr4j.benchmarks.SetUpTiming [keyResults [rounds [shape...]]]}.
 */
public final class SetUpTiming {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SetUpTiming() {}

  /**
   * Times the steps and prints one line per step and round.
   *
   * @param args optionally the number of key results (default 1,000,000), the rounds (default 3)
   *     and shapes (default deep and wide)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    java.util.List<String> shapes = args.length > 2 ? java.util.List.of(args).subList(2, args.length)
        : java.util.List.of("deep", "wide");
    for (String shape : shapes) {
      SyntheticOrganisation.Parameters p = SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.of(shape), n);
      for (int round = 1; round <= rounds; round++) {
        SyntheticOrganisation[] org = new SyntheticOrganisation[1];
        AlignmentGraph[] graph = new AlignmentGraph[1];
        step(shape, round, "build-set", () -> SyntheticOrganisation.generate(p, false));
        step(shape, round, "load-set", () -> org[0] = SyntheticOrganisation.generate(p, true));
        step(shape, round, "graph", () -> graph[0] = org[0].graph());
        step(shape, round, "evaluate", () -> GraphScorecard.evaluate(graph[0], ArrayBaseline.POLICY, SyntheticOrganisation.AS_OF));
      }
    }
  }

  private static void step(String shape, int round, String name, Runnable work) {
    System.gc();
    long thread = THREADS.getCurrentThreadCpuTime();
    long process = PROCESS.getProcessCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long wall = System.nanoTime();
    work.run();
    System.out.printf("setup shape=%s round=%d step=%s threadCpu=%d ms processCpu=%d ms wall=%d ms allocated=%d MB%n",
        shape, round, name, (THREADS.getCurrentThreadCpuTime() - thread) / 1_000_000,
        (PROCESS.getProcessCpuTime() - process) / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
        (THREADS.getCurrentThreadAllocatedBytes() - allocated) >> 20);
  }
}
