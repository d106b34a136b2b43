/**
 * The Jackson 2 module {@link org.okr4j.jackson.OkrModule} for okr4j's versioned JSON wire format,
 * with {@link org.okr4j.jackson.OkrInputException} carrying every problem of an invalid document as
 * data. It adapts Jackson 2's parser and generator to the wire layer shared with the Jackson 3 module
 * ({@code org.okr4j.wire}), so both modules write the same bytes and read and refuse the same input.
 */
@NullMarked
package org.okr4j.jackson;

import org.jspecify.annotations.NullMarked;
