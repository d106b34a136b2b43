package org.okr4j.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.OkrSet;

/**
 * The size of an {@code okr4j/1} document, full and compact, against Jackson's JSON of the same data
 * in plain records ({@link PlainRecords}), for the linear organisation of {@link JsonBenchmark}.
 * Sizes are exact, so one measurement suffices.
 *
 * <p>Run: {@code java -cp okr-benchmarks/target/benchmarks.jar org.okr4j.benchmarks.JsonSizes [keyResults]}.
 */
public final class JsonSizes {

  private JsonSizes() {}

  /**
   * The measured sizes, in UTF-8 bytes.
   *
   * @param full the okr4j document as written by default
   * @param compact the okr4j document written compact
   * @param plain the plain records' JSON
   */
  public record Result(long full, long compact, long plain) {
    /**
     * Returns the full document's size over the plain records'.
     *
     * @return the ratio
     */
    public double fullRatio() {
      return (double) full / plain;
    }

    /**
     * Returns the compact document's size over the plain records'.
     *
     * @return the ratio
     */
    public double compactRatio() {
      return (double) compact / plain;
    }
  }

  /**
   * Measures and prints the sizes for {@code keyResults} linear key results.
   *
   * @param args optionally the number of key results (default 1,000,000)
   * @throws JsonProcessingException never, in practice
   */
  public static void main(String[] args) throws JsonProcessingException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Result r = measure(SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(n).linear()).set());
    System.out.printf("keyResults=%d okr4j full=%d B compact=%d B plain records=%d B full/plain=%.2f "
        + "compact/plain=%.2f%n", n, r.full(), r.compact(), r.plain(), r.fullRatio(), r.compactRatio());
  }

  /**
   * Measures the sizes of one set's JSON.
   *
   * @param set a set of linear key results whose check-ins are measurements
   * @return the sizes
   * @throws JsonProcessingException never, in practice
   */
  public static Result measure(OkrSet set) throws JsonProcessingException {
    ObjectMapper okr4j = new ObjectMapper().registerModule(new OkrModule());
    ObjectMapper compact = new ObjectMapper().registerModule(new OkrModule().withCompactDocuments());
    return new Result(okr4j.writeValueAsBytes(set).length, compact.writeValueAsBytes(set).length,
        PlainRecords.mapper().writeValueAsBytes(PlainRecords.of(set)).length);
  }
}
