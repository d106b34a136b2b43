package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.okr4j.jackson3.OkrModule;
import org.okr4j.model.OkrSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code JsonMapper.builder().findAndAddModules()} finds the Jackson 3 module, through {@code provides}
 * in module-info when the tests run on the module path and through {@code META-INF/services} on the
 * class path.
 */
class ServiceLoaderTest {

  @Test
  void findAndAddModulesFindsTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof OkrModule);
    OkrSet seed = SeedOkrs.marketing();
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), OkrSet.class)).isEqualTo(seed);
  }

  @Test
  void theServicesFileNamesTheModule() throws Exception {
    try (InputStream in = OkrModule.class.getClassLoader()
        .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim()).isEqualTo(OkrModule.class.getName());
    }
  }

  @Test
  void aModuleConfiguredLaterTakesEffectOverTheDiscoveredOne() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(new OkrModule().withDecimalsAsStrings())
        .build();
    assertThat(mapper.writeValueAsString(SeedOkrs.marketing())).contains("\"baseline\":\"10\"");
    JsonMapper twice = JsonMapper.builder().findAndAddModules().addModule(new OkrModule()).build();
    assertThat(twice.registeredModules().stream().filter(m -> m instanceof OkrModule)).hasSize(1);
  }
}
