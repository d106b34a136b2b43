package org.okr4j.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.jackson.OkrModule;

/**
 * JSON size per key result: okr4j's documents of an organisation ({@link OkrModule}), full and
 * compact ({@link OkrModule#withCompactDocuments()}), against Jackson databind on plain records of the
 * same data (the records {@link HeapFootprint} measures, instants as ISO-8601 text). Two documents:
 * the set alone ({@code okr-set}; records without links) and the whole organisation
 * ({@code alignment-graph}: set, policy and links; records with each objective's parent links).
 *
 * <p>Run: {@code java -cp okr-benchmarks/target/benchmarks.jar org.okr4j.benchmarks.JsonFootprint
 * [keyResults [shape...]]} (default 100,000 key results, shapes {@code deep} and {@code wide}).
 */
public final class JsonFootprint {

  /** A check-in as a plain record, its instant as text. */
  record PlainCheckIn(String at, BigDecimal value) {}

  /** A key result as a plain record. */
  record PlainKeyResult(String id, String title, BigDecimal weight, BigDecimal baseline, BigDecimal target,
      List<PlainCheckIn> checkIns) {}

  /** An objective as a plain record, with its parent links or none. */
  record PlainObjective(String id, String title, String owner, String cycle, String level, int rank,
      List<PlainKeyResult> keyResults, List<HeapFootprint.PlainLink> parents) {}

  /** The plain records' type, for Jackson to read them back. */
  static final TypeReference<List<PlainObjective>> PLAIN = new TypeReference<>() {};

  private JsonFootprint() {}

  /**
   * Measures and prints the sizes for each shape.
   *
   * @param args optionally the number of key results (default 100,000), then shapes (default deep and wide)
   * @throws IOException never, in practice
   */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<String> shapes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("deep", "wide");
    for (String shape : shapes) {
      Result r = measure(SyntheticOrganisation.Shape.of(shape), n);
      System.out.printf("json shape=%s keyResults=%d set: okr4j=%.1f B/KR compact=%.1f B/KR plain=%.1f B/KR"
              + " ratio=%.2f compact=%.2f; organisation: okr4j=%.1f B/KR compact=%.1f B/KR plain=%.1f B/KR"
              + " ratio=%.2f compact=%.2f%n",
          shape, n, r.okr4jSet() / n, r.compactSet() / n, r.plainSet() / n, r.okr4jSet() / r.plainSet(),
          r.compactSet() / r.plainSet(), r.okr4jGraph() / n, r.compactGraph() / n, r.plainGraph() / n,
          r.okr4jGraph() / r.plainGraph(), r.compactGraph() / r.plainGraph());
    }
  }

  /**
   * The measured sizes in bytes.
   *
   * @param okr4jSet okr4j's {@code okr-set} document
   * @param compactSet the same document written compact
   * @param plainSet plain records of the set's data
   * @param okr4jGraph okr4j's {@code alignment-graph} document
   * @param compactGraph the same document written compact
   * @param plainGraph plain records of the set's data and the links
   */
  public record Result(double okr4jSet, double compactSet, double plainSet, double okr4jGraph, double compactGraph,
      double plainGraph) {}

  /**
   * Generates an organisation of {@code n} linear key results and measures its JSON documents.
   *
   * @param shape the organisation's shape
   * @param n the number of key results
   * @return the sizes
   * @throws IOException never, in practice
   */
  public static Result measure(SyntheticOrganisation.Shape shape, int n) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());
    ObjectMapper compact = new ObjectMapper().registerModule(new OkrModule().withCompactDocuments());
    SyntheticOrganisation org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(shape, n).linear());
    AlignmentGraph graph = org.graph();
    List<PlainObjective> withLinks = plain(org, true);
    List<PlainObjective> withoutLinks = plain(org, false);
    return new Result(mapper.writeValueAsBytes(org.set()).length, compact.writeValueAsBytes(org.set()).length,
        mapper.writeValueAsBytes(withoutLinks).length, mapper.writeValueAsBytes(graph).length,
        compact.writeValueAsBytes(graph).length, mapper.writeValueAsBytes(withLinks).length);
  }

  /** The organisation as plain records with the instants as text, with each objective's parent links or none. */
  static List<PlainObjective> plain(SyntheticOrganisation org, boolean links) {
    List<PlainObjective> out = new ArrayList<>();
    for (HeapFootprint.PlainObjective o : HeapFootprint.plain(org)) {
      List<PlainKeyResult> krs = new ArrayList<>();
      for (HeapFootprint.PlainKeyResult kr : o.keyResults()) {
        List<PlainCheckIn> checkIns = new ArrayList<>();
        for (HeapFootprint.PlainCheckIn c : kr.checkIns()) {
          checkIns.add(new PlainCheckIn(c.at().toString(), c.value()));
        }
        krs.add(new PlainKeyResult(kr.id(), kr.title(), kr.weight(), kr.baseline(), kr.target(), checkIns));
      }
      out.add(new PlainObjective(o.id(), o.title(), o.owner(), o.cycle(), o.level(), o.rank(), krs,
          links ? o.parents() : List.of()));
    }
    return out;
  }
}
