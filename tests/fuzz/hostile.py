"""Hostile values for the fuzz suite: hypothesis strategies from the spec's schemas, and the nasty things
a public endpoint meets (huge, malformed, mistyped, injected, mis-encoded)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Dict, List
from urllib.parse import quote

from hypothesis import strategies as st

from tests.fuzz import spec

# --- strings ---------------------------------------------------------------------------------------------
INJECTIONS = [
    "' OR '1'='1", "'; DROP TABLE console_users; --", "\" OR 1=1 --", "1; SELECT sqlite_version()",
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
    "{{7*7}}", "{{ config }}", "{% for x in ().__class__.__base__.__subclasses__() %}{% endfor %}",
    "${7*7}", "#{7*7}", "<%= 7*7 %>", "{0.__class__}", "%s%s%s%n", "%(x)s",
    "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "file:///etc/passwd",
    "\r\nSet-Cookie: evil=1", "\r\n\r\n<html>", "a\x00b", "\x00", "\x1b[31m", "\u202egnp.exe",
    "\ufeff", "\u200b\u200d", "Z\u0351\u0352\u0353", "\U0001f600" * 50, "\ud800", "\udfff", "\udcff",
    "null", "true", "[]", "{}", "NaN", "-1", "0", "9" * 40, "1e999", "/", "//evil.example", "\\\\evil",
    "RESUME ABCD-1234", "STOP", "HELP", "/restart", "/inform{\"age\": -1}", "/" + "a" * 3000,
    "whatsapp:", "whatsapp:+" + "9" * 30, "+44", "%00", "%ff", "%zz", "&", "=", "&&==&&",
]

any_char = st.characters(exclude_categories=())  # includes lone surrogates, controls, unassigned
weird_text = st.text(any_char, max_size=80)  # (long strings come from huge_text, cheaply)
plain_text = st.text(max_size=120)
huge_text = st.integers(1_000, 80_000).flatmap(
    lambda n: st.sampled_from(["A", "é", "\U0001f600", "<", "\x00", "%"]).map(lambda c: c * n))
hostile_text = st.one_of(st.sampled_from(INJECTIONS), weird_text, plain_text, huge_text,
                         st.lists(st.sampled_from(INJECTIONS), min_size=2, max_size=5).map("".join))

invalid_utf8 = st.sampled_from([b"\xff", b"\xfe\xff", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1",
                                b"\xf0\x28\x8c\xbc", b"\xed\xa0\x80", b"\xc0\xaf", b"\x80"])
hostile_bytes = st.one_of(
    st.binary(max_size=300),
    st.tuples(st.binary(max_size=50), invalid_utf8, st.binary(max_size=50)).map(b"".join),
    hostile_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda s: s.encode("utf-16", "surrogatepass")),
)


# --- JSON --------------------------------------------------------------------------------------------------
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-10**400, 10**400),
                        st.floats(allow_nan=True, allow_infinity=True), hostile_text)
hostile_json_value = st.recursive(
    json_scalar, lambda children: st.one_of(st.lists(children, max_size=4),
                                            st.dictionaries(plain_text, children, max_size=4)),
    max_leaves=12)


def deep_json(depth: int) -> bytes:
    nested = b"[" * depth + b"]" * depth
    return b'{"session": ' + nested + b"}" if depth % 2 else nested


def dumps(value: Any) -> bytes:
    """JSON as a hostile client would send it: NaN/Infinity and lone surrogates included."""
    return json.dumps(value, allow_nan=True).encode("utf-8")


# --- from the spec's schemas --------------------------------------------------------------------------------
_CACHE: Dict[Any, Any] = {}  # strategies built once per schema: building them is most of the cost


def cached(key: Any, schema: Any, build) -> st.SearchStrategy:
    entry = _CACHE.get((key, id(schema)))
    if entry is None or entry[0] is not schema:
        entry = _CACHE[(key, id(schema))] = (schema, build())  # (the schema is kept, so its id is too)
    return entry[1]


def from_schema(schema: Any) -> st.SearchStrategy:
    """A value that fits the schema (the subset docs/openapi.yaml uses)."""
    schema = spec.resolve(schema)
    return cached("valid", schema, lambda: _from_schema(schema))


def _from_schema(schema: Any) -> st.SearchStrategy:
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props: Dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fields = {name: from_schema(sub) for name, sub in props.items()}
        return st.fixed_dictionaries({k: v for k, v in fields.items() if k in required},
                                     optional={k: v for k, v in fields.items() if k not in required})
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {})), max_size=schema.get("maxItems", 5))
    if kind == "integer":
        return st.integers(schema.get("minimum", -2**63), schema.get("maximum", 2**63 - 1))
    if kind == "number":
        return st.floats(allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "email":
            return st.emails().filter(lambda e: len(e) <= schema.get("maxLength", 254))
        if fmt == "date":
            return st.dates().map(lambda d: d.isoformat())
        if fmt == "binary":
            return st.binary(max_size=2000)
        low, high = schema.get("minLength", 0), min(schema.get("maxLength", 300), 300)
        if "pattern" in schema:
            pattern = schema["pattern"]
            if pattern == "^/":  # "starts with /": a button payload
                return st.text(max_size=high - 1).map(lambda s: "/" + s)
            return st.from_regex(pattern, fullmatch=True)
        return st.text(min_size=low, max_size=max(low, high))
    return hostile_json_value


def mutated_object(schema: Any, *, form: bool = False) -> st.SearchStrategy:
    """A body that starts valid and is then bent: fields of the wrong type or hostile, missing, extra."""
    schema = spec.resolve(schema)
    return cached(("mutated", form), schema, lambda: _mutated_object(schema, form=form))


@st.composite
def _mutated_object(draw, schema: Any, *, form: bool = False) -> Any:
    value = draw(from_schema(schema))
    if not isinstance(value, dict):
        return value
    names = list(spec.resolve(schema).get("properties", {})) or ["x"]
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.sampled_from(["hostile", "wrong_type", "drop", "extra"]))
        name = draw(st.sampled_from(names))
        if action == "hostile":
            value[name] = draw(hostile_text)
        elif action == "wrong_type" and not form:
            value[name] = draw(hostile_json_value)
        elif action == "drop":
            value.pop(name, None)
        else:
            value[draw(hostile_text.filter(lambda s: len(s) < 200))] = draw(hostile_text)
    return value


# --- form bodies --------------------------------------------------------------------------------------------
def urlencode(fields: Dict[str, Any]) -> bytes:
    """Like urllib's, but lone surrogates go through as their (invalid) UTF-8 bytes."""
    def enc(v: Any) -> str:
        raw = (v if isinstance(v, str) else str(v)).encode("utf-8", "surrogatepass")
        return quote(raw, safe="")
    return "&".join(f"{enc(k)}={enc(v)}" for k, v in fields.items()).encode("ascii")


