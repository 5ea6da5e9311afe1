//! Writes the `.pyi` stub of `clerk_backend._native` from the model declarations,
//! so the stub can never disagree with them. `scripts/gen_stubs.py` calls
//! [`_stub_source`] and writes the result; a test checks the committed file.

use std::fmt::Write;

use pyo3::prelude::*;

use crate::model::ModelInfo;

const HEADER: &str = r#"# Generated from the model declarations in src/models/ by `python scripts/gen_stubs.py`.
# Do not edit by hand: change the declaration and regenerate.

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, ClassVar, Generic, Literal, TypeVar, final

from typing_extensions import TypeAlias, disjoint_base  # TypeAlias: in typing only from Python 3.10

from clerk_backend._headers import Headers
from .errors import ParseError, TokenVerificationError

__version__: str

def _stub_source() -> str:
    """The text of this stub, generated from the model declarations."""
"#;

/// The shared protocol every model has, in stub form. `{cls}` is the class name.
const MODEL_METHODS: &str = r#"
    __match_args__: ClassVar[tuple[{match_args}]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> {cls}:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
"#;

fn docstring(out: &mut String, indent: &str, doc: &str) {
    let lines: Vec<&str> = doc.lines().map(str::trim).collect();
    let text = lines.join(&format!("\n{indent}"));
    let text = text.trim();
    if text.is_empty() {
        out.push_str(indent);
        out.push_str("...\n");
    } else {
        let _ = writeln!(out, "{indent}\"\"\"{text}\"\"\"");
    }
}

fn model_stub(out: &mut String, info: &ModelInfo) {
    // A native class that Python code may subclass is still a "disjoint base" (PEP 800).
    let final_ = if info.subclass {
        "@disjoint_base\n"
    } else {
        "@final\n"
    };
    let _ = writeln!(out, "\n{final_}class {}:", info.name);
    docstring(out, "    ", info.doc);
    let match_args: Vec<String> = info
        .fields
        .iter()
        .map(|f| format!("Literal[{:?}]", f.name))
        .collect();
    let match_args = if match_args.is_empty() {
        "()".to_owned()
    } else {
        match_args.join(", ")
    };
    out.push_str(
        &MODEL_METHODS
            .replace("{cls}", info.name)
            .replace("{match_args}", &match_args),
    );
    for field in info.fields {
        let _ = writeln!(
            out,
            "    @property\n    def {}(self) -> {}:",
            field.name,
            (field.annotation)()
        );
        docstring(out, "        ", field.doc);
    }
    out.push_str(info.extra_stub);
}

/// The stub text for the given models; `exports` is the module's `__all__`.
pub(crate) fn render(models: &[ModelInfo], exports: &[String]) -> String {
    let mut out = HEADER.to_owned();
    let quoted: Vec<String> = exports.iter().map(|n| format!("    {n:?},\n")).collect();
    out = out.replace(
        "__version__: str\n",
        &format!("__all__ = [\n{}]\n\n__version__: str\n", quoted.concat()),
    );
    out.push_str(crate::deserialize::STUB);
    out.push_str(&crate::webhook::STUB.replace(
        "{DEFAULT_TOLERANCE}",
        &clerk_core::webhook::DEFAULT_TOLERANCE.to_string(),
    ));
    out.push_str(crate::headers::STUB);
    out.push_str(crate::problems::STUB);
    out.push_str(crate::token::STUB);
    for info in models {
        model_stub(&mut out, info);
    }
    out.push_str(&crate::events::stub());
    out
}

/// The text of `clerk_backend/_native.pyi`, generated from the model declarations; its
/// `__all__` is the module's own, as the module declares it.
#[pyfunction]
pub(crate) fn _stub_source(py: Python<'_>) -> PyResult<String> {
    let exports: Vec<String> = py
        .import("clerk_backend._native")?
        .getattr("__all__")?
        .extract()?;
    Ok(render(&crate::models::infos(), &exports))
}
