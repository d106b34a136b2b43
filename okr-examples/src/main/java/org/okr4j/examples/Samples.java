package org.okr4j.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.OkrSet;

/**
 * The sample documents bundled under {@code samples/} for the CLI, written with {@link OkrModule}:
 * {@code marketing.json} ({@link MarketingDepartment#set()}), {@code ecommerce.json}
 * ({@link EcommerceMarketEntry#set()}) and {@code cross-team.json} ({@link CrossTeamFunnel#set()}),
 * all of kind {@code okr-set}; and {@code marketing-aligned.json} ({@link MarketingDepartment#graph()}),
 * of kind {@code alignment-graph}: the same marketing OKRs with their alignment links. Running {@link #main(String[])} rewrites them; a test checks they are up to date.
 */
public final class Samples {

  /** The samples: file name and the set it holds. */
  public static final List<Tuple2<String, OkrSet>> ALL = List.of(
      Tuple.of("marketing.json", MarketingDepartment.set()), Tuple.of("ecommerce.json", EcommerceMarketEntry.set()),
      Tuple.of("cross-team.json", CrossTeamFunnel.set()));

  /** The alignment-graph samples: file name and the graph it holds. */
  public static final List<Tuple2<String, AlignmentGraph>> GRAPHS = List.of(
      Tuple.of("marketing-aligned.json", MarketingDepartment.graph()));

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OkrModule());

  private Samples() {}

  /**
   * Returns the JSON of a set as written to a sample: indented, with a final newline.
   *
   * @param set the OKRs
   * @return the text
   * @throws JsonProcessingException if writing fails
   */
  public static String json(OkrSet set) throws JsonProcessingException {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(set) + "\n";
  }

  /**
   * Returns the JSON of an alignment graph as written to a sample: indented, with a final newline.
   *
   * @param graph the OKRs and their alignment
   * @return the text
   * @throws JsonProcessingException if writing fails
   */
  public static String json(AlignmentGraph graph) throws JsonProcessingException {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(graph) + "\n";
  }

  /**
   * Writes the samples into a directory.
   *
   * @param args the directory, {@code okr-examples/src/main/resources/samples} by default
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "okr-examples/src/main/resources/samples");
    Files.createDirectories(dir);
    for (Tuple2<String, OkrSet> s : ALL) {
      Files.writeString(dir.resolve(s._1), json(s._2), StandardCharsets.UTF_8);
    }
    for (Tuple2<String, AlignmentGraph> g : GRAPHS) {
      Files.writeString(dir.resolve(g._1), json(g._2), StandardCharsets.UTF_8);
    }
  }
}
