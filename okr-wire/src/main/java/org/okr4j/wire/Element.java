package org.okr4j.wire;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value at the cursor: an array's element, a field's value.
 *
 * @param <T> the value read
 */
@FunctionalInterface
interface Element<T> {

  /** Reads the value; {@code null} after reporting a problem. */
  @Nullable T read(Cursor c) throws IOException;
}
