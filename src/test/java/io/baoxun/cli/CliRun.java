package io.baoxun.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line: exit status, standard output and standard error. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
