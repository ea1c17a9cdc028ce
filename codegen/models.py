"""The models: datamodel-code-generator renders the attrs classes, our templates add the codecs.

datamodel-code-generator parses ``schema/`` and renders each ``$defs`` entry through our override of
its ``dataclass.jinja2`` (templates/datamodel/) into a module of its own. We then
- keep its class text, and move its imports of sibling models under ``TYPE_CHECKING`` (they are
  only annotations), so that importing one model never imports the whole graph;
- append the model's decoder and encoder rendered by templates/package/codec.py.jinja2;
- render ``models/__init__.py`` (lazy attribute access) and ``models/_registry.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from datamodel_code_generator import Formatter, PythonVersion
from datamodel_code_generator import generate as dmc_generate
from datamodel_code_generator.enums import DataModelType, InputFileType, ModuleSplitMode

from . import headers
from .render import render
from .spec import SCHEMA_FILE, Spec, TypeSpec

DATAMODEL_TEMPLATES = Path(__file__).parent / "templates" / "datamodel"
MODEL_MARKER = "# >>> model "
KINDS = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}


def run_datamodel_codegen(schema_dir: Path) -> dict[str, str]:
    """Run datamodel-code-generator over the JSON Schema; returns {module name: source}."""
    result: Any = dmc_generate(
        schema_dir / SCHEMA_FILE,
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.DataclassesDataclass,
        custom_template_dir=DATAMODEL_TEMPLATES,
        snake_case_field=True,
        use_union_operator=True,
        target_python_version=PythonVersion.PY_311,
        disable_timestamp=True,
        use_field_description=True,
        use_schema_description=True,
        formatters=[Formatter.BUILTIN],
        module_split_mode=ModuleSplitMode.Single,
        field_extra_keys_without_x_prefix={"x-known-values", "x-unit", "x-enum-name", "deprecated"},
    )
    return {".".join(key).removesuffix(".py"): text for key, text in result.items()}


def _split(module_text: str) -> tuple[str, list[str], list[str]]:
    """The model's class text, its sibling-model imports (annotations only) and base-class imports."""
    start = module_text.index(MODEL_MARKER)
    tree = ast.parse(module_text)
    siblings = [
        ast.get_source_segment(module_text, node) or ""
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 1
    ]
    bases = [  # a customBasePath mixin: needed at run time
        ast.get_source_segment(module_text, node) or ""
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        and node.level == 0
        and (node.module or "").startswith("tencent_mps.")
    ]
    class_text = module_text[start:].split("\n", 1)[1]
    return class_text, siblings, bases


def _attribute_names(class_text: str, name: str) -> list[str]:
    tree = ast.parse(class_text)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
    return [
        n.target.id
        for n in cls.body
        if isinstance(n, ast.AnnAssign)
        and isinstance(n.target, ast.Name)
        and n.target.id != "unknown_fields"
    ]


def _module(t: TypeSpec, class_text: str, imports: list[str], bases: list[str]) -> str:
    return render(
        "model_module.py.jinja2",
        header=headers.generated(f"schema/{SCHEMA_FILE}"),
        t=t,
        class_text=class_text,
        imports=imports,
        bases=bases,
        codec=render("codec.py.jinja2", t=t, kinds=KINDS),
    )


def generate(s: Spec, schema_dir: Path) -> dict[str, str]:
    rendered = run_datamodel_codegen(schema_dir)
    by_class: dict[str, tuple[str, list[str], list[str]]] = {}
    for text in rendered.values():
        if MODEL_MARKER in text:
            name = text.split(MODEL_MARKER, 1)[1].split("\n", 1)[0].strip()
            by_class[name] = _split(text)
    missing = sorted(set(s.types) - set(by_class))
    if missing:
        raise RuntimeError(f"datamodel-code-generator rendered no class for {missing[:5]}")
    files: dict[str, str] = {}
    for name, t in s.types.items():
        class_text, imports, bases = by_class[name]
        attrs = _attribute_names(class_text, name)
        expected = [f.attr for f in t.fields]
        if attrs != expected:
            raise RuntimeError(
                f"{name}: attribute names {attrs} differ from the codec's {expected}"
            )
        files[f"models/{t.module}.py"] = _module(t, class_text, imports, bases)
    header = headers.generated(f"schema/{SCHEMA_FILE}")
    types = list(s.types.values())
    files["models/__init__.py"] = render("models_init.py.jinja2", header=header, types=types)
    files["models/_registry.py"] = render("models_registry.py.jinja2", header=header, types=types)
    return files
