"""Reading and checking an exchange document before anything touches the database.

- :func:`parse_bytes` turns file bytes into a document, refusing non-UTF-8, non-JSON and
  truncated files with one clear Vietnamese sentence;
- :func:`check_header` refuses a document of another format or of a newer version;
- :func:`schema_problems` lists every JSON Schema violation, each with its JSON path
  (``$.plans[0].groups[1].tasks[3].lead_unit_id``) and a Vietnamese message.

Referential checks (ids that exist, period codes, cycles) need the database and live in
:mod:`desktop_app.exchange.importer`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError

from desktop_app.domain.text import unsafe_character
from desktop_app.exchange import FORMAT, VERSION, bounded, load_schema
from desktop_app.services.errors import Problem, ValidationError

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
                         r"(Z|[+-][0-9]{2}:[0-9]{2})")

MAX_INT = 2**53  # larger integers do not survive a round trip through JSON readers and REAL columns

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")

TYPE_NAMES = {
    "string": "chuỗi văn bản",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true hoặc false",
    "array": "danh sách",
    "object": "đối tượng",
    "null": "null",
}


# ---- paths ---------------------------------------------------------------------------------

# keys in the order an exported document writes them, so problems are listed in document order
KEY_ORDER = (
    "format", "version", "app_version", "exported_at", "units", "documents", "adhoc_periods", "plans", "progress",
    "target_values", "id", "task_id", "target_id", "unit_id", "period", "position", "code", "doc_type",
    "number", "symbol", "issued_on", "issuer_unit_id", "issuer", "name", "title", "content", "kind",
    "parent_id", "active", "implements", "lead_unit_id", "coordinating_unit_ids", "schedule", "due",
    "month", "day", "output", "start_on", "end_on", "deadline", "start_year", "end_year", "vision_year",
    "purpose", "requirements", "deadline_offset_days", "measure", "baseline", "baseline_year",
    "target_low", "target_high", "target_year", "direction", "status", "percent", "completed_on",
    "result", "difficulties", "proposals", "references", "updated_by", "value", "note", "updated_at",
    "targets", "groups", "tasks",
)
_KEY_RANK = {key: rank for rank, key in enumerate(KEY_ORDER)}


def document_order(parts: Iterable[str | int]) -> list[tuple[int, str]]:
    """Sort key putting JSON paths in the order the places appear in an exported document."""
    return [(part, "") if isinstance(part, int) else (_KEY_RANK.get(part, len(_KEY_RANK)), part)
            for part in parts]


def json_path(parts: Iterable[str | int]) -> str:
    """``["plans", 0, "title"]`` → ``$.plans[0].title``."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            text += f".{part}"
        else:
            text += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return text


def show(value: Any, limit: int = 60) -> str:
    """A value as it appears in the file, shortened for a message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- values ---------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """A real calendar date written YYYY-MM-DD, or None (2024-02-31 is None)."""
    if not isinstance(text, str) or not DATE_RE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime | None:
    """An ISO instant with a time zone, or None."""
    if not isinstance(text, str) or not DATETIME_RE.fullmatch(text):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


CLOCK_TOLERANCE = timedelta(days=1)  # clocks differ; a time later than this is a lie or a broken clock


def future_message(value: Any) -> str:
    return (f"thời điểm {show(value)} ở tương lai (muộn hơn đồng hồ máy này quá một ngày); hãy kiểm tra ngày giờ "
            "của máy đã tạo tệp")


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID_RE.fullmatch(value) is not None


_formats = FormatChecker(formats=())
_formats.checks("uuid")(lambda value: not isinstance(value, str) or is_uuid(value))
_formats.checks("date")(lambda value: not isinstance(value, str) or parse_date(value) is not None)
_formats.checks("date-time")(lambda value: not isinstance(value, str) or parse_datetime(value) is not None)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with every local "$ref" replaced by its definition (the format's schema has no
    recursion); jsonschema then validates a 10,000-task file several times faster."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


@cache
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_inline(schema, schema.get("$defs", {})), format_checker=_formats)


# ---- reading a file -------------------------------------------------------------------------


def _no_constants(name: str) -> Any:
    raise ValueError(f"giá trị {name} không dùng được trong JSON")


def parse_bytes(raw: bytes) -> Any:
    """The JSON value in a file's bytes; ValidationError with one sentence when it is not one."""
    if raw.startswith(b"\xef\xbb\xbf"):  # a BOM, as Notepad writes
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError.one("$", f"Tệp không phải văn bản UTF-8 (byte lạ ở vị trí {exc.start}); "
                                       "hãy xuất lại tệp bằng chương trình Theo dõi Kế hoạch.") from exc
    if not text.strip():
        raise ValidationError.one("$", "Tệp rỗng, không có dữ liệu để nhập.")
    try:
        return bounded.loads(text, parse_constant=_no_constants)
    except bounded.DuplicateKey as exc:
        raise ValidationError.one("$", bounded.duplicate_sentence(exc)) from exc
    except RecursionError:
        raise ValidationError.one("$", bounded.depth_sentence()) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or _unclosed(text):
            raise ValidationError.one("$", f"Tệp bị cắt cụt: nội dung JSON kết thúc giữa chừng ở dòng {exc.lineno}, "
                                           "có thể do sao chép chưa xong.") from exc
        raise ValidationError.one("$", f"Tệp không phải JSON hợp lệ (lỗi ở dòng {exc.lineno}, "
                                       f"cột {exc.colno}).") from exc
    except ValueError as exc:
        raise ValidationError.one("$", f"Tệp không phải JSON hợp lệ ({exc}).") from exc


