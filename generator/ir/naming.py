"""Every rule that turns a spec string into Python source text lives here.

Identifiers (attributes, parameters, classes, enum members, packages) and
literals (docstrings, string reprs, comments, markdown) are made here and
nowhere else, so that a name in the spec maps to one Python name in models,
clients, docs and diffs.

Spec text is untrusted: specs are imported from third-party documents. The
renderers below return `Code`, and the template engine (`render/package.py`) pastes
nothing else but plain identifiers and numbers, so a template that forgets to
render a spec string fails the run instead of writing it into source.
"""

from __future__ import annotations

import functools
import keyword
import math
import re
import textwrap
import unicodedata
from collections.abc import Iterable


class Code(str):
    """Text that one of this module's renderers made safe for the place it is pasted.

    A plain `str` reaching a template is refused unless it is made of plain names
    (see `pasteable`); wrapping text in `Code` is the only way past that check,
    and only the renderers here (and the IR, for annotations it assembles from
    identifiers and `pyrepr` literals) do it.
    """

    __slots__ = ()


# Plain text a template may paste as it is: identifiers and dotted names, with spaces, commas
# and `|` between them (`"await "`, `" | "`, `"_runtime.AsyncAPIClient"`). It holds no quote,
# bracket, newline, `#`, `;` or backslash, so it can open no string, call, comment or statement.
_PLAIN = re.compile(r"[A-Za-z0-9_ .,|]*")


def pasteable(value: object) -> bool:
    """True for values a template may paste as they are: `Code`, plain names, numbers."""
    if isinstance(value, Code):
        return True
    if isinstance(value, str):
        return _PLAIN.fullmatch(value) is not None
    return isinstance(value, bool | int) or value is None


# Attribute names a pydantic v2 model already has. A field with one of these
# names would shadow a method (pydantic refuses the class), so it gets a `_`.
# Written out rather than read from `dir(BaseModel)`, so that the generated
# names do not depend on the installed pydantic version.
PYDANTIC_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "to_dict",
        "to_json",
    }
)

# Names the generated modules import or define at module level (models.py,
# _client.py, __init__.py). A spec class with one of these names would shadow them.
MODULE_RESERVED = frozenset(
    {
        # models.py, from datamodel-code-generator's imports
        "Any",
        "BaseModel",
        "ConfigDict",
        "Enum",
        "Field",
        "Literal",
        "RootModel",
        "StrEnum",
        "annotations",
        "pydantic",
        "typing",
        # _client.py
        "Headers",
        "Mapping",
        "NOT_GIVEN",
        "NotGiven",
        "Query",
        "RawResponse",
        "ResponseType",
        "Timeout",
        "httpx",
        "overload",
        # __init__.py: the error classes
        "APIConnectionError",
        "APIError",
        "APIRequestError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "InternalServerError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "ResponseTooLargeError",
        "UnprocessableEntityError",
        # streams, downloads, pages and uploads
        "APIStreamError",
        "AsyncBinaryResponse",
        "AsyncCursorPage",
        "AsyncStream",
        "BinaryResponse",
        "FileTypes",
        "IntEnum",
        "PageSpec",
        "ServerSentEvent",
        "Stream",
        "StreamIncompleteError",
        "StreamSpec",
        "SyncCursorPage",
    }
)

# Builtins that generated code itself uses as types or calls.
BUILTIN_TYPES = frozenset(
    {
        "bool",
        "bytes",
        "dict",
        "float",
        "int",
        "list",
        "object",
        "str",
        "type",
        "Exception",
        "None",
        "True",
        "False",
    }
)

# Keyword arguments every generated endpoint method takes, and attributes every
# client and resource object has.
METHOD_RESERVED = frozenset(
    {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "idempotency_key",
        "timeout",
        "max_retries",
        "with_raw_response",
        "with_streaming_response",
    }
)
CLIENT_RESERVED = frozenset(
    {
        "api_key",
        "base_url",
        "close",
        "aclose",
        "copy",
        "http_client",
        "max_retries",
        "rate_limit",
        "timeout",
        "default_query",
        "max_response_bytes",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
    }
)

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENT = re.compile(r"[^0-9A-Za-z_]+")


