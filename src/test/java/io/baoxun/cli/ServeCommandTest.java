package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code baoxun serve}'s usage errors; the server itself is tested in {@code io.baoxun.serve}. */
class ServeCommandTest {
  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun r = CliRun.of("serve", "--port", "70000");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be between 0 and 65535");
  }

  @Test
  void aPortInUseIsSaidInOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun r = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err().strip()).startsWith("baoxun: cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\n", "Exception");
    }
  }

  @Test
  void serveIsListedInTheHelp() {
    assertThat(CliRun.of("--help").out()).contains("serve");
  }
}
