package org.okr4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * {@link JsonBenchmark}'s eight methods timed in the process's CPU time, in interleaved rounds, best
 * of the rounds after four warm-up rounds: a measurement that stays usable on a machine whose other
 * processes take the CPU away (wall-clock JMH scores there swing by more than the differences
 * measured). Run it with the serial collector, so that garbage collection is counted (in the
 * process's time) and no concurrent collector or other thread of this process runs beside the one
 * measured. It prints each method's best time and okr4j's throughput relative to each baseline.
 *
 * <p>Run: {@code java -XX:+UseSerialGC -Xms6g -Xmx6g -cp okr-benchmarks/target/benchmarks.jar
 * org.okr4j.benchmarks.JsonCpuTime [keyResults] [rounds]} (default 100,000 key results, 14 rounds).
 */
public final class JsonCpuTime {

  private static final String[] NAMES = {"okr4jWrite", "okr4jCompactWrite", "recordsWrite", "textRecordsWrite",
      "okr4jRead", "okr4jCompactRead", "recordsRead", "textRecordsRead"};

  private JsonCpuTime() {}

  /** One benchmark method. */
  @FunctionalInterface
  private interface Method {
    Object run() throws IOException;
  }

  /**
   * Times the methods and prints the results.
   *
   * @param args optionally the number of key results and of rounds
   * @throws IOException never, in practice
   */
  public static void main(String[] args) throws IOException {
    JsonBenchmark b = new JsonBenchmark();
    b.keyResults = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 14;
    b.setUp();
    Method[] methods = {b::okr4jWrite, b::okr4jCompactWrite, b::recordsWrite, b::textRecordsWrite, b::okr4jRead,
        b::okr4jCompactRead, b::recordsRead, b::textRecordsRead};
    double[] best = new double[methods.length];
    Arrays.fill(best, Double.MAX_VALUE);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < methods.length; i++) {
        long start = os.getProcessCpuTime();
        methods[i].run();
        long end = os.getProcessCpuTime();
        if (round >= 4) {
          best[i] = Math.min(best[i], (end - start) / 1e6);
        }
      }
    }
    System.out.printf("keyResults=%d, best of %d rounds, process CPU time:%n", b.keyResults, rounds - 4);
    for (int i = 0; i < methods.length; i++) {
      System.out.printf("  %-18s %9.1f ms%n", NAMES[i], best[i]);
    }
    System.out.printf("throughput against records (Instant, LocalDate): write %.2f full, %.2f compact; "
        + "read %.2f full, %.2f compact%n", best[2] / best[0], best[2] / best[1], best[6] / best[4], best[6] / best[5]);
    System.out.printf("throughput against records (times as text):      write %.2f full, %.2f compact; "
        + "read %.2f full, %.2f compact%n", best[3] / best[0], best[3] / best[1], best[7] / best[4], best[7] / best[5]);
  }
}
