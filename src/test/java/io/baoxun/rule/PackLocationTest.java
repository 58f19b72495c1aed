package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PackLocationTest {
  private final Path cwd = Path.of("/work/repo");

  @Test
  void theTypedFolderWins() {
    assertThat(PackLocation.resolve(Path.of("mine"), "/work/repo", cwd)).isEqualTo(Path.of("mine"));
  }

  @Test
  void homeIsShownRelativeToTheCurrentFolderWhenInsideIt() {
    assertThat(PackLocation.resolve(null, "/work/repo", cwd)).isEqualTo(Path.of(""));
    assertThat(PackLocation.resolve(null, "/work/repo/packs/b", cwd)).isEqualTo(Path.of("packs/b"));
    assertThat(PackLocation.resolve(null, "/opt/baoxun", cwd)).isEqualTo(Path.of("/opt/baoxun"));
  }

  @Test
  void withoutHomeTheCurrentFolder() {
    assertThat(PackLocation.resolve(null, null, cwd)).isEqualTo(Path.of(""));
  }
}
