package org.okr4j.spring.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.okr4j.spring.slice.HostAdvice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spring Boot's {@code @WebMvcTest} slice picks up okr4j's module and problem details, next to an
 * application that has Boot's own problem details on and its own handler for {@code OkrException}:
 * okr4j answers its reading errors before Boot's generic handler, leaves other unreadable bodies to
 * Boot, and steps back for the application's handler.
 */
@OkrWebMvcTest
@Import(HostAdvice.class)
@TestPropertySource(properties = "spring.mvc.problemdetails.enabled=true")
class OkrWebMvcSliceTest {

  @Autowired
  MockMvc mvc;

  @Test
  void aRefusedDocumentGetsOkr4jsProblemDetails() throws Exception {
    mvc.perform(post("/okr-sets").contentType(MediaType.APPLICATION_JSON).content(Documents.THREE_PROBLEMS)
            .header("Accept-Language", "zh-TW"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("okr4j 文件無效"))
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[*].pointer", Matchers.containsInAnyOrder("/objectives/0/title",
            "/objectives/0/keyResults/0/weight", "/objectives/0/colour")));
  }

  @Test
  void anotherUnreadableBodyGetsBootsProblemDetails() throws Exception {
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Bad Request"))
        .andExpect(jsonPath("$.errors").doesNotExist());
  }

  @Test
  void theApplicationsOwnHandlerForOkrExceptionWins() throws Exception {
    String request = "{\"set\": " + Documents.VALID + ", \"keyResult\": \"kr-missing\", \"checkIn\": "
        + "{\"format\": \"okr4j/1\", \"kind\": \"check-in\", \"instant\": \"2026-02-20T09:00:00Z\","
        + " \"data\": {\"kind\": \"measurement\", \"value\": 4}}}";
    mvc.perform(post("/check-ins").contentType(MediaType.APPLICATION_JSON).content(request))
        .andExpect(status().isConflict())
        .andExpect(content().string("host: okr.dangling-reference"));
  }
}
