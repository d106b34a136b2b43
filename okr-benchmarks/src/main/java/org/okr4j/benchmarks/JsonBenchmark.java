package org.okr4j.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.jackson.OkrModule;
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
 * JSON throughput: writing and reading an {@code okr-set} document with {@link OkrModule}
 * (validating every value on the way in), full and compact, against Jackson databind on plain Java
 * records holding the same data (no validation): {@link HeapFootprint}'s records, with
 * {@code Instant} fields (Jackson's {@code JavaTimeModule}, ISO-8601 text), and
 * {@link JsonFootprint}'s, which hold the same instants as strings (nothing parsed or formatted: the
 * strictest baseline). Both write the same bytes. The six-level organisation, linear key results
 * with 4 check-ins each. {@link JsonFootprint} measures the documents' sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class JsonBenchmark {

  /** Number of key results. */
  @Param({"100000"})
  public int keyResults;

  /** Jackson's type of the typed records, to read them back. */
  private static final TypeReference<List<HeapFootprint.PlainObjective>> TYPED = new TypeReference<>() {};

  private ObjectMapper mapper;
  private ObjectMapper compactMapper;
  private ObjectMapper records;
  private OkrSet set;
  private List<HeapFootprint.PlainObjective> plain;
  private List<JsonFootprint.PlainObjective> plainText;
  private byte[] okr4jJson;
  private byte[] compactJson;
  private byte[] plainJson;

  /**
   * Generates the organisation in every form and serializes each once.
   *
   * @throws IOException never, in practice
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    mapper = new ObjectMapper().registerModule(new OkrModule());
    compactMapper = new ObjectMapper().registerModule(new OkrModule().withCompactDocuments());
    records = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    SyntheticOrganisation org = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(keyResults).linear());
    set = org.set();
    plainText = JsonFootprint.plain(org, false);
    plain = typed(org);
    okr4jJson = mapper.writeValueAsBytes(set);
    compactJson = compactMapper.writeValueAsBytes(set);
    plainJson = records.writeValueAsBytes(plain);
  }

  /** {@link HeapFootprint}'s records of the set, without the links an {@code okr-set} document does not hold. */
  static List<HeapFootprint.PlainObjective> typed(SyntheticOrganisation org) {
    List<HeapFootprint.PlainObjective> out = new ArrayList<>();
    for (HeapFootprint.PlainObjective o : HeapFootprint.plain(org)) {
      out.add(new HeapFootprint.PlainObjective(o.id(), o.title(), o.owner(), o.cycle(), o.level(), o.rank(),
          o.keyResults(), List.of()));
    }
    return out;
  }

  /**
   * okr4j writes the document.
   *
   * @return the JSON
   * @throws IOException never, in practice
   */
  @Benchmark
  public byte[] okr4jWrite() throws IOException {
    return mapper.writeValueAsBytes(set);
  }

  /**
   * okr4j writes the compact document.
   *
   * @return the JSON
   * @throws IOException never, in practice
   */
  @Benchmark
  public byte[] okr4jCompactWrite() throws IOException {
    return compactMapper.writeValueAsBytes(set);
  }

  /**
   * Jackson databind writes the plain records (instants and dates formatted).
   *
   * @return the JSON
   * @throws IOException never, in practice
   */
  @Benchmark
  public byte[] recordsWrite() throws IOException {
    return records.writeValueAsBytes(plain);
  }

  /**
   * Jackson databind writes the plain records whose times are strings.
   *
   * @return the JSON
   * @throws IOException never, in practice
   */
  @Benchmark
  public byte[] textRecordsWrite() throws IOException {
    return records.writeValueAsBytes(plainText);
  }

  /**
   * okr4j reads and validates the document.
   *
   * @return the set
   * @throws IOException never, in practice
   */
  @Benchmark
  public OkrSet okr4jRead() throws IOException {
    return mapper.readValue(okr4jJson, OkrSet.class);
  }

  /**
   * okr4j reads and validates the compact document (with the default module: no option is needed).
   *
   * @return the set
   * @throws IOException never, in practice
   */
  @Benchmark
  public OkrSet okr4jCompactRead() throws IOException {
    return mapper.readValue(compactJson, OkrSet.class);
  }

  /**
   * Jackson databind reads the plain records (instants and dates parsed).
   *
   * @return the records
   * @throws IOException never, in practice
   */
  @Benchmark
  public List<HeapFootprint.PlainObjective> recordsRead() throws IOException {
    return records.readValue(plainJson, TYPED);
  }

  /**
   * Jackson databind reads the plain records whose times are strings.
   *
   * @return the records
   * @throws IOException never, in practice
   */
  @Benchmark
  public List<JsonFootprint.PlainObjective> textRecordsRead() throws IOException {
    return records.readValue(plainJson, JsonFootprint.PLAIN);
  }
}
