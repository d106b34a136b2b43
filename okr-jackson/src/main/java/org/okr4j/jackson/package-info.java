/**
 * The Jackson module {@link org.okr4j.jackson.OkrModule} for okr4j's versioned JSON wire format.
 */
@NullMarked
package org.okr4j.jackson;

import org.jspecify.annotations.NullMarked;
