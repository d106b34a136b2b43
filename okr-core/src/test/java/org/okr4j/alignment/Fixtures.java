package org.okr4j.alignment;

import java.time.LocalDate;
import java.util.ArrayList;
import org.okr4j.model.BinaryMetric;
import org.okr4j.model.Cycle;
import org.okr4j.model.CycleId;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Level;
import org.okr4j.model.LinearMetric;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.model.OwnerRef;
import org.okr4j.model.Visibility;

/** Small builders for alignment tests. */
final class Fixtures {

  static final Cycle YEAR = Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  static final Cycle Q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))
      .withParent(CycleId.of("2026"));
  static final Cycle Q2 = Cycle.of("2026-q2", "Q2 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1))
      .withParent(CycleId.of("2026"));
  /** Inside 2026 by dates, but without a declared parent. */
  static final Cycle H1 = Cycle.of("2026-h1", "H1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));

  static final OwnerRef COMPANY = OwnerRef.company("acme");
  static final OwnerRef MARKETING = OwnerRef.department("marketing");
  static final OwnerRef CUSTOMER = OwnerRef.team("customer");

  private Fixtures() {}

  static KeyResult kr(String id) {
    return KeyResult.builder().id(id).title("KR " + id).metric(BinaryMetric.INSTANCE).buildOrThrow();
  }

  static Objective objective(String id, Level level, String cycle, OwnerRef owner, Visibility visibility,
      String... krs) {
    Objective.Builder b = Objective.builder().id(id).title("Objective " + id).owner(owner).cycle(cycle).level(level)
        .visibility(visibility);
    for (String k : krs) {
      b.keyResult(kr(k));
    }
    return b.buildOrThrow();
  }

  static Objective objective(String id, Level level, String... krs) {
    return objective(id, level, "2026-q1", COMPANY, Visibility.PUBLIC, krs);
  }

  static OkrSet set(Objective... objectives) {
    OkrSet.Builder b = OkrSet.builder().cycle(YEAR).cycle(Q1).cycle(Q2).cycle(H1);
    for (Objective o : objectives) {
      b.objective(o);
    }
    return b.buildOrThrow();
  }

  /** The seed's two-teams-one-goal case. */
  static final class Seed {
    static final Objective CONVERSION = Objective.builder().id("o-conversion").title("Conversion +20%")
        .owner(COMPANY).cycle("2026-q1").level(Level.COMPANY).buildOrThrow();
    static final Objective LEADS = Objective.builder().id("o-leads").title("Generate leads from online ads")
        .owner(MARKETING).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-leads").title("3000 leads from online ads")
            .metric(LinearMetric.count(3000)))
        .buildOrThrow();
    static final Objective CUSTOMERS = Objective.builder().id("o-customers").title("Convert more leads")
        .owner(CUSTOMER).cycle("2026-q1").level(Level.DEPARTMENT)
        .keyResult(KeyResult.builder().id("kr-rate").title("Lead conversion rate to 10%")
            .metric(BinaryMetric.INSTANCE))
        .buildOrThrow();
    static final OkrSet SET = set(CONVERSION, LEADS, CUSTOMERS);

    private Seed() {}
  }

  /** A chain o0 ← o1 ← … ← o(n-1), each objective one key result, linked objective to objective. */
  static OkrSet chainSet(int n) {
    ArrayList<Objective> os = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      os.add(objective("o" + i, Level.COMPANY, "k" + i));
    }
    return set(os.toArray(Objective[]::new));
  }
}
