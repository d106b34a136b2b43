package org.okr4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.model.OkrSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Setting an organisation up, each step timed once per iteration (single shot, so the first
 * iteration is a cold start): generating and loading the set with {@link OkrSet#loader()},
 * generating and building it with one builder per objective and key result, building the
 * alignment graph, and evaluating it. Generating includes drawing the random values and creating
 * each metric and check-in, as a host reading rows would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class SetUpBenchmark {

  /** The shape: {@code deep} or {@code wide}. */
  @Param({"deep", "wide"})
  public String shape;

  /** Number of key results. */
  @Param({"1000000"})
  public int keyResults;

  private SyntheticOrganisation.Parameters parameters;
  private SyntheticOrganisation org;
  private AlignmentGraph graph;

  /** Generates the organisation and its graph, for the steps that start from them. */
  @Setup(Level.Trial)
  public void setUp() {
    parameters = SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.of(shape), keyResults);
    org = SyntheticOrganisation.generate(parameters);
    graph = org.graph();
  }

  /**
   * Generates the organisation and loads its set.
   *
   * @return the set
   */
  @Benchmark
  public OkrSet loadSet() {
    return SyntheticOrganisation.generate(parameters, true).set();
  }

  /**
   * Generates the organisation and builds its set with builders.
   *
   * @return the set
   */
  @Benchmark
  public OkrSet buildSet() {
    return SyntheticOrganisation.generate(parameters, false).set();
  }

  /**
   * Builds and checks the alignment graph.
   *
   * @return the graph
   */
  @Benchmark
  public AlignmentGraph buildGraph() {
    return org.graph();
  }

  /**
   * Builds the graph again before each iteration, so that {@link #evaluate} compiles its layout.
   */
  @Setup(Level.Iteration)
  public void freshGraph() {
    graph = AlignmentGraph.buildOrThrow(org.set(), graph.policy(), graph.links());
  }

  /**
   * Evaluates the organisation through a graph evaluated for the first time: the graph's set and
   * links compiled into a layout, then every node's progress computed from it.
   *
   * @return the scorecard
   */
  @Benchmark
  public GraphScorecard evaluate() {
    return GraphScorecard.evaluate(graph, ArrayBaseline.POLICY, SyntheticOrganisation.AS_OF);
  }
}
