/**
 * Implementation helpers and Immutables styles; not exported and not part of the API.
 */
@NullMarked
package org.okr4j.internal;

import org.jspecify.annotations.NullMarked;
