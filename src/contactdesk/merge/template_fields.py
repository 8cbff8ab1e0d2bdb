"""Which merge fields a parsed template part uses, and whether each use is guarded against being empty.

Part of the template check (merge/template_check.py). The walk is linear in the size of the template:
each field's paragraph text is looked up once per line (SourcePart.place), and the names the template
declares itself (loop variables, `{% set %}`, macro arguments) come from one pass over the tree instead
of Jinja's meta.find_undeclared_variables, which runs the whole code generator once more.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, nodes

from contactdesk.merge.docx_source import SourcePart


@dataclass
class FieldUse:
    """One field read by the template; `!name` marks a reach into Python internals."""

    field: str
    guarded: bool
    part: str
    place: str


def context_names(tree: nodes.Template, environment: Environment) -> set[str]:
    """The names a template reads from the merge context (not declared in it, not the environment's globals)."""
    loaded: set[str] = set()
    local = set(environment.globals)
    for node in tree.find_all((nodes.Name, nodes.For, nodes.Macro, nodes.CallBlock)):
        if isinstance(node, nodes.Name):
            (loaded if node.ctx == "load" else local).add(node.name)
        elif isinstance(node, nodes.For):
            local.add("loop")
        elif isinstance(node, nodes.Macro):
            local |= {node.name, "varargs", "kwargs", "caller"}
        else:
            local.add("caller")
    return loaded - local


def field_uses(tree: nodes.Template, part: SourcePart, environment: Environment) -> list[FieldUse]:
    """Every field use in `tree` (a parse of `part`), in template order."""
    declared = context_names(tree, environment)
    found: list[FieldUse] = []

    def use(name: str, guarded: bool, node: nodes.Node) -> None:
        found.append(FieldUse(name, guarded, part.name, part.place(getattr(node, "lineno", None))))

    def visit(node: nodes.Node, guarded: bool, tested: frozenset[str] = frozenset()) -> None:
        if isinstance(node, nodes.Getattr | nodes.Getitem):
            key = (
                node.attr
                if isinstance(node, nodes.Getattr)
                else (node.arg.value if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str) else None)
            )
            if isinstance(key, str) and key.startswith("_"):
                use(f"!{key}", guarded, node)
            if isinstance(node.node, nodes.Name) and node.node.name in declared and isinstance(key, str):
                name = f"{node.node.name}.{key}"
                use(name, guarded or name in tested, node)
                return
        if isinstance(node, nodes.Name) and node.ctx == "load" and node.name in declared:
            use(node.name, guarded or node.name in tested, node)
            return
        if isinstance(node, nodes.If | nodes.CondExpr):
            # Inside `{% if line.comment %}…{% endif %}` an empty comment is the template's own business.
            before = len(found)
            visit(node.test, True, tested)
            inner = tested | {item.field for item in found[before:]}
            for child in node.iter_child_nodes(exclude=("test",)):
                visit(child, guarded, inner)
            return
        if isinstance(node, nodes.Or):
            visit(node.left, True, tested)
            visit(node.right, guarded, tested)
            return
        if isinstance(node, nodes.Filter) and node.name in ("default", "d") or isinstance(node, nodes.Test):
            for child in node.iter_child_nodes():
                visit(child, True, tested)
            return
        for child in node.iter_child_nodes():
            visit(child, guarded, tested)

    visit(tree, False)
    return found
