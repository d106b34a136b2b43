package org.okr4j.model;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/** Checks check-in data against a metric; see {@link Metric#validateData(CheckInData)}. */
final class DataChecks {

  private static final OkrPath VALUE = OkrPath.of("value");

  private DataChecks() {}

  static Seq<OkrError> check(Metric metric, CheckInData data) {
    if (data instanceof CheckInData.Measurement m && m.value() != null && Numbers.inDomain(m.value())
        && metric.dataKind().equals(data.kind())) {
      return List.empty(); // the common case, accepted without collecting problems
    }
    Problems problems = new Problems();
    if (!metric.dataKind().equals(data.kind())) {
      problems.add(new OkrError.CheckInMismatch(OkrPath.root(), metric.kind(), data.kind()));
      return problems.errors();
    }
    if (data instanceof CheckInData.Measurement m) {
      problems.number(m.value(), VALUE);
    } else if (data instanceof CheckInData.MilestonesDone d) {
      if (!problems.present(d.done(), OkrPath.of("done"))) {
        return problems.errors();
      }
      Set<String> known = HashSet.ofAll(((MilestoneMetric) metric).milestones().map(Milestone::id));
      for (String id : d.done()) {
        if (!known.contains(id)) {
          problems.add(new OkrError.UnknownMilestone(OkrPath.of("done"), id));
        }
      }
    } else if (data instanceof CheckInData.PeriodValue p) {
      problems.date(p.period(), OkrPath.of("period"));
      problems.nonNegative(p.value(), VALUE);
    } else if (data instanceof CheckInData.ItemValues items) {
      if (problems.present(items.items(), OkrPath.of("items"))) {
        checkItems(problems, items.items());
      }
    } else if (data instanceof CheckInData.ZoneReached z) {
      problems.present(z.zone(), OkrPath.of("zone"));
    }
    return problems.errors();
  }

  private static void checkItems(Problems problems, Seq<CheckInData.Item> items) {
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    int i = 0;
    for (CheckInData.Item item : items) {
      OkrPath at = OkrPath.of("items").index(i++);
      if (!problems.present(item, at)) {
        continue;
      }
      String key = problems.text(item.key(), at.key("key"));
      if (key != null && key.length() > OwnerRef.MAX_ID_LENGTH) {
        problems.add(new OkrError.TooLong(at.key("key"), OwnerRef.MAX_ID_LENGTH, key.length()));
      } else if (key != null && !seen.add(key)) {
        problems.add(new OkrError.DuplicateId(at.key("key"), key));
      }
      problems.nonNegative(item.numerator(), at.key("numerator"));
      BigDecimal den = item.denominator();
      problems.positive(den, at.key("denominator"));
    }
  }
}
