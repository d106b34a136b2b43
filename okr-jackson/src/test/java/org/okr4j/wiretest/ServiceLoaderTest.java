package org.okr4j.wiretest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.okr4j.jackson.OkrModule;
import org.okr4j.model.OkrSet;

/**
 * {@code findAndRegisterModules()} finds the module, through {@code provides} in module-info when
 * the tests run on the module path and through {@code META-INF/services} on the class path.
 */
class ServiceLoaderTest {

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(OkrModule.class.getName());
    OkrSet seed = SeedOkrs.marketing();
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), OkrSet.class)).isEqualTo(seed);
  }

  @Test
  void jacksonsServiceLookupListsTheModule() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof OkrModule);
  }

  @Test
  void theServicesFileNamesTheModule() throws Exception {
    try (var in = OkrModule.class.getClassLoader()
        .getResourceAsStream("META-INF/services/com.fasterxml.jackson.databind.Module")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(OkrModule.class.getName());
    }
  }

  @Test
  void aModuleConfiguredLaterTakesEffectOverTheDiscoveredOne() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().registerModule(new OkrModule().withDecimalsAsStrings());
    assertThat(mapper.writeValueAsString(SeedOkrs.marketing())).contains("\"baseline\":\"10\"");
    ObjectMapper twice = new ObjectMapper().findAndRegisterModules().registerModule(new OkrModule());
    assertThat(twice.getRegisteredModuleIds()).hasSize(1);
  }
}