def _unclosed(text: str) -> bool:
    """Whether the text ends inside a string or with brackets still open (a cut-off file)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return in_string or depth > 0


def check_header(data: Any) -> None:
    """Refuse a document that is not ours, or is of a version this program cannot read."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        where = "$.format" if isinstance(data, dict) else "$"
        raise ValidationError.one(where, f"Tệp không phải tệp trao đổi dữ liệu của Theo dõi Kế hoạch "
                                         f"(cần \"format\": \"{FORMAT}\").")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError.one("$.version", f"Tệp không ghi rõ phiên bản định dạng (cần \"version\": {VERSION}).")
    if version > VERSION:
        raise ValidationError.one("$.version", f"Tệp được tạo bằng phiên bản mới hơn của chương trình (định dạng "
                                               f"phiên bản {version}); hãy cập nhật chương trình rồi nhập lại.")
    if version < VERSION:
        raise ValidationError.one("$.version", f"Phiên bản định dạng {version} không hợp lệ (cần {VERSION}).")


# ---- schema violations ----------------------------------------------------------------------


def _type_names(expected: str | Sequence[str]) -> str:
    names = [expected] if isinstance(expected, str) else list(expected)
    return " hoặc ".join(TYPE_NAMES.get(n, n) for n in names)


def _extra_keys(error: SchemaError) -> list[str]:
    schema = error.schema if isinstance(error.schema, dict) else {}
    known = set(schema.get("properties", {}))
    patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
    instance = error.instance if isinstance(error.instance, dict) else {}
    return [k for k in instance if k not in known and not any(p.search(k) for p in patterns)]


def _format_message(fmt: str, value: Any) -> str:
    if fmt == "uuid":
        return (f"mã (id) phải là UUID viết thường dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, "
                f"không phải {show(value)}")
    if fmt == "date":
        return f"ngày không hợp lệ: {show(value)} (cần dạng YYYY-MM-DD và là ngày có thật)"
    if fmt == "date-time":
        return f"thời điểm không hợp lệ: {show(value)} (cần dạng 2024-06-18T09:00:00.000Z, có múi giờ)"
    return f"giá trị {show(value)} không đúng dạng {fmt}"


def _problems_of(error: SchemaError) -> list[Problem]:
    path = list(error.absolute_path)
    where = json_path(path)
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = [k for k in expected if isinstance(value, dict) and k not in value]
        return [Problem(json_path([*path, k]), "thiếu trường bắt buộc") for k in missing]
    if kind == "additionalProperties":
        return [Problem(json_path([*path, k]), "trường không có trong định dạng (viết sai tên?)")
                for k in _extra_keys(error)]
    if kind == "type":
        message = f"phải là {_type_names(expected)}, không phải {show(value)}"
    elif kind == "enum":
        message = f"giá trị {show(value)} không hợp lệ (chỉ nhận: {', '.join(str(v) for v in expected)})"
    elif kind == "const":
        message = f"phải là {show(expected)}, không phải {show(value)}"
    elif kind == "minimum":
        message = f"giá trị {show(value)} nhỏ hơn mức tối thiểu {expected}"
    elif kind == "maximum":
        message = f"giá trị {show(value)} lớn hơn mức tối đa {expected}"
    elif kind == "minLength":
        message = "không được để trống" if expected == 1 else f"phải có ít nhất {expected} ký tự"
    elif kind == "maxLength":
        message = f"dài quá {expected} ký tự"
    elif kind == "format":
        message = _format_message(str(expected), value)
    elif kind == "pattern":
        message = f"giá trị {show(value)} không đúng dạng"
    elif kind == "uniqueItems":
        message = "danh sách có phần tử trùng nhau"
    elif kind == "not" and len(path) >= 2 and path[-2] == "schedule":
        message = f"trường '{path[-1]}' không dùng với loại lịch này"
    else:
        message = error.message
    return [Problem(where, message)]


