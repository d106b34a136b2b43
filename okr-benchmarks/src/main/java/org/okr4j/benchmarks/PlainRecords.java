package org.okr4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;

/**
 * The JSON baseline: the data of a linear {@link OkrSet} in plain Java records, written and read by
 * Jackson databind with no validation. The records hold what the okr4j document holds and nothing
 * more (a linear key result's unit is {@code number} and its target absolute, so neither is stored),
 * under the same field names, so that sizes compare structure rather than spelling. Two forms: with
 * {@link Instant} and {@link LocalDate} (Jackson's {@code JavaTimeModule}, ISO-8601 text, as a host
 * would model the data) and with the same times as {@code String}s (the strictest baseline: nothing
 * is parsed or formatted). Both write the same bytes.
 */
public final class PlainRecords {

  /** A check-in as a plain record. */
  public record CheckInRecord(Instant instant, BigDecimal value) {}

  /** A key result as a plain record. */
  public record KeyResultRecord(String id, String title, BigDecimal weight, BigDecimal baseline, BigDecimal target,
      List<CheckInRecord> checkIns) {}

  /** An owner as a plain record. */
  public record OwnerRecord(String kind, String id) {}

  /** A level as a plain record. */
  public record LevelRecord(String name, int rank) {}

  /** An objective as a plain record. */
  public record ObjectiveRecord(String id, String title, OwnerRecord owner, String cycle, LevelRecord level,
      List<KeyResultRecord> keyResults) {}

  /** A cycle as a plain record. */
  public record CycleRecord(String id, String name, LocalDate start, LocalDate end) {}

  /** A set as a plain record. */
  public record SetRecord(List<CycleRecord> cycles, List<ObjectiveRecord> objectives) {}

  /** A check-in with its instant as text. */
  public record CheckInText(String instant, BigDecimal value) {}

  /** A key result whose check-ins hold their instants as text. */
  public record KeyResultText(String id, String title, BigDecimal weight, BigDecimal baseline, BigDecimal target,
      List<CheckInText> checkIns) {}

  /** An objective whose key results hold their instants as text. */
  public record ObjectiveText(String id, String title, OwnerRecord owner, String cycle, LevelRecord level,
      List<KeyResultText> keyResults) {}

  /** A cycle with its dates as text. */
  public record CycleText(String id, String name, String start, String end) {}

  /** A set holding its times as text. */
  public record SetText(List<CycleText> cycles, List<ObjectiveText> objectives) {}

  private PlainRecords() {}

  /**
   * Returns Jackson's mapper for the records: {@code JavaTimeModule}, dates and instants as ISO-8601
   * text.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /**
   * Copies a set of linear key results into records.
   *
   * @param set the set; every metric linear with an absolute target, every check-in a measurement
   * @return the records
   */
  public static SetRecord of(OkrSet set) {
    List<ObjectiveRecord> objectives = new ArrayList<>();
    for (Objective o : set.objectives()) {
      List<KeyResultRecord> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        List<CheckInRecord> checkIns = new ArrayList<>();
        for (CheckIn c : kr.checkIns()) {
          checkIns.add(new CheckInRecord(c.instant(), ((CheckInData.Measurement) c.data()).value()));
        }
        LinearMetric m = (LinearMetric) kr.metric();
        krs.add(new KeyResultRecord(kr.id().value(), kr.title(), kr.weight(), m.baseline(), m.target().amount(),
            checkIns));
      }
      objectives.add(new ObjectiveRecord(o.id().value(), o.title(), new OwnerRecord(o.owner().kind().name(),
          o.owner().id()), o.cycle().value(), new LevelRecord(o.level().name(), o.level().rank()), krs));
    }
    List<CycleRecord> cycles = new ArrayList<>();
    for (Cycle c : set.cycles()) {
      cycles.add(new CycleRecord(c.id().value(), c.name(), c.start(), c.end()));
    }
    return new SetRecord(cycles, objectives);
  }

  /**
   * Copies records into their form with times as text.
   *
   * @param set the records
   * @return the same data, instants and dates as ISO-8601 text
   */
  public static SetText asText(SetRecord set) {
    List<ObjectiveText> objectives = new ArrayList<>();
    for (ObjectiveRecord o : set.objectives()) {
      List<KeyResultText> krs = new ArrayList<>();
      for (KeyResultRecord kr : o.keyResults()) {
        List<CheckInText> checkIns = new ArrayList<>();
        kr.checkIns().forEach(c -> checkIns.add(new CheckInText(c.instant().toString(), c.value())));
        krs.add(new KeyResultText(kr.id(), kr.title(), kr.weight(), kr.baseline(), kr.target(), checkIns));
      }
      objectives.add(new ObjectiveText(o.id(), o.title(), o.owner(), o.cycle(), o.level(), krs));
    }
    List<CycleText> cycles = new ArrayList<>();
    set.cycles().forEach(c -> cycles.add(new CycleText(c.id(), c.name(), c.start().toString(), c.end().toString())));
    return new SetText(cycles, objectives);
  }
}
