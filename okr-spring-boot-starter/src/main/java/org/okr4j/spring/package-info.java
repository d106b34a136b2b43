/**
 * okr4j for Spring Boot 4 (Jackson 3) and 3.5 (Jackson 2): auto-configuration that registers the
 * {@code okr4j/1} JSON module on Boot's mapper, answers okr4j's errors with RFC 9457 problem
 * details in the request's language, bridges Spring's {@code MessageSource} to okr4j's message
 * catalogues and binds the {@code okr4j.*} properties. Nothing here needs to be called: adding
 * {@code org.okr4j:okr-spring-boot-starter} and the Jackson module of the application's line is
 * enough.
 */
@NullMarked
package org.okr4j.spring;

import org.jspecify.annotations.NullMarked;
