package org.okr4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
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
 * Building the alignment graph with its acyclicity check: okr4j's {@link AlignmentGraph#build}
 * (ids resolved, every link judged against the policy, Kahn's algorithm over CSR adjacency) against
 * JGraphT's {@link DirectedAcyclicGraph}, which keeps a topological order and rejects a cycle on
 * every edge insertion, given the same vertices (every objective and key result, by their
 * {@code objective:ID} / {@code key-result:ID} text, objectives each followed by their key results)
 * and the same edges (each key result's edge to its objective, then the alignment links) in both
 * directions: parent → child, which agrees with the order vertices are added in, and child → parent,
 * which okr4j's edges follow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class GraphBenchmark {

  /** The shape: {@code deep} or {@code wide}. */
  @Param({"deep", "wide"})
  public String shape;

  /** Number of key results. */
  @Param({"1000000"})
  public int keyResults;

  private SyntheticOrganisation org;
  private List<Link> links;
  private List<String> vertices;
  private List<String[]> edges;

  /** Generates the organisation and both inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    org = SyntheticOrganisation.generate(
        SyntheticOrganisation.Parameters.of(SyntheticOrganisation.Shape.of(shape), keyResults));
    links = org.alignmentLinks();
    vertices = new ArrayList<>();
    edges = new ArrayList<>();
    for (Objective o : org.set().objectives()) {
      vertices.add("objective:" + o.id());
      for (KeyResult kr : o.keyResults()) {
        vertices.add("key-result:" + kr.id());
        edges.add(new String[] {"key-result:" + kr.id(), "objective:" + o.id()});
      }
    }
    for (Link l : links) {
      edges.add(new String[] {l.child().toString(), l.parent().toString()});
    }
  }

  /**
   * okr4j: build and validate the graph.
   *
   * @return the graph
   */
  @Benchmark
  public AlignmentGraph okr4j() {
    return AlignmentGraph.buildOrThrow(org.set(), AlignmentPolicy.defaults(), links);
  }

  /**
   * JGraphT, edges from parent to child.
   *
   * @return the graph
   */
  @Benchmark
  public DirectedAcyclicGraph<String, DefaultEdge> jgraphtParentToChild() {
    return jgrapht(true);
  }

  /**
   * JGraphT, edges from child to parent.
   *
   * @return the graph
   */
  @Benchmark
  public DirectedAcyclicGraph<String, DefaultEdge> jgraphtChildToParent() {
    return jgrapht(false);
  }

  private DirectedAcyclicGraph<String, DefaultEdge> jgrapht(boolean parentToChild) {
    DirectedAcyclicGraph<String, DefaultEdge> g = new DirectedAcyclicGraph<>(DefaultEdge.class);
    for (String v : vertices) {
      g.addVertex(v);
    }
    for (String[] e : edges) {
      if (parentToChild) {
        g.addEdge(e[1], e[0]);
      } else {
        g.addEdge(e[0], e[1]);
      }
    }
    return g;
  }
}
