package io.baoxun.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which values may stand where another type is wanted, and the code that converts them: an
 * element becomes text, or the value of its value rule; a percent is a quantity; a list converts
 * item by item. Nothing else converts implicitly.
 */
final class Conversions {
  private final ValueReader values;

  Conversions(ValueReader values) {
    this.values = values;
  }

  /** The code that gives {@code t} as a {@code target}, if it can be given so. */
  Optional<Code> coerce(Typed t, Type target) {
    return coerce(t.code(), t.type(), target);
  }

  private Optional<Code> coerce(Code code, Type from, Type target) {
    if (from == Type.Special.ERROR || target == Type.Special.ERROR || from == Type.Special.NULL || from.equals(target)) {
      return Optional.of(code);
    }
    if (from instanceof Type.Node a && target instanceof Type.Node b
        && b.rules().containsAll(a.rules()) && (b.tokens() || !a.tokens())) {
      // An element is also an element of any wider kind ($a ?? $b over two different rules).
      return Optional.of(code);
    }
    if (from instanceof Type.Node n && target instanceof Type.Prim p) {
      if (p == Type.Prim.TEXT) {
        return Optional.of(new Code.ToText(code));
      }
      Optional<Type.Prim> kind = kind(n);
      return kind.isPresent() && kind.get().fits(p) ? Optional.of(new Code.ReadValue(code)) : Optional.empty();
    }
    if (from instanceof Type.Prim a && target instanceof Type.Prim b && a.fits(b)) {
      return Optional.of(code);
    }
    if (target instanceof Type.OneOf o) {
      if (from instanceof Type.Prim a && o.admits(a)) {
        return Optional.of(code);
      }
      if (from instanceof Type.OneOf a && a.alternatives().stream().allMatch(o::admits)) {
        return Optional.of(code);
      }
      if (from instanceof Type.Node n && kinds(n).filter(k -> k.stream().allMatch(o::admits)).isPresent()) {
        return Optional.of(new Code.ReadValue(code));
      }
    }
    if (from instanceof Type.ListOf a && target instanceof Type.ListOf b) {
      if (a.item() == Type.Special.NULL) {
        return Optional.of(code);
      }
      String it = "·item"; // not a name an author can write, so it shadows nothing
      return coerce(new Code.Var(it), a.item(), b.item())
          .map(item -> new Code.ForEach(List.of(it), List.of(code), item, false));
    }
    return Optional.empty();
  }

  /**
   * The value type of an element: that of its value rules when they all read one kind (a percent
   * rule next to a quantity rule reads quantities); empty for tokens and other rules.
   */
  Optional<Type.Prim> kind(Type.Node n) {
    return kinds(n).flatMap(k -> {
      if (k.size() == 1) {
        return Optional.of(k.iterator().next());
      }
      return k.equals(EnumSet.of(Type.Prim.QUANTITY, Type.Prim.PERCENT)) ? Optional.of(Type.Prim.QUANTITY) : Optional.empty();
    });
  }

  /** The kinds the rules of an element read into, all of them, for a value fact's alternatives. */
  Optional<Set<Type.Prim>> kinds(Type.Node n) {
    if (n.tokens() || n.rules().isEmpty()) {
      return Optional.empty();
    }
    Set<Type.Prim> kinds = EnumSet.noneOf(Type.Prim.class);
    for (String r : n.rules()) {
      Optional<ValueKind> k = values.kindOf(r);
      if (k.isEmpty()) {
        return Optional.empty();
      }
      kinds.add(k.get().type());
    }
    return Optional.of(kinds);
  }

  /** The type both sides of {@code ??} (or the items of a list) can be given as, if any. */
  Optional<Type> join(Type a, Type b) {
    if (a == Type.Special.ERROR || b == Type.Special.ERROR) {
      return Optional.of(Type.Special.ERROR);
    }
    if (a == Type.Special.NULL) {
      return Optional.of(b);
    }
    if (b == Type.Special.NULL || a.equals(b)) {
      return Optional.of(a);
    }
    if (a instanceof Type.Node x && b instanceof Type.Node y) {
      Set<String> rules = new java.util.TreeSet<>(x.rules());
      rules.addAll(y.rules());
      return Optional.of(new Type.Node(rules, x.tokens() || y.tokens()));
    }
    if (a instanceof Type.Node) {
      return join(b, a);
    }
    if ((a instanceof Type.Prim || a instanceof Type.OneOf) && b instanceof Type.Node n) {
      if (a == Type.Prim.TEXT) {
        return Optional.of(a);
      }
      return kind(n).flatMap(k -> join(a, k));
    }
    if (a instanceof Type.Prim p && b instanceof Type.Prim q) {
      if (p.fits(q)) {
        return Optional.of(q);
      }
      if (q.fits(p)) {
        return Optional.of(p);
      }
      // Two value types make a choice of either ($at.time ?? $at.interval); text and a value do not.
      return p == Type.Prim.TEXT || q == Type.Prim.TEXT || p == Type.Prim.BOOL || q == Type.Prim.BOOL
          ? Optional.empty()
          : Optional.of(new Type.OneOf(java.util.EnumSet.of(p, q)));
    }
    if (a instanceof Type.OneOf || b instanceof Type.OneOf) {
      Set<Type.Prim> all = EnumSet.noneOf(Type.Prim.class);
      for (Type t : List.of(a, b)) {
        if (t instanceof Type.OneOf o) {
          all.addAll(o.alternatives());
        } else if (t instanceof Type.Prim p && p != Type.Prim.TEXT && p != Type.Prim.BOOL) {
          all.add(p);
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(new Type.OneOf(all));
    }
    if (a instanceof Type.ListOf x && b instanceof Type.ListOf y) {
      return join(x.item(), y.item()).map(Type.ListOf::new);
    }
    return Optional.empty();
  }

  /** The type as messages name it: an element of a value rule shows its value type, others text. */
  String show(Type t) {
    if (t instanceof Type.Node n) {
      return kind(n).map(Type.Prim::show).orElse("text");
    }
    if (t instanceof Type.ListOf l) {
      return "list<" + show(l.item()) + ">";
    }
    return t.show();
  }
}