@functools.lru_cache(maxsize=1 << 16)  # a spec names the same things over and over
def _ascii_words(text: str) -> tuple[str, ...]:
    """Split any string into ASCII words: camelCase, dashes, dots, spaces and unicode."""
    normalized = unicodedata.normalize("NFKD", text)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    spaced = _WORD_BOUNDARY.sub("_", ascii_text)
    return tuple(w for w in _NOT_IDENT.sub("_", spaced).split("_") if w)


def _fix_start(name: str, prefix: str) -> str:
    return f"{prefix}{name}" if name[:1].isdigit() else name


# Single letters easily misread as digits (pycodestyle E741).
_AMBIGUOUS = frozenset({"l", "O", "I"})


def snake(text: str, *, fallback: str = "value") -> str:
    """`text` as a snake_case identifier. Never empty, never a keyword, never private."""
    words = _ascii_words(text)
    name = "_".join(w.lower() for w in words) or fallback
    name = _fix_start(name, f"{fallback}_")
    return f"{name}_" if keyword.iskeyword(name) or name in _AMBIGUOUS else name


def pascal(text: str, *, fallback: str = "Model") -> str:
    """`text` as a PascalCase class name, keeping inner capitals (`GetModelsResponse`)."""
    words = _ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or fallback
    name = _fix_start(name, fallback)
    if (
        keyword.iskeyword(name)
        or name in MODULE_RESERVED
        or name in BUILTIN_TYPES
        or name in _AMBIGUOUS
    ):
        # Not a trailing `_`: datamodel-code-generator strips it from class names.
        name = f"{name}Model"
    return name


def upper_snake(text: str, *, fallback: str = "VALUE") -> str:
    """`text` as an UPPER_SNAKE enum member name."""
    words = _ascii_words(text)
    name = "_".join(w.upper() for w in words) or fallback
    name = _fix_start(name, f"{fallback}_")
    return f"{name}_" if name in _AMBIGUOUS else name


def field_name(text: str) -> str:
    """A model field name: snake_case, and never a pydantic `BaseModel` attribute."""
    name = snake(text, fallback="field")
    clashes = name in PYDANTIC_RESERVED or name in _MODEL_METHODS or name in _SHADOWING_BUILTINS
    return f"{name}_" if clashes else name


# A field named like a builtin type would shadow it in the annotations of its class.
_SHADOWING_BUILTINS = frozenset({"bool", "bytes", "dict", "float", "int", "list", "str"})


# The `model_` names pydantic defines on BaseModel; other `model_` names
# (such as `model_type`) are fine as fields.
_MODEL_METHODS = frozenset(
    {
        "model_config",
        "model_computed_fields",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
    }
)


def param_name(text: str) -> str:
    """A keyword parameter of a generated method."""
    name = snake(text, fallback="param")
    return f"{name}_" if name in METHOD_RESERVED else name


def resource_name(text: str) -> str:
    """A resource attribute on the client (`client.models`)."""
    name = snake(text, fallback="resource")
    return f"{name}_" if name in CLIENT_RESERVED else name


def subresource_name(text: str) -> str:
    """A resource attribute on another resource (`client.chat.completions`)."""
    name = snake(text, fallback="resource")
    return f"{name}_" if name in METHOD_RESERVED else name


def method_name(text: str) -> str:
    """An endpoint method on a resource (`client.models.retrieve`)."""
    name = snake(text, fallback="call")
    return f"{name}_" if name in METHOD_RESERVED else name


def package_name(text: str) -> str:
    """The Python package of a generated client."""
    return snake(text, fallback="provider")


def unique(names: Iterable[str]) -> list[str]:
    """Make names unique in order, suffixing later duplicates with `_2`, `_3`, ..."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}_{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


@functools.lru_cache(maxsize=65536)  # a client repeats each endpoint's docs four times
def docstring(text: str, width: int = 76, *, closing: bool = True) -> Code:
    """Text that is safe inside a triple-quoted docstring, prose paragraphs wrapped to `width`.

    Backslashes and triple quotes are escaped. With `closing`, a trailing quote
    is escaped too, so the text may sit right before the closing quotes.
    """
    escaped = _escape_controls(text.replace("\\", "\\\\").replace("\r\n", "\n"))
    paragraphs = _BLANK_LINES.split(escaped.strip(_SPACE + "\n"))
    wrapped = [_wrap(p, width) for p in paragraphs if p.strip(_SPACE + "\n")]
    body = "\n\n".join(wrapped)
    if closing and body.endswith('"'):
        body = body[:-1] + '\\"'
    return Code(body.replace('"""', '\\"\\"\\"'))


