/**
 * The alignment graph: links from objectives and key results to what they contribute to, checked
 * against a policy, with line-of-sight, coverage, impact and privacy-safe views and exports.
 */
@NullMarked
@OkrStyle
package org.okr4j.alignment;

import org.jspecify.annotations.NullMarked;
import org.okr4j.internal.OkrStyle;
