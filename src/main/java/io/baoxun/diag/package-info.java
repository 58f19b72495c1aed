/**
 * Diagnostics: problems in pack files (grammars, rules, lexicons), each at a file, line and column.
 * The lowest layer beside {@code text}; everything that loads user-written files reports through it.
 */
package io.baoxun.diag;
