package io.baoxun.cli;

import io.baoxun.diag.Diagnostic;
import io.baoxun.rule.PackLocation;
import io.baoxun.serve.PlaygroundServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun serve}: the rule author's playground on 127.0.0.1, until stopped. The pack is
 * loaded again whenever its files change; a pack that does not load is shown in the page with its
 * diagnostics (and printed here), and the server keeps running for the fix.
 */
@Command(
    name = "serve",
    description = "The rule author's playground: a local web page (127.0.0.1 only) showing the facts of a text, its checks, and why rules fired.",
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 8017;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "P", description = "The port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0 picks a free one).")
  int port = DEFAULT_PORT;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("baoxun: --port must be between 0 and 65535");
      return 2;
    }
    PlaygroundServer server;
    try {
      server = PlaygroundServer.start(PackLocation.resolve(pack), port, status -> report(status, out, err));
    } catch (BindException e) {
      err.println("baoxun: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "baoxun-serve-stop"));
    out.println("baoxun: the playground is at http://127.0.0.1:" + server.address().getPort() + "/ (Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return 0;
  }

  private static void report(PlaygroundServer.Status status, PrintWriter out, PrintWriter err) {
    if (status.ok()) {
      out.println("baoxun: pack loaded" + (status.generation() > 1 ? " again (load " + status.generation() + ")" : ""));
      out.flush();
      return;
    }
    for (Diagnostic d : status.diagnostics()) {
      err.println(d.render());
    }
    int n = status.diagnostics().size();
    err.println(n + (n == 1 ? " problem" : " problems") + " in the pack; the page shows them until they are fixed");
    err.flush();
  }
}
