package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.CheckInData;
import org.okr4j.model.KeyResultId;
import org.okr4j.model.ObjectiveId;
import org.okr4j.model.OwnerRef;
import org.okr4j.scoring.KeyResultScore;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.validation.OkrError;

/**
 * The marketing OKRs stored as JSON in an in-memory H2 database. By hand: the analyst's proposals
 * KR is at 1/3; a check-in of 2 makes it 2/3, and the analyst's objective (1 + 2/3 + 2/3)/3 = 7/9 =
 * 0.7778 (it was (1 + 2/3 + 1/3)/3 = 0.6667).
 */
class EmbeddedStoreTest {

  private static final Instant AS_OF = MarketingDepartment.AS_OF;

  private static String four(BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void storesQueriesAppendsAndRescores() throws Exception {
    try (EmbeddedStore store = EmbeddedStore.create("jdbc:h2:mem:store-test-1", ScoringPolicy.defaults())) {
      store.save(MarketingDepartment.set());
      assertThat(store.load()).isEqualTo(MarketingDepartment.set().objectives()
          .sortBy(o -> o.id().value()).foldLeft(org.okr4j.model.OkrSet.builder().cycle(Seed.Q1),
              (b, o) -> b.objective(o)).buildOrThrow());
      assertThat(store.byOwner(OwnerRef.person("market-analyst")).map(o -> o.id().value())).containsExactly("o-analyst");
      assertThat(store.byOwner(OwnerRef.person("nobody"))).isEmpty();
      KeyResultId proposals = KeyResultId.of("kr-proposals");
      assertThat(four(store.scorecard(AS_OF).keyResult(proposals).get().progress().get())).isEqualTo("0.3333");

      Either<OkrError, KeyResultScore> after = store.appendCheckIn(proposals,
          CheckIn.of(Instant.parse("2026-03-30T09:00:00Z"), new CheckInData.Measurement(BigDecimal.valueOf(2))), AS_OF);
      assertThat(four(after.get().progress().get())).isEqualTo("0.6667");
      assertThat(four(store.scorecard(AS_OF).objective(ObjectiveId.of("o-analyst")).get().progress().get()))
          .isEqualTo("0.7778");
      // the incremental scorecard equals a full evaluation of what is stored
      assertThat(store.scorecard(AS_OF).objective(ObjectiveId.of("o-analyst")).get().progress())
          .isEqualTo(Scorer.evaluate(store.load(), ScoringPolicy.defaults(), AS_OF)
              .objective(ObjectiveId.of("o-analyst")).get().progress());
      assertThat(store.load().keyResult(proposals).get().checkIns()).hasSize(2);
      assertThat(store.appendedCheckIns()).isEqualTo(1);
    }
  }

  @Test
  void refusedCheckInsWriteNothing() throws Exception {
    try (EmbeddedStore store = EmbeddedStore.create("jdbc:h2:mem:store-test-2", ScoringPolicy.defaults())) {
      store.save(MarketingDepartment.set());
      Either<OkrError, KeyResultScore> unknown = store.appendCheckIn(KeyResultId.of("kr-nope"),
          CheckIn.of(AS_OF, new CheckInData.Measurement(BigDecimal.ONE)), AS_OF);
      assertThat(unknown.getLeft().code()).isEqualTo("okr.dangling-reference");
      // a completion does not fit a linear key result
      Either<OkrError, KeyResultScore> wrong = store.appendCheckIn(KeyResultId.of("kr-proposals"),
          CheckIn.of(AS_OF, new CheckInData.Completion(true)), AS_OF);
      assertThat(wrong.isLeft()).isTrue();
      assertThat(store.appendedCheckIns()).isZero();
      assertThat(store.load().keyResult(KeyResultId.of("kr-proposals")).get().checkIns()).hasSize(1);
    }
  }
}
