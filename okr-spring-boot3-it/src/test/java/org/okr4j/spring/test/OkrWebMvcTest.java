package org.okr4j.spring.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;

/** Spring Boot 3.5's {@code @WebMvcTest} (package {@code org.springframework.boot.test.autoconfigure.web.servlet}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
public @interface OkrWebMvcTest {}
