package org.okr4j.hostile;

import java.util.List;
import java.util.Random;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** A source of choices: QuickTheories' (shrinkable, replayable by seed) or a seeded {@link Random}. */
interface Dice {

  /** Returns a number in {@code [0, n)}; {@code n} is at least 1. */
  int below(int n);

  default boolean oneIn(int n) {
    return below(n) == 0;
  }

  default <T> T pick(List<T> values) {
    return values.get(below(values.size()));
  }

  static Dice of(RandomnessSource in) {
    return n -> n == 1 ? 0 : Generate.range(0, n - 1).generate(in);
  }

  static Dice of(Random random) {
    return random::nextInt;
  }
}
