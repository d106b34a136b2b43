package org.okr4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
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
 * Benchmark 4: writing and reading an OKR document with {@link OkrModule} (validating every value
 * on the way in) against Jackson databind on plain Java records of the same JSON shape (no
 * validation). Linear key results with 4 check-ins each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class JsonBenchmark {

  /** A document as plain records. */
  public record PSet(String format, String kind, List<PCycle> cycles, List<PObjective> objectives) {}

  /** A cycle as a plain record. */
  public record PCycle(String id, String name, String start, String end, String zone) {}

  /** An objective as a plain record. */
  public record PObjective(String id, String title, String description, PRef owner, String cycle, PLevel level,
      String type, PKind visibility, List<PKeyResult> keyResults, List<String> tags) {}

  /** An owner as a plain record. */
  public record PRef(String kind, String id) {}

  /** A level as a plain record. */
  public record PLevel(String name, int rank) {}

  /** A kind-only object as a plain record. */
  public record PKind(String kind) {}

  /** A key result as a plain record. */
  public record PKeyResult(String id, String title, BigDecimal weight, PMetric metric, List<PCheckIn> checkIns) {}

  /** A linear metric as a plain record. */
  public record PMetric(String kind, PKind unit, BigDecimal baseline, PTarget target) {}

  /** A target as a plain record. */
  public record PTarget(String kind, BigDecimal amount) {}

  /** A check-in as a plain record. */
  public record PCheckIn(String instant, PData data, String note) {}

  /** A measurement as a plain record. */
  public record PData(String kind, BigDecimal value) {}

  /** Number of key results. */
  @Param({"100000"})
  public int keyResults;

  private ObjectMapper mapper;
  private OkrSet set;
  private PSet plain;
  private byte[] okr4jJson;
  private byte[] plainJson;

  /**
   * Generates the document in both forms and serializes each once.
   *
   * @throws IOException never, in practice
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    mapper = new ObjectMapper().registerModule(new OkrModule());
    set = SyntheticOrganisation.generate(SyntheticOrganisation.Parameters.of(keyResults).linear()).set();
    plain = toPlain(set);
    okr4jJson = mapper.writeValueAsBytes(set);
    plainJson = mapper.writeValueAsBytes(plain);
  }

  static PSet toPlain(OkrSet set) {
    List<PCycle> cycles = new ArrayList<>();
    set.cycles().forEach(c -> cycles.add(new PCycle(c.id().value(), c.name(), c.start().toString(),
        c.end().toString(), c.zone().getId())));
    List<PObjective> objectives = new ArrayList<>();
    for (Objective o : set.objectives()) {
      List<PKeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        LinearMetric m = (LinearMetric) kr.metric();
        List<PCheckIn> checkIns = new ArrayList<>();
        for (CheckIn c : kr.checkIns()) {
          checkIns.add(new PCheckIn(c.instant().toString(),
              new PData("measurement", ((CheckInData.Measurement) c.data()).value()), c.note()));
        }
        krs.add(new PKeyResult(kr.id().value(), kr.title(), kr.weight(),
            new PMetric("linear", new PKind("number"), m.baseline(), new PTarget("absolute", m.target().amount())),
            checkIns));
      }
      objectives.add(new PObjective(o.id().value(), o.title(), o.description(),
          new PRef(o.owner().kind().name(), o.owner().id()), o.cycle().value(),
          new PLevel(o.level().name(), o.level().rank()), "committed", new PKind("public"), krs, List.of()));
    }
    return new PSet("okr4j/1", "okr-set", cycles, objectives);
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
   * Jackson databind writes the plain records.
   *
   * @return the JSON
   * @throws IOException never, in practice
   */
  @Benchmark
  public byte[] recordsWrite() throws IOException {
    return mapper.writeValueAsBytes(plain);
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
   * Jackson databind reads the plain records.
   *
   * @return the records
   * @throws IOException never, in practice
   */
  @Benchmark
  public PSet recordsRead() throws IOException {
    return mapper.readValue(plainJson, PSet.class);
  }
}
