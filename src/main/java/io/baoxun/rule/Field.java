package io.baoxun.rule;

/** A field of a fact type or record: its type, and whether it may be null ({@code text?}). */
public record Field(String name, Type type, boolean optional) {}
