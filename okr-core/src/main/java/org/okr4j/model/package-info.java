/**
 * The OKR domain as immutable values: cycles, owners, objectives, key results with their metric
 * family, check-ins and the {@link org.okr4j.model.OkrSet} aggregate that ties them together.
 */
@NullMarked
@OkrStyle
package org.okr4j.model;

import org.jspecify.annotations.NullMarked;
import org.okr4j.internal.OkrStyle;
