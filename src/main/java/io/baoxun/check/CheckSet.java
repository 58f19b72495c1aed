package io.baoxun.check;

import java.util.List;
import java.util.Optional;

/**
 * The checks of a pack, in the order they are written (rule files in sorted order): composed like
 * JavaParser's validators, each one small, run as a set. Immutable and shared by all threads.
 */
public final class CheckSet {
  public static final CheckSet NONE = new CheckSet(List.of());

  private final List<CheckSpec> checks;

  public CheckSet(List<CheckSpec> checks) {
    this.checks = List.copyOf(checks);
  }

  public List<CheckSpec> all() {
    return checks;
  }

  public boolean isEmpty() {
    return checks.isEmpty();
  }

  public Optional<CheckSpec> byId(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The set holding only this check (to run its examples). */
  public CheckSet only(CheckSpec check) {
    return new CheckSet(List.of(check));
  }

  /** The findings of the checks within one document (fact, article and document scopes), in order. */
  public List<Finding> document(List<FactRef> facts) {
    return document(facts, io.baoxun.grammar.Deadline.NONE);
  }

  /** The same, checking {@code deadline} at every binding: a check over many facts can bind many. */
  public List<Finding> document(List<FactRef> facts, io.baoxun.grammar.Deadline deadline) {
    return DocumentChecker.findings(checks, facts, deadline);
  }

  /** A fresh checker for the checks across documents, for one run. */
  public CrossDocumentChecker newCrossDocumentChecker() {
    return new CrossDocumentChecker(checks);
  }
}
