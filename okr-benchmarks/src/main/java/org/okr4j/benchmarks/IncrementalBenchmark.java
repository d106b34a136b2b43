package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.AlignmentPolicy;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.alignment.Link;
import org.okr4j.alignment.NodeRef;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.ScoringPolicy;
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
 * Benchmark 2: one new check-in on a key result deep in the organisation, then its scores, its
 * objective and every objective it moves through the alignment graph re-scored
 * ({@link OkrSet#withCheckIn} + {@link GraphScorecard#rescore}), against evaluating the whole
 * changed organisation again ({@link GraphScorecard#evaluate}). Both sides start from the same
 * inputs and give equal scorecards, which the set-up checks before anything is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class IncrementalBenchmark {

  /** Number of key results. */
  @Param({"1000000"})
  public int keyResults;

  private final Instant asOf = Instant.parse("2026-03-01T00:00:00Z");
  private final ScoringPolicy policy = ScoringPolicy.defaults();
  private OkrSet before;
  private GraphScorecard card;
  private AlignmentGraph after;
  private KeyResultId changed;
  private CheckIn checkIn;

  /**
   * Generates the organisation, scores it, and prepares the changed one; fails if incremental and
   * full evaluation disagree.
   */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticOrganisation org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(keyResults));
    List<Link> links = new ArrayList<>();
    for (String[] l : org.links()) {
      links.add(Link.contributes(node(l[0]), node(l[1])));
    }
    before = org.set();
    AlignmentGraph graph = AlignmentGraph.buildOrThrow(before, AlignmentPolicy.defaults(), links);
    card = GraphScorecard.evaluate(graph, policy, asOf);
    // the last key result sits in a leaf objective at the deepest level
    changed = KeyResultId.of("k" + (keyResults - 1));
    checkIn = CheckIn.of(Instant.parse("2026-02-27T12:00:00Z"), new CheckInData.Measurement(new BigDecimal("777")));
    OkrSet changedSet = before.withCheckIn(changed, checkIn).get();
    after = AlignmentGraph.buildOrThrow(changedSet, AlignmentPolicy.defaults(), links);
    if (!incremental().equals(full())) {
      throw new IllegalStateException("incremental and full evaluation disagree");
    }
  }

  private static NodeRef node(String id) {
    return id.startsWith("o") ? NodeRef.objective(id) : NodeRef.keyResult(id);
  }

  /**
   * okr4j's incremental path: add the check-in, re-score what it moves.
   *
   * @return the new scorecard
   */
  @Benchmark
  public GraphScorecard incremental() {
    return card.rescore(before.withCheckIn(changed, checkIn).get(), changed).get();
  }

  /**
   * The baseline: evaluate the changed organisation from scratch.
   *
   * @return the new scorecard
   */
  @Benchmark
  public GraphScorecard full() {
    return GraphScorecard.evaluate(after, policy, asOf);
  }
}
