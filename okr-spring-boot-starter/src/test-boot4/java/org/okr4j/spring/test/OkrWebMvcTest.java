package org.okr4j.spring.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/** Spring Boot 4's {@code @WebMvcTest} (package {@code org.springframework.boot.webmvc.test.autoconfigure}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
public @interface OkrWebMvcTest {}