def iter_schema_problems(data: Any) -> Iterator[Problem]:
    """Every JSON Schema violation as it is found (no error object kept: a file with a million
    bad rows costs no memory for them), each with its JSON path, each once."""
    place: object = None
    seen: set[tuple[str, str]] = set()  # for the object at hand: its errors come one after another
    for error in validator().iter_errors(data):
        if error.validator == "pattern" and _has_format(error):
            continue  # the format message says the same, better
        if error.absolute_path != place:
            place, seen = error.absolute_path, set()
        for problem in _problems_of(error):
            if (problem.where, problem.message) not in seen:
                seen.add((problem.where, problem.message))
                yield problem


def _has_format(error: SchemaError) -> bool:
    schema = error.schema if isinstance(error.schema, dict) else {}
    return "format" in schema and _formats.conforms(error.instance, schema["format"]) is False


def problem_order(problem: Problem) -> list[tuple[int, str]]:
    """Sort key putting problems in the order their places appear in an exported document."""
    return document_order(path_parts(problem.where))


_PART = re.compile(r'\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def path_parts(where: str) -> tuple[str | int, ...]:
    """``$.plans[0].title`` → ``("plans", 0, "title")``."""
    parts: list[str | int] = []
    for name, index, quoted in _PART.findall(where[1:] if where.startswith("$") else where):
        if name:
            parts.append(name)
        elif index:
            parts.append(int(index))
        else:
            parts.append(quoted[1:-1])
    return tuple(parts)


def schema_problems(data: Any) -> list[Problem]:
    """Every JSON Schema violation, in document order, each with its JSON path."""
    problems = list(dict.fromkeys((p.where, p.message) for p in iter_schema_problems(data)))
    return sorted((Problem(w, m) for w, m in problems), key=problem_order)


def value_problems(data: Any, path: tuple[str | int, ...] = ()) -> list[Problem]:
    """Values JSON allows but a database cannot keep: NaN/infinite numbers, NUL or broken characters."""
    return sorted(iter_value_problems(data, path), key=lambda p: p.where)


def iter_value_problems(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[Problem]:
    """:func:`value_problems`, as they are found."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, path)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and not _clean_string(key):
                    yield Problem(json_path(where), "tên trường chứa ký tự không hợp lệ")
                stack.append((item, (*where, str(key))))
        elif isinstance(value, list):
            stack.extend((item, (*where, i)) for i, item in enumerate(value))
        elif isinstance(value, float) and not math.isfinite(value):
            yield Problem(json_path(where), f"số không hợp lệ: {value}")
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            yield Problem(json_path(where), "số quá lớn")
        elif isinstance(value, str) and not _clean_string(value):
            yield Problem(json_path(where), "văn bản chứa ký tự không hợp lệ (NUL hoặc mã Unicode hỏng)")
        elif isinstance(value, str) and (character := unsafe_character(value)):
            yield Problem(json_path(where), f"văn bản chứa ký tự điều khiển {character}, không được phép")


def _clean_string(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_document(data: Any, into: list[Problem] | None = None) -> list[Problem]:
    """Header, schema and value problems of a document (no database needed), added to ``into``
    (a :class:`ProblemList` keeps memory bounded) or to a new list in document order.

    Raises ValidationError at once when the header is wrong (another format, a newer version):
    nothing else in such a file can be trusted.
    """
    check_header(data)
    if into is None:
        return schema_problems(data) + value_problems(data)
    into += iter_schema_problems(data)
    into += iter_value_problems(data)
    return into
