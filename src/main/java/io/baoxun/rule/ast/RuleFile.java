package io.baoxun.rule.ast;

import java.util.List;

/** One parsed {@code .rules} file: its declarations in the order written. */
public record RuleFile(String path, List<Decl> decls) {
  public RuleFile {
    decls = List.copyOf(decls);
  }
}
