/**
 * Scoring rules as immutable policy values and the {@link org.okr4j.scoring.Scorer} that applies
 * them: key-result progress, grades, colour bands, roll-up, status, forecast and confidence, each
 * number with an {@link org.okr4j.scoring.Explanation}.
 */
@NullMarked
@OkrStyle
package org.okr4j.scoring;

import org.jspecify.annotations.NullMarked;
import org.okr4j.internal.OkrStyle;