@lru_cache(maxsize=None)
def malformed_form() -> st.SearchStrategy:
    return st.one_of(
        hostile_bytes,
        st.sampled_from([b"=", b"&", b"&&&", b"a", b"a=%", b"a=%z", b"a=%ff%fe", b"%=%", b"a=1&a=2&a=3",
                         b"csrf_token=%ff", b"csrf_token=\xff", b"=\xff", b"a=b;c=d", b"a=+%20+"]),
        st.lists(st.tuples(hostile_text, hostile_text), max_size=6).map(
            lambda pairs: urlencode(dict(pairs))),
    )


MULTIPART = "multipart/form-data; boundary=fuzzboundary"


def multipart(fields: Dict[str, str], boundary: str = "fuzzboundary") -> bytes:
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode(
            "utf-8", "surrogatepass") + str(value).encode("utf-8", "surrogatepass") + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


BROKEN_MULTIPART = [
    b"--fuzzboundary\r\nbroken", b"--fuzzboundary\r\n\r\n", b"--fuzzboundary--", b"garbage",
    b"--fuzzboundary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--fuzzboundary--\r\n",
    b"--fuzzboundary\r\nContent-Disposition: form-data; name=\"a\"\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n"
    b"!!!\r\n--fuzzboundary--\r\n",
    b"--fuzzboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.csv\"\r\n"
    b"Content-Type: text/csv\r\n\r\n\xff\xfe\x00\r\n--fuzzboundary--\r\n",
    b"--fuzzboundary\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Encoding: gzip\r\n\r\n"
    b"notgzip\r\n--fuzzboundary--\r\n",
]

