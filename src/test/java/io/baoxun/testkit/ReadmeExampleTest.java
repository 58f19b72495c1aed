package io.baoxun.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test kit's example in README is a test that runs: example/SeedGoldenTest.java, word for word. */
class ReadmeExampleTest {
  @Test
  void readmeShowsTheExampleTestAsItIs() throws IOException {
    String source = Files.readString(Path.of("src/test/java/example/SeedGoldenTest.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README's test kit example (copy src/test/java/example/SeedGoldenTest.java into it)")
        .contains("```java\n" + source + "```\n");
  }
}
