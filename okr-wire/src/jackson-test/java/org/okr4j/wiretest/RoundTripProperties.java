package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;
import org.okr4j.model.Objective;
import org.okr4j.model.OkrSet;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.alignment.GraphScorecard;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
import org.okr4j.wire.DocumentKind;
import org.quicktheories.core.Gen;

/**
 * The wire format's laws, for generated valid values: {@code read(write(x)).equals(x)}, writing
 * {@code read(write(x))} again gives the same bytes, and every written document conforms to the
 * shipped JSON Schema; the same for compact documents, which a reader with the default settings
 * reads to the same value, and for bare check-ins. Replay a failure with {@code -DQT_SEED=<seed>}.
 */
class RoundTripProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);

  private static final java.time.Instant AS_OF = java.time.Instant.parse("2026-02-15T00:00:00Z");

  private static final Json STRINGS = Json.of(org.okr4j.wire.Settings.DEFAULTS.withDecimalsAsStrings(true));

  private static final Json PRETTY = Json.pretty();

  private static final Json COMPACT = Json.of(org.okr4j.wire.Settings.DEFAULTS.withCompact(true));

  @Test
  void okrSetsRoundTripExactlyAndByteForByte() {
    qt().withExamples(EXAMPLES).forAll(WireGenerators.okrSets())
        .checkAssert(set -> roundTrip(WireSupport.MAPPER, set, OkrSet.class, true));
  }

  @Test
  void okrSetsRoundTripWithDecimalsAsStrings() {
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets())
        .checkAssert(set -> roundTrip(STRINGS, set, OkrSet.class, true));
  }

  @Test
  void okrSetsRoundTripWhenIndented() {
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets())
        .checkAssert(set -> roundTrip(PRETTY, set, OkrSet.class, false));
  }

  /**
   * A compact document reads back equal, with the compact mapper and with a default one, rewrites
   * to the same bytes, conforms to the schema, and is never longer than the full document.
   */
  @Test
  void compactOkrSetsRoundTripExactlyAndAnyReaderReadsThem() {
    qt().withExamples(EXAMPLES).forAll(WireGenerators.okrSets()).checkAssert(set -> {
      roundTrip(COMPACT, set, OkrSet.class, true);
      try {
        String compact = COMPACT.write(set);
        assertThat(WireSupport.MAPPER.read(compact, OkrSet.class)).isEqualTo(set);
        assertThat(compact.length()).isLessThanOrEqualTo(WireSupport.MAPPER.write(set).length());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void everyDocumentKindRoundTripsCompact() {
    int n = Math.max(1, EXAMPLES / 20);
    for (Object[] kind : new Object[][] {{WireGenerators.cycles(), Cycle.class},
        {WireGenerators.objectives(), Objective.class}, {WireGenerators.keyResults(), KeyResult.class},
        {WireGenerators.checkIns(), CheckIn.class}, {PolicyGenerators.policies(), ScoringPolicy.class},
        {WireGenerators.graphs(), AlignmentGraph.class}}) {
      checkWith(COMPACT, n, kind);
    }
    qt().withExamples(n).forAll(WireGenerators.graphs().zip(PolicyGenerators.policies(), WireGenerators.cascades(),
        (graph, policy, cascade) -> GraphScorecard.evaluate(graph, policy, AS_OF, cascade)))
        .checkAssert(card -> roundTrip(COMPACT, card, GraphScorecard.class, true));
  }

  /** A bare check-in reads back equal and rewrites to the same bytes; so does a compact one. */
  @Test
  void bareCheckInsRoundTrip() {
    Json bare = Json.of(org.okr4j.wire.Settings.DEFAULTS.withBareCheckIns(true));
    Json bareCompact = Json.of(org.okr4j.wire.Settings.DEFAULTS.withBareCheckIns(true).withCompact(true));
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.checkIns()).checkAssert(c -> {
      roundTrip(bare, c, CheckIn.class, false);
      roundTrip(bareCompact, c, CheckIn.class, false);
    });
  }

  @SuppressWarnings("unchecked")
  private static void checkWith(Json mapper, int n, Object[] kind) {
    qt().withExamples(n).forAll((Gen<Object>) kind[0])
        .checkAssert(value -> roundTrip(mapper, value, (Class<Object>) kind[1], true));
  }

  @Test
  void everyDocumentKindRoundTrips() {
    int n = Math.max(1, EXAMPLES / 10);
    check(n, WireGenerators.cycles(), Cycle.class);
    check(n, WireGenerators.objectives(), Objective.class);
    check(n, WireGenerators.keyResults(), KeyResult.class);
    check(n, WireGenerators.checkIns(), CheckIn.class);
  }

  /**
   * Scorecards rolled up through an alignment graph round-trip: for generated sets, each objective
   * contributing to the one before it, under generated policies, {@code read(write(x))} equals
   * {@code x}, rewrites to the same bytes, conforms to the schema, and read as a plain
   * {@link org.okr4j.scoring.Scorecard} gives {@code x.scorecard()}.
   */
  @Test
  void scorecardsOfGeneratedSetsRoundTrip() {
    java.time.Instant asOf = java.time.Instant.parse("2026-02-15T00:00:00Z");
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets(), PolicyGenerators.policies())
        .checkAssert((set, policy) -> {
          try {
            java.util.List<org.okr4j.alignment.Link> chain = new java.util.ArrayList<>();
            for (int i = 1; i < set.objectives().size(); i++) {
              chain.add(org.okr4j.alignment.Link.contributes(
                  new org.okr4j.alignment.NodeRef.OfObjective(set.objectives().get(i).id()),
                  new org.okr4j.alignment.NodeRef.OfObjective(set.objectives().get(i - 1).id()),
                  java.math.BigDecimal.ONE));
            }
            org.okr4j.alignment.GraphScorecard scores = org.okr4j.alignment.GraphScorecard.evaluate(
                org.okr4j.alignment.AlignmentGraph.buildOrThrow(set, org.okr4j.alignment.AlignmentPolicy.permissive(),
                    chain), policy, asOf);
            String json = Json.DEFAULT.write(scores);
            WireSupport.assertSchemaValid(json);
            org.okr4j.alignment.GraphScorecard back =
                Json.DEFAULT.read(json, org.okr4j.alignment.GraphScorecard.class);
            assertThat(back).isEqualTo(scores);
            assertThat(Json.DEFAULT.write(back)).isEqualTo(json);
            assertThat(Json.DEFAULT.read(json, org.okr4j.scoring.Scorecard.class))
                .isEqualTo(scores.scorecard());
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  /**
   * A plain {@link org.okr4j.scoring.Scorecard} made by the scorer holds its set: for generated sets,
   * scoring twice gives the same bytes, the document conforms to the schema, reads back equal and
   * rewrites to the same bytes. One put together by {@code Scorecard.assemble} does not, and reading
   * it reports the missing {@code set}. A set rolled up through a graph without links reads back as
   * the scorer's scorecard.
   */
  @Test
  void plainScorecardsOfGeneratedSetsRoundTripUnlessAssembled() {
    java.time.Instant asOf = java.time.Instant.parse("2026-02-15T00:00:00Z");
    qt().withExamples(Math.max(1, EXAMPLES / 10)).forAll(WireGenerators.okrSets()).checkAssert(set -> {
      try {
        org.okr4j.scoring.ScoringPolicy policy = org.okr4j.scoring.ScoringPolicy.defaults();
        org.okr4j.scoring.Scorecard card = org.okr4j.scoring.Scorer.evaluate(set, policy, asOf);
        String json = Json.DEFAULT.write(card);
        assertThat(Json.DEFAULT.write(org.okr4j.scoring.Scorer.evaluate(set, policy, asOf)))
            .isEqualTo(json);
        WireSupport.assertSchemaValid(json);
        roundTrip(WireSupport.MAPPER, card, org.okr4j.scoring.Scorecard.class, true);
        String assembled = Json.DEFAULT.write(
            org.okr4j.scoring.Scorecard.assemble(asOf, policy, card.objectives()));
        WireSupport.assertSchemaValid(assembled);
        assertThat(WireSupport.codesAt(WireSupport.failure(assembled, org.okr4j.scoring.Scorecard.class)))
            .containsExactly("okr.required at /set");
        org.okr4j.alignment.GraphScorecard unlinked = org.okr4j.alignment.GraphScorecard.evaluate(
            org.okr4j.alignment.AlignmentGraph.buildOrThrow(set, org.okr4j.alignment.AlignmentPolicy.permissive(),
                java.util.List.of()), policy, asOf);
        assertThat(Json.DEFAULT.read(Json.DEFAULT.write(unlinked),
            org.okr4j.scoring.Scorecard.class)).isEqualTo(card);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  /**
   * Every document kind the format has round-trips: a valid value written by the library always reads
   * back equal and rewrites to the same bytes. The generators cover {@link DocumentKind} exactly.
   */
  @Test
  void everyDocumentKindTheFormatHasRoundTrips() {
    int n = Math.max(1, EXAMPLES / 20);
    java.util.Map<DocumentKind, Runnable> checks = new java.util.EnumMap<>(DocumentKind.class);
    checks.put(DocumentKind.OKR_SET, () -> check(n, WireGenerators.okrSets(), OkrSet.class));
    checks.put(DocumentKind.CYCLE, () -> check(n, WireGenerators.cycles(), Cycle.class));
    checks.put(DocumentKind.OBJECTIVE, () -> check(n, WireGenerators.objectives(), Objective.class));
    checks.put(DocumentKind.KEY_RESULT, () -> check(n, WireGenerators.keyResults(), KeyResult.class));
    checks.put(DocumentKind.CHECK_IN, () -> check(n, WireGenerators.checkIns(), CheckIn.class));
    checks.put(DocumentKind.SCORING_POLICY, () -> check(n, PolicyGenerators.policies(), ScoringPolicy.class));
    checks.put(DocumentKind.ALIGNMENT_GRAPH, () -> check(n, WireGenerators.graphs(), AlignmentGraph.class));
    checks.put(DocumentKind.SCORECARD, () -> check(n, WireGenerators.okrSets().zip(PolicyGenerators.policies(),
        (set, policy) -> Scorer.evaluate(set, policy, AS_OF)), Scorecard.class));
    checks.put(DocumentKind.GRAPH_SCORECARD, () -> check(n, WireGenerators.graphs().zip(PolicyGenerators.policies(),
        WireGenerators.cascades(), (graph, policy, cascade) -> GraphScorecard.evaluate(graph, policy, AS_OF, cascade)),
        GraphScorecard.class));
    assertThat(checks.keySet()).containsExactlyInAnyOrder(DocumentKind.values());
    checks.values().forEach(Runnable::run);
  }

  private static <T> void check(int n, Gen<T> gen, Class<T> type) {
    qt().withExamples(n).forAll(gen).checkAssert(value -> roundTrip(WireSupport.MAPPER, value, type, true));
  }

  private static <T> void roundTrip(Json mapper, T value, Class<T> type, boolean schema) {
    try {
      byte[] bytes = mapper.writeBytes(value);
      T back = mapper.read(bytes, type);
      assertThat(back).isEqualTo(value);
      byte[] again = mapper.writeBytes(back);
      assertThat(Arrays.equals(bytes, again)).as("byte-identical rewrite").isTrue();
      // A String is spelled with characters (a surrogate pair stays as it is), bytes with UTF-8
      // (Jackson escapes a surrogate pair as two \\u escapes): each is stable on its own.
      String text = mapper.write(value);
      assertThat(mapper.read(text, type)).isEqualTo(value);
      assertThat(mapper.write(mapper.read(text, type))).isEqualTo(text);
      if (schema) {
        WireSupport.assertSchemaValid(text);
      }
    } catch (java.io.IOException e) {
      throw new AssertionError("round trip failed for " + value, e);
    }
  }
}
