"""docs/openapi.yaml, read for the tests: operations with their references resolved, and plain JSON
Schema (for jsonschema) from OpenAPI's schema dialect."""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

import yaml

from bot.settings import ROOT

SPEC_PATH = ROOT / "docs" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@lru_cache(maxsize=1)
def load() -> Dict[str, Any]:
    with open(SPEC_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def resolve(node: Any, spec: Optional[Dict[str, Any]] = None) -> Any:
    """Follow a local `$ref` (one level at a time, until the node is not a reference)."""
    spec = spec or load()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are used: {ref}"
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


class Operation:
    def __init__(self, method: str, path: str, spec: Dict[str, Any]):
        self.method = method  # upper case
        self.path = path  # the OpenAPI template, e.g. /console/assisted/{id}
        self.spec = spec

    @property
    def id(self) -> str:
        return self.spec["operationId"]

    @property
    def parameters(self) -> List[Dict[str, Any]]:
        return [resolve(p) for p in self.spec.get("parameters", [])]

    def params_in(self, where: str) -> List[Dict[str, Any]]:
        return [p for p in self.parameters if p["in"] == where]

    @property
    def bodies(self) -> Dict[str, Dict[str, Any]]:
        """media type -> schema (resolved one level)."""
        body = resolve(self.spec.get("requestBody")) or {}
        return {media: resolve(item.get("schema", {})) for media, item in body.get("content", {}).items()}

    @property
    def security(self) -> Tuple[str, ...]:
        schemes: List[str] = []
        for requirement in self.spec.get("security", []):
            schemes.extend(requirement)
        return tuple(schemes)

    @property
    def is_console(self) -> bool:
        return self.path.startswith("/console")

    @property
    def is_api(self) -> bool:
        return self.path.startswith("/api/")

    def __repr__(self) -> str:  # short, for test ids and hypothesis output
        return f"{self.method} {self.path}"


def operations() -> List[Operation]:
    out = []
    for path, item in load()["paths"].items():
        for method in METHODS:
            if method in item:
                out.append(Operation(method.upper(), path, item[method]))
    return out


def json_schema(schema: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema draft 4/7: references inlined, `nullable` as a null type."""
    schema = copy.deepcopy(resolve(schema))
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key in ("properties",):
                out[key] = {name: json_schema(sub) for name, sub in value.items()}
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                out[key] = json_schema(value)
            elif key in ("oneOf", "anyOf", "allOf"):
                out[key] = [json_schema(sub) for sub in value]
            elif key in ("nullable", "example", "description", "format"):
                continue
            else:
                out[key] = value
        if schema.get("nullable"):
            if "type" in out:
                out["type"] = [out["type"], "null"]
        return out
    return schema
