package io.baoxun.rule;

/**
 * Thrown while evaluating a rule's emit when the fact cannot be made (a required field of a record
 * came out null): the engine turns it into a rejection that {@code explain} shows, never an error.
 */
final class Rejected extends RuntimeException {
  Rejected(String reason) {
    super(reason, null, false, false);
  }
}