def docfragment(text: str, width: int = 76) -> Code:
    """Part of a docstring that never sits right before the closing quotes."""
    return docstring(text, width, closing=False)


# What ends a line as whitespace to a linter (Unicode's White_Space, less what
# `_escape_controls` escapes): never left at the end of a docstring's line.
_SPACE = " \t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_BLANK_LINES = re.compile(f"\n[{_SPACE}]*\n")

# Unicode categories Cc, Cs, Zl and Zp, except the line feed.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape_controls(text: str) -> str:
    """Escape characters a source file cannot hold literally (NUL, other controls, surrogates)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_control_escape, text)


def _control_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _wrap(paragraph: str, width: int) -> str:
    if len(paragraph) <= width and paragraph.isprintable() and paragraph.strip(_SPACE) == paragraph:
        return paragraph  # one short line: what textwrap would return, without its cost
    lines = [line.rstrip(_SPACE) for line in paragraph.split("\n")]
    # Lists, tables and indented blocks keep their lines; prose is reflowed.
    if any(line[:1].isspace() or line.lstrip()[:2] in ("- ", "* ", "| ") for line in lines):
        return "\n".join(lines)
    filled = textwrap.fill(
        " ".join(line.strip(_SPACE) for line in lines),
        width=width,
        break_long_words=False,
        break_on_hyphens=False,
    )
    # textwrap breaks at ASCII spaces only: a word may end in another space.
    return "\n".join(line.rstrip(_SPACE) for line in filled.split("\n"))


def comment(text: str) -> Code:
    """Text that is safe in a single `#` comment line."""
    # str.split() also splits at U+2028, U+2029, U+0085 and other line breaks.
    return Code(" ".join(_escape_controls(text).split()))


def pyrepr(value: object) -> Code:
    """A Python literal for a JSON-like value (str, int, float, bool, None, list, dict), or bytes."""
    return Code(_literal(value))


def _literal(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return _str_literal(value)
    if isinstance(value, bytes):
        return repr(value)  # always an ASCII literal: other bytes are written as escapes
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no Python literal for the non-finite number {value!r}")
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"no Python literal for {type(value).__name__}")


# Characters that start HTML or an entity; the rest of markdown stays as written, so a
# description keeps its emphasis, lists and links (and `->` stays readable).
_MD_ESCAPES = {"&": "&amp;", "<": "&lt;"}


def md_text(text: str) -> Code:
    """Spec prose as markdown: HTML is shown as text, control characters are escaped."""
    escaped = _escape_controls(text.replace("\r\n", "\n"))
    return Code("".join(_MD_ESCAPES.get(c, c) for c in escaped).strip())


def md_code(text: str) -> Code:
    """A markdown code span showing `text` exactly, whatever backticks it holds."""
    flat = " ".join(_escape_controls(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return Code(f"{fence}{pad}{flat}{pad}{fence}")


def _str_literal(value: str) -> str:
    # Double quotes, as ruff format would write them; repr escapes the rest.
    text = repr(value)
    if text.startswith("'") and '"' not in value:
        text = '"' + text[1:-1].replace("\\'", "'") + '"'
    return text


# Builtins an annotation may name that a generated method could shadow in its class
# (`def list(...)` on a resource, then `list[str]` in the next method's signature).
SHADOWABLE_BUILTINS = frozenset(
    {"list", "dict", "set", "tuple", "type", "str", "int", "float", "bool", "bytes", "object"}
)


def qualify_builtins(annotation: str, names: frozenset[str] | set[str]) -> Code:
    """`annotation` with each of the builtins `names` written `builtins.<name>`.

    An annotation is one line of identifiers, punctuation and string literals; only
    names outside the literals change.
    """
    import io
    import tokenize

    spots: list[int] = []
    previous = ""
    for token in tokenize.generate_tokens(io.StringIO(annotation).readline):
        if token.type == tokenize.NAME and token.string in names and previous != ".":
            spots.append(token.start[1])
        previous = token.string
    text = annotation
    for column in reversed(spots):
        text = f"{text[:column]}builtins.{text[column:]}"
    # The annotation's own text, with a module name before some of its identifiers.
    return Code(text)