CONTENT_TYPES = [
    "application/json", "application/json; charset=utf-8", "application/json; charset=latin-1",
    "application/json; charset=bogus", "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-8", "application/x-www-form-urlencoded; charset=bogus",
    "application/x-www-form-urlencoded; charset=utf-16", "multipart/form-data",
    "multipart/form-data; boundary=fuzzboundary", "multipart/form-data; boundary=", "text/plain",
    "text/html", "application/xml", "application/octet-stream", "*/*", "", ";;;", "application/json;;",
    "application/json; charset=\"", "image/png", "multipart/mixed; boundary=fuzzboundary",
]

# --- headers and paths --------------------------------------------------------------------------------------
header_value = st.one_of(st.sampled_from(INJECTIONS).filter(lambda s: "\r" not in s and "\n" not in s),
                         st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=100),
                         st.text(st.characters(min_codepoint=0xa0, max_codepoint=0xff), max_size=30))
ORIGINS = ["https://evil.example", "null", "http://localhost", "https://waymark.example.org", "*", "",
           "file://", "https://council.example.gov.uk"]
EXTRA_HEADERS = ["Origin", "X-Forwarded-For", "Accept", "Accept-Encoding", "Range", "If-Modified-Since",
                 "If-None-Match", "X-CSRF-Token", "X-Twilio-Signature", "Cookie", "Referer", "User-Agent",
                 "Access-Control-Request-Method", "Access-Control-Request-Headers", "Authorization",
                 "Transfer-Encoding", "Expect", "Content-Encoding", "Accept-Language", "Forwarded"]


@lru_cache(maxsize=None)
def path_segment() -> st.SearchStrategy:
    """What a path parameter can be on the wire (percent-encoded as needed)."""
    return st.one_of(
        st.integers(-2, 5).map(str), st.integers(2**31, 10**40).map(str), st.just("9223372036854775807"),
        st.just("9223372036854775808"), st.just("-9223372036854775809"), st.sampled_from(
            ["0", "00001", "1.5", "1e3", "0x10", " 1", "1 ", "١", "¹", "1_000", "+1", "NaN", "None"]),
        st.text(max_size=30).map(lambda s: quote(s.encode("utf-8"), safe="")),
        st.sampled_from(["%2e%2e", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fsettings.py", "%00",
                         "a%00b", "%ff", "%c0%af", "%25", "%2F", "widget.js%00.png", "....//....//x",
                         "%5c..%5c..%5cx", "favicon.svg%3F", "favicon.svg;x", "favicon.svg/",
                         "/etc/passwd", "%2Fetc%2Fpasswd", "con", "aux.txt", "a" * 300]),
    )


@lru_cache(maxsize=None)
def hostile_query() -> st.SearchStrategy:
    value = st.one_of(st.sampled_from(INJECTIONS), plain_text).map(
        lambda s: quote(s.encode("utf-8", "surrogatepass"), safe=""))
    name = st.sampled_from(["next", "error", "notice", "status", "since", "until", "session", "x", "%ff", ""])
    return st.lists(st.tuples(name, value), max_size=4).map(
        lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))


def fill_path(template: str, values: Dict[str, str]) -> str:
    out = template
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def sample_names(op: "spec.Operation") -> List[str]:
    return [p["name"] for p in op.params_in("path")]
