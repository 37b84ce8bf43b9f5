"""The layout the architecture document describes is the package's: every module is named there,
and every segment rule has the same two entry points, called by the orchestrator's plan."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

import newsparse
from newsparse import assemble

PACKAGE = Path(newsparse.__file__).parent
DOC = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
SEGMENTS = ("headline", "subheading", "byline", "body", "related", "copyright", "dating", "pagemeta")


@pytest.mark.parametrize(
    "module",
    sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if p.name not in ("__init__.py", "__main__.py") or p.parent.name == "body"
    ),
)
def test_every_module_is_in_the_architecture_document(module: str) -> None:
    name = module.removesuffix("/__init__.py") if module.endswith("__init__.py") else module
    assert name in DOC or Path(name).name in DOC, f"docs/architecture.md does not say what {module} is"


@pytest.mark.parametrize("name", SEGMENTS)
def test_every_segment_rule_has_both_entry_points(name: str) -> None:
    module = importlib.import_module(f"newsparse.segments.{name}")
    for entry in ("in_text", "in_html"):
        fn = getattr(module, entry)
        assert list(inspect.signature(fn).parameters) == ["page", "found"], f"{name}.{entry}"


def test_the_plan_runs_every_segment_rule_for_both_inputs() -> None:
    modules = {step.in_text.__module__ for step in assemble.PLAN} | {step.in_html.__module__ for step in assemble.PLAN}
    assert modules == {f"newsparse.segments.{name}" for name in SEGMENTS}
    for step in assemble.PLAN:
        # The two rules of a step are one segment's.
        assert step.in_text.__module__ == step.in_html.__module__, step.field
