package io.baoxun.rule;

import io.baoxun.rule.ast.Decl;
import io.baoxun.rule.ast.Pos;
import io.baoxun.rule.ast.RuleFile;
import io.baoxun.rule.ast.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fact types and records declared across a pack's rule files, with their field types
 * resolved. Declarations may be used before they are written (files are one namespace).
 */
final class Declarations {
  private final Map<String, FactType> facts = new LinkedHashMap<>();
  private final Map<String, RecordType> records = new LinkedHashMap<>();
  private final Map<String, Pos> declared = new LinkedHashMap<>();
  private final Problems problems;

  private Declarations(Problems problems) {
    this.problems = problems;
  }

  static Declarations of(List<RuleFile> files, Problems problems) {
    Declarations d = new Declarations(problems);
    List<Decl> decls = new ArrayList<>();
    for (RuleFile f : files) {
      for (Decl decl : f.decls()) {
        if (!(decl instanceof Decl.Rule) && !(decl instanceof Decl.Check) && d.declare(decl)) {
          decls.add(decl);
        }
      }
    }
    // Records first, so fact fields can name them whatever the order they are written in.
    for (Decl decl : decls) {
      if (decl instanceof Decl.Record r) {
        d.records.put(r.name(), new RecordType(r.name(), List.of(), r.pos()));
      }
    }
    for (Decl decl : decls) {
      if (decl instanceof Decl.Record r) {
        d.records.put(r.name(), new RecordType(r.name(), d.fields(r.fields(), r.name()), r.pos()));
      } else if (decl instanceof Decl.Type t) {
        d.facts.put(t.name(), new FactType(t.name(), t.nested(), d.fields(t.fields(), t.name()), List.of(), t.pos()));
      } else if (decl instanceof Decl.ValueType v) {
        d.facts.put(v.name(), new FactType(v.name(), v.nested(), List.of(), d.alternatives(v), v.pos()));
      }
    }
    return d;
  }

  Map<String, FactType> facts() {
    return facts;
  }

  Map<String, RecordType> records() {
    return records;
  }

  Optional<FactType> fact(String name) {
    return Optional.ofNullable(facts.get(name));
  }

  Optional<RecordType> record(String name) {
    return Optional.ofNullable(records.get(name));
  }

  /** Every declared name, for suggestions. */
  Set<String> names() {
    return declared.keySet();
  }

  private boolean declare(Decl decl) {
    String name = decl.name();
    if (isBuiltIn(name)) {
      problems.error(decl.pos(), "'" + name + "' is a built-in type; choose another name");
      return false;
    }
    Pos first = declared.putIfAbsent(name, decl.pos());
    if (first != null) {
      problems.error(decl.pos(), "type '" + name + "' is already declared at " + first);
      return false;
    }
    return true;
  }

  private static boolean isBuiltIn(String name) {
    return Type.Prim.byName(name).isPresent() || name.equals("list") || name.equals("bool");
  }

  private List<Field> fields(List<Decl.FieldDecl> decls, String owner) {
    List<Field> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Decl.FieldDecl f : decls) {
      if (!seen.add(f.name())) {
        problems.error(f.pos(), "field '" + f.name() + "' is declared twice in " + owner);
        continue;
      }
      out.add(new Field(f.name(), resolve(f.types()), f.optional()));
    }
    return out;
  }

  private List<Type.Prim> alternatives(Decl.ValueType v) {
    List<Type.Prim> out = new ArrayList<>();
    for (TypeRef ref : v.alternatives()) {
      Optional<Type.Prim> p = Type.Prim.byName(ref.name());
      if (p.isEmpty() || p.get() == Type.Prim.TEXT || ref.arg().isPresent() || ref.optional()) {
        problems.error(
            ref.pos(),
            "a value fact holds number, quantity, percent, time, interval, duration or person, not " + ref);
      } else if (!out.contains(p.get())) {
        out.add(p.get());
      }
    }
    return out.isEmpty() ? List.of(Type.Prim.TEXT) : out;
  }

  /** A field's type, one of several value types when written {@code time | interval}. */
  private Type resolve(List<TypeRef> refs) {
    if (refs.size() == 1) {
      return resolve(refs.get(0));
    }
    java.util.EnumSet<Type.Prim> alternatives = java.util.EnumSet.noneOf(Type.Prim.class);
    for (TypeRef ref : refs) {
      Type t = resolve(ref);
      if (t == Type.Special.ERROR) {
        return t;
      }
      if (!(t instanceof Type.Prim p) || p == Type.Prim.TEXT) {
        problems.error(
            ref.pos(), "a field of several types holds values (number, quantity, percent, time, interval, duration, person), not " + ref);
        return Type.Special.ERROR;
      }
      alternatives.add(p);
    }
    return alternatives.size() == 1 ? alternatives.iterator().next() : new Type.OneOf(alternatives);
  }

  /** A field's type; reports what is wrong with it and gives the error type then. */
  Type resolve(TypeRef ref) {
    String name = ref.name();
    Optional<Type.Prim> prim = Type.Prim.byName(name);
    if (name.equals("list")) {
      if (ref.arg().isEmpty()) {
        problems.error(ref.pos(), "a list names its item type: list<text>");
        return Type.Special.ERROR;
      }
      TypeRef item = ref.arg().get();
      if (item.optional()) {
        problems.error(item.pos(), "a list item cannot be optional (a list leaves out items that are null)");
      }
      Type t = resolve(item);
      return t == Type.Special.ERROR ? t : new Type.ListOf(t);
    }
    if (ref.arg().isPresent()) {
      problems.error(ref.arg().get().pos(), "only list takes a type argument, not " + name);
      return Type.Special.ERROR;
    }
    if (prim.isPresent()) {
      return prim.get();
    }
    if (records.containsKey(name)) {
      return new Type.Rec(name);
    }
    if (declared.containsKey(name)) {
      problems.error(
          ref.pos(), "'" + name + "' is a fact type; a field can hold a record (record " + name + " {...}), not a fact");
      return Type.Special.ERROR;
    }
    Set<String> known = new TreeSet<>(records.keySet());
    for (Type.Prim p : Type.Prim.values()) {
      if (p != Type.Prim.BOOL) {
        known.add(p.name().toLowerCase(Locale.ROOT));
      }
    }
    known.add("list");
    problems.error(ref.pos(), "unknown type '" + name + "'" + Suggest.hint(name, known, ""));
    return Type.Special.ERROR;
  }
}
