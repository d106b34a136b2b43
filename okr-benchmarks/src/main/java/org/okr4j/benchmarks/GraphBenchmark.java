package org.okr4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
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
 * Benchmark 3: building the alignment graph with cycle validation, okr4j's
 * {@link AlignmentGraph#build} against JGraphT's {@link DirectedAcyclicGraph} given the same
 * vertices (every objective and key result) and edges (alignment links, plus each key result's
 * membership edge to its objective), which rejects a cycle on every insertion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class GraphBenchmark {

  /** Number of key results. */
  @Param({"100000"})
  public int keyResults;

  private SyntheticOrganisation org;
  private List<Link> links;
  private List<String> vertices;
  private List<String[]> edges;

  /** Generates the organisation and both inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(keyResults));
    links = new ArrayList<>();
    for (String[] l : org.links()) {
      links.add(Link.contributes(node(l[0]), node(l[1])));
    }
    vertices = new ArrayList<>();
    edges = new ArrayList<>();
    for (Objective o : org.set().objectives()) {
      vertices.add("objective:" + o.id());
      for (KeyResult kr : o.keyResults()) {
        vertices.add("key-result:" + kr.id());
        edges.add(new String[] {"key-result:" + kr.id(), "objective:" + o.id()});
      }
    }
    for (String[] l : org.links()) {
      edges.add(new String[] {node(l[0]).toString(), node(l[1]).toString()});
    }
  }

  private static NodeRef node(String id) {
    return id.startsWith("o") ? NodeRef.objective(id) : NodeRef.keyResult(id);
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
   * JGraphT: the same vertices and edges in a DAG that checks for cycles on insertion.
   *
   * @return the graph
   */
  @Benchmark
  public DirectedAcyclicGraph<String, DefaultEdge> jgrapht() {
    DirectedAcyclicGraph<String, DefaultEdge> g = new DirectedAcyclicGraph<>(DefaultEdge.class);
    for (String v : vertices) {
      g.addVertex(v);
    }
    for (String[] e : edges) {
      g.addEdge(e[0], e[1]);
    }
    return g;
  }
}
