/**
 * The Jackson 3 module {@link org.okr4j.jackson3.OkrModule} for okr4j's versioned JSON wire format,
 * with {@link org.okr4j.jackson3.OkrInputException} carrying every problem of an invalid document as
 * data. It adapts Jackson 3's parser and generator to the wire layer shared with the Jackson 2 module
 * ({@code org.okr4j.wire}), so both modules write the same bytes and read and refuse the same input.
 */
@NullMarked
package org.okr4j.jackson3;

import org.jspecify.annotations.NullMarked;
