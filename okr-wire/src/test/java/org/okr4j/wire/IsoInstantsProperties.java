package org.okr4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The instant fast path agrees with {@link Instant#parse}: on every text it accepts it gives the
 * same instant, and it accepts every text the writer produces; the writer's formatter spells every
 * instant as {@link Instant#toString()} does.
 */
class IsoInstantsProperties {

  private static final int EXAMPLES = Integer.getInteger("okr.qt.examples", 1000);
  // 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59Z
  private static final long MIN = -62_135_596_800L;
  private static final long MAX = 253_402_300_799L;

  private static Gen<Instant> instants() {
    return longs().between(MIN, MAX).zip(integers().between(0, 999_999_999).mix(integers().between(0, 0), 50),
        Instant::ofEpochSecond);
  }

  /** Instants anywhere, the edges of the fast range and of years, and fractions of 3, 6 and 9 digits. */
  private static Gen<Instant> anyInstants() {
    Gen<Long> seconds = longs().between(MIN, MAX)
        .mix(longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), 20)
        .mix(org.quicktheories.generators.SourceDSL.arbitrary().pick(MIN, MAX, MIN - 1, MAX + 1, 0L, -1L,
            951_782_400L, 951_868_799L, 4_107_542_399L, -2_203_891_200L), 20);
    Gen<Integer> nanos = integers().between(0, 999_999_999)
        .mix(integers().between(0, 999).map(n -> n * 1_000_000), 30)
        .mix(integers().between(0, 999_999).map(n -> n * 1_000), 20)
        .mix(integers().between(0, 0), 20);
    return seconds.zip(nanos, Instant::ofEpochSecond);
  }

  @Test
  void formatsEveryInstantAsToStringDoes() {
    qt().withExamples(EXAMPLES * 5).forAll(anyInstants()).checkAssert(i ->
        assertThat(IsoInstants.format(i)).isEqualTo(i.toString()));
  }

  /** One writer's days are shared across all examples: instants on 40 days (32 slots, so some days share a slot) and anywhere. */
  private static final IsoInstants.Days SHARED_DAYS = new IsoInstants.Days();

  @Test
  void formatsWithRememberedDaysAsToStringDoes() {
    Gen<Instant> fewDays = integers().between(0, 39).zip(integers().between(0, 86_399), integers().between(0, 999_999_999),
        (d, s, n) -> Instant.ofEpochSecond(1_767_225_600L + d * 86_400L + s, n));
    char[] text = new char[IsoInstants.MAX_FORMATTED];
    qt().withExamples(EXAMPLES * 5).forAll(fewDays.mix(anyInstants(), 30)).checkAssert(i -> {
      int length = IsoInstants.format(i, text, SHARED_DAYS);
      assertThat(length < 0 ? i.toString() : new String(text, 0, length)).isEqualTo(i.toString());
      assertThat(length).isEqualTo(IsoInstants.format(i, new char[IsoInstants.MAX_FORMATTED]));
    });
  }

  @Test
  void acceptsEveryTextTheWriterProducesAsInstantParseDoes() {
    qt().withExamples(EXAMPLES).forAll(instants()).checkAssert(i -> {
      String text = i.toString();
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(i).isEqualTo(Instant.parse(text));
    });
  }

  /** Texts of the right shape with any two digits in each field, a fraction of 0–10 digits, or one character changed. */
  private static Gen<String> nearMisses() {
    Gen<String> two = integers().between(0, 99).map(v -> String.format("%02d", v));
    Gen<String> year = integers().between(0, 9999).map(v -> String.format("%04d", v));
    Gen<String> fraction = integers().between(0, 10).zip(longs().between(0, 9_999_999_999L),
        (n, v) -> n == 0 ? "" : "." + String.format("%010d", v).substring(0, n));
    Gen<String> shaped = year.zip(two, two, two, (y, mo, d, h) -> y + "-" + mo + "-" + d + "T" + h)
        .zip(two, two, fraction, (p, mi, s, f) -> p + ":" + mi + ":" + s + f + "Z");
    Gen<String> changed = instants().zip(integers().between(0, 29), integers().between(0, 127), (i, at, c) -> {
      String t = i.toString();
      int k = Math.min(at, t.length() - 1);
      return t.substring(0, k) + (char) c.intValue() + t.substring(k + 1);
    });
    return shaped.mix(changed);
  }

  @Test
  void neverDisagreesWithInstantParse() {
    qt().withExamples(EXAMPLES * 5).forAll(nearMisses()).checkAssert(text -> {
      Instant fast = IsoInstants.parse(text);
      Instant slow;
      try {
        slow = Instant.parse(text);
      } catch (DateTimeException e) {
        slow = null;
      }
      if (fast != null) {
        assertThat(fast).as(text).isEqualTo(slow);
      }
    });
  }

  @Test
  void readsTextInsideALargerBufferAsTheTextAlone() {
    qt().withExamples(EXAMPLES).forAll(nearMisses(), integers().between(0, 40)).checkAssert((text, offset) -> {
      char[] buffer = new char[offset + text.length() + 7];
      java.util.Arrays.fill(buffer, '9');
      text.getChars(0, text.length(), buffer, offset);
      assertThat(IsoInstants.parse(buffer, offset, text.length())).as(text).isEqualTo(IsoInstants.parse(text));
    });
  }

  @Test
  void leavesTheRareFormsToInstantParse() {
    for (String text : new String[] {"2024-02-29T10:00:00Z", "2000-02-29T00:00:00.5Z"}) {
      assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
    for (String text : new String[] {"2023-02-29T10:00:00Z", "1900-02-29T00:00:00Z", "2026-01-31T24:00:00Z",
        "2026-12-31T23:59:60Z", "2026-01-31t09:00:00z", "2026-01-31T09:00:00+01:00", "2026-01-31T09:00:00.Z",
        "2026-01-31T09:00:00.1234567890Z", "0000-01-01T00:00:00Z", "+12026-01-31T09:00:00Z", "2026-1-31T09:00:00Z"}) {
      assertThat(IsoInstants.parse(text)).as(text).isNull();
    }
  }
}
