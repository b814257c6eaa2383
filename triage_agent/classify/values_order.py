"""Reading two compared values that hold the same items in another order.

The pair each framework prints (_compared_pair), its items split (_split_items, JSON, maps, records) and compared
as multisets (_same_items), and whether order was what the test checked (_order_named, a source literal's order,
every rerun failing): _same_items_other_order. Used by line_checks.py, which checks the catalogue entry
"compared-values-same-items-other-order" with it. Pure: no I/O, no clock.
"""

from __future__ import annotations

import json
import re

from .lines import _WORD_PART

# (twenty-first round, unordered21) signatures.toml "compared-values-same-items-other-order": a failing test's two
# compared values that hold the same items, each as often, in another order (a list built from a hash map or set, a Go
# map range, goroutines or threads finishing in any order, a directory listing, rows without ORDER BY). Evidence: the
# public threads counted in tests/unit/test_rules21_unordered.py (20 of 21 fixed as flakes or in the test, one a
# product bug whose list came out exactly reversed); assumption: a runner prints each of the two values whole on the
# lines read here. Read only where the values parse into at least two items (JSON objects by their keys), the two
# differ in order alone, they are not the exact reverse of each other (three items or more: a sort's direction), and
# no word around them (the test's name, the assertion's source) says order is what the test checks.
_UNORDERED_ABOVE = 40
_UNORDERED_BELOW = 8
# one line holding both values: JUnit's and AssertJ's "expected: <X> but was: <Y>", TestNG's "expected [X] but found
# [Y]", pytest's "assert X == Y", unittest's "Lists differ: X != Y"
_JUNIT_PAIR = re.compile(r"\bexpected:? ?<(.{2,3000}?)> but was:? ?<(.{2,3000})>\s*$")
_TESTNG_PAIR = re.compile(r"\bexpected \[(.{2,3000}?)\] but found \[(.{2,3000})\]\s*$")
# chai's deep equality ("AssertionError: expected [ 'b', 'a' ] to deeply equal [ 'a', 'b' ]", recalled)
_CHAI_PAIR = re.compile(r"\bexpected ([\[{].{0,3000}?) to (?:deeply |strictly )?equal ([\[{].{0,3000}?)\s*$")
_PYTEST_PAIR = re.compile(r"^(?:E\s+|FAILED \S{1,500}::\S{1,500} - )(?:AssertionError: )?assert (.{2,3000})$")
_UNITTEST_PAIR = re.compile(r"\bLists differ: (.{2,3000})$")
# (p38) unittest's assertEqual of two strings or other values (assertMultiLineEqual's and _baseAssertEqual's "%s != %s" of
# the two reprs, cpython Lib/unittest/case.py, recalled), as the traceback's last line or pytest's "E   AssertionError: ..."
# line: "AssertionError: '{"tags": ["b", "a"]}' != '{"tags": ["a", "b"]}'"; a repr shortened ("[12 chars]") is not read
_UNITTEST_NE = re.compile(r"^(?:E\s+)?AssertionError: ([\[{(\'\"].{1,3000})$")
# two lines: the first value's line within three lines above the second's (Jest's "Expected:" / "Received:", testify's
# "expected:" / "actual  :", RSpec's "expected:" / "got:", AssertJ's and JUnit 5's "expected:" / " but was:")
_PAIR_FIRST = re.compile(r"(?i)^\s*(?:[\w.]{1,80}(?:Error|Exception|Failure): )?expected\s*:\s*(?!not\b)(\S.{0,3000})$")
_PAIR_SECOND = re.compile(r"(?i)^\s*(?:received|actual|got|but was)\s*:\s*(\S.{0,3000})$")
# unittest's diff of two lists whose "Lists differ:" line it shortened ("['a', 'b... != ['b', 'a...")
_UNITTEST_MINUS = re.compile(r"^- (\[.{1,3000}\])\s*$")
_UNITTEST_PLUS = re.compile(r"^\+ (\[.{1,3000}\])\s*$")
# Jest's and Vitest's diff of two arrays: "- Expected  - 1" / "+ Received  + 1", then the array a line an item
_DIFF_RECEIVED = re.compile(r"^(\s*)\+ Received(?:\s+\+ \d+)?\s*$")
_DIFF_EXPECTED = re.compile(r"^\s*- Expected(?:\s+- \d+)?\s*$")
# AssertJ's containsExactly saying so itself (assertj-core ShouldContainExactly.elementsDifferAtIndex, read)
_ASSERTJ_SAME_ELEMENTS = re.compile(r"\bActual and expected have the same elements but not in the same order\b")
# (review 21i) more runners' one-line pairs (recalled wording): XCTest's 'XCTAssertEqual failed: ("X") is not equal to
# ("Y")', Catch2's expansion line under "with expansion:" ('  { "b", "a" } == { "a", "b" }'), FluentAssertions'
# "Expected collection to be equal to {X}, but {Y} differs at index N."
_XCTEST_PAIR = re.compile(r'\bXCTAssertEqual failed: \("(.{2,3000}?)"\) is not equal to \("(.{2,3000})"\)')
_CATCH2_EXPANSION = re.compile(r"^\s*with expansion:\s*$")
_FLUENT_PAIR = re.compile(r"\bExpected collection to be equal to (\{.{1,3000}?\}), but (\{.{1,3000}?\}) differs at index \d+\.")
# (review 21i) GoogleTest's "Expected equality of these values:" with each value's "    Which is: X" line
_GTEST_WHICH = re.compile(r"^\s*Which is: (\S.{0,3000})$")
# (hold30) a Go test's own got/want line of two slices as fmt's %v prints them ("collect_test.go:27: got [b a c], want
# [a b c]", "results = [3 1 2], want [1 2 3]", the Go testing comment convention's "got X, want Y"): the items are
# separated by spaces, read as a list only where neither value holds a quote, a comma or a nested bracket (a struct's
# or a string's own spaces would split it otherwise), and only of three items or more: two unquoted words swapped may
# be one text whose word order the code got wrong (test_rules21_unordered's "go-unquoted-values" stays real)
_GO_GOT_WANT = re.compile(
    r"^\s*[\w./-]{1,200}_test\.go:\d+: (?:[^\n]{0,200}?(?:\bgot:?|=) )?(\[[^\[\]{}\"',\n]{1,3000}\]),? want:? (\[[^\[\]{}\"',\n]{1,3000}\])\s*$")
# Go's type before a slice literal (testify's %#v: "[]string{...}", "[]pkg.T{...}")
_GO_SLICE_TYPE = re.compile(r"^\[\d*\][\w.*]{1,80}(?=\{)")
# words that say the order is what the test checks (its name, the assertion, the source quoted): read as word parts
# ("testOrdering", "sorted_tags", "AdaptiveSchedulerTest")
_ORDER_WORDS = frozenset({
    "order", "orders", "ordered", "ordering", "orderings", "reorder", "reordered", "reordering", "unordered",
    "sort", "sorts", "sorted", "sorting", "sorter", "unsorted", "rank", "ranks", "ranked", "ranking",
    "priority", "priorities", "prioritized", "prioritised", "prioritize", "prioritise", "first", "last", "sequence",
    "sequences", "sequential", "sequentially", "position", "positions", "top", "queue", "queues", "stack",
    "fifo", "lifo", "schedule", "scheduled", "scheduler", "scheduling", "reverse", "reversed", "ascending",
    "descending", "asc", "desc", "chronological", "chronologically", "latest", "newest", "oldest", "earliest",
    "precedence", "shuffle", "shuffled", "permutation", "permute", "permuted", "stable", "stability", "insertion",
    "swap", "swaps", "swapped", "rotate", "rotated", "rotation", "prepend", "prepended", "append", "appended",
    "front", "rearrange", "rearranged",
    # (review 21c) things whose order is the product's own: numbered migrations, a pipeline's stages, a middleware chain,
    # listeners called as registered, a leaderboard's ties, a topological order
    "migration", "migrations", "stages", "middleware", "middlewares", "chain", "chained", "listener", "listeners",
    "leaderboard", "topological", "toposort",
    # (flaky34) a test named for an order by the items' own text ("lists tags alphabetically", "test_lexicographic_keys",
    # "collates names"): the order of the text is what it checks, so a list in another order is the change's missing sort
    "alphabetical", "alphabetically", "alphabetic", "alphabetised", "alphabetized", "lexicographic",
    "lexicographical", "lexicographically", "collate", "collated", "collation"})
# (review 21i) more words of an order the product keeps: a listing walked by a cursor or pages, handlers and hooks run
# as registered, one step before another ("after" left out: "state after reload" names a moment, not an order), a
# feed's recent items, a version's parts. Read only outside an application's own log lines (_APP_LOG_LINE): Spring's
# "SimpleUrlHandlerMapping" or "ShutdownHook" above a pair names no order the test checks. Assumption (no public
# thread counted): these words in a failing test's name or source say what it checks as often as review 21c's do.
_ORDER_WORDS_MORE = frozenset({
    "cursor", "paginate", "paginated", "pagination", "paging", "handler", "handlers", "hook", "hooks", "callbacks",
    "interceptors", "before", "recent", "recently", "version", "versions", "semver", "major", "minor"})
# a logger's level after a clock or at a line's start ("2026-05-04T10:00:01Z  INFO 2211 --- [main] ...", Python's
# "INFO     app:views.py:12 ..."), not Maven's "[INFO]"
_APP_LOG_LINE = re.compile(r"(?:^|\s)(?:TRACE|DEBUG|INFO|WARN|WARNING)\s")
# a runner's own words around the values, which name no order the test chose ("Traceback (most recent call last)",
# RSpec's "<top (required)>", unittest's "First differing element 0:", AssertJ's message above)
_RUNNER_ORDER_WORDS = re.compile(
    r"(?i)most recent call last|<top \(required\)>|first differing element|(?:first|second) list contains"
    r"|first extra element|sequences differ|assertSequenceEqual|seq_type|not in the same order|in same order"
    r"|\bat index \d+"
    # (review 21c) dotnet test's "Stack Trace:" under xUnit's "Collections differ", Gradle's "get the stack trace"
    r"|\bstack ?trace\b")


# (review 21c) a snapshot test's mismatch (Vitest's "Snapshot `name` mismatched", Jest's toMatchSnapshot): the
# rendered output is the code's own, whatever order it lists (recalled wording)
_SNAPSHOT_NAMED = re.compile(r"(?i)\bsnapshot\b.{0,300}\bmismatched\b|\btoMatch(?:Inline)?Snapshot\b|\bsnapshots? failed\b")
# (review 22d) a generated file's check ("FAIL: generated/routes.json is stale" / "expected:" / "actual:" from a
# repository's own script, "run `make codegen`"): the file lists what the generator wrote, in its order (recalled shape)
_GENERATED_NAMED = re.compile(r"(?i)\bis stale\b|\bout of date\b|\bregenerate\b|\bcodegen\b|\bgolden files?\b")
# (review 21c) a failing test's words above a two-line pair ("expected:" / "actual:" is also a script's own output: a
# generated file's check, a config diff): Jest's "●", "FAIL", testify's "Error Trace" / "Not equal", RSpec's
# "Failure/Error", xUnit's "[FAIL]" and "Assert.Equal() Failure", an assertion's error, Rust's panic, ExUnit's "Assertion"
_TEST_CONTEXT = re.compile(
    r"(?i)●|\bfail(?:ed|ure|s)?\b|\bError Trace\b|\bNot equal\b|Assertion|\bassert|\bexpect\(|\bpanicked\b"
    r"|\bError Message\b")
# (review 21c) pytest-rerunfailures' "path::test RERUN" lines: the runner reran the test in the job itself
_PYTEST_RERUN = re.compile(r"^(\S+::\S+) RERUN\b")
_PYTEST_FAILED_NODE = re.compile(r"^FAILED (\S+::\S+) - ")
# (review 21c) Rust's assert_eq ("assertion `left == right` failed" / "  left: X" / " right: Y", older "  left: `X`,")
# and ExUnit's "left:" / "right:" (recalled): a Rust HashMap's and an Elixir map's iteration order
# (review 21c) ScalaTest's "<left> did not equal <right>" of two sequences of one kind ("List("b", "a") did not equal
# List("a", "b") (TagSpec.scala:22)", recalled); a Set is compared without order, so is not read
_SCALA_SEQ = re.compile(r"\b(List|Vector|Seq|ArrayBuffer|ListBuffer|Array)\(")
_SCALA_POSITION = re.compile(r" \([\w.$-]{1,200}:\d+\)$")


def _scalatest_pair(line: str) -> tuple[str, str] | None:
    """(review 21c) ScalaTest's two sequences of one kind as bracketed values; None for any other line."""
    left, _, right = line.rstrip().partition(" did not equal ")
    right = right[:-len(pos.group(0))] if (pos := _SCALA_POSITION.search(right[-220:])) is not None else right
    ml, mr = _SCALA_SEQ.search(left), _SCALA_SEQ.match(right)
    if ml is None or mr is None or ml.group(1) != mr.group(1) or not left.endswith(")") or not right.endswith(")"):
        return None
    return "[" + left[ml.end():-1] + "]", "[" + right[mr.end():-1] + "]"


_LEFT_LINE = re.compile(r"^\s*left\s*:\s*(\S.{0,3000})$")
_RIGHT_LINE = re.compile(r"^\s*right\s*:\s*(\S.{0,3000})$")
# (review 21c) two numbers (a point, a (min, max), a (width, height), a version's parts) and Go's bytes: a record, not a
# collection whose order could come from a hash
_NUMBER_ITEM = re.compile(r"^-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)$")
_GO_BYTES = re.compile(r"^\s*\[\d*\](?:byte|uint8|rune)\{")


def _record_like(a: str, b: str) -> bool:
    """(review 21c) Whether two compared values are a record in two orders rather than a collection's items: exactly two
    numbers each ([10, 20] against [20, 10]), or Go's bytes."""
    if _GO_BYTES.match(a) or _GO_BYTES.match(b):
        return True
    ia = _split_items(_unquoted(a))
    return ia is not None and len(ia) == 2 and all(_NUMBER_ITEM.match(it) for it in ia)


def _failed_every_rerun(lines: list[str], at: list[int], a: str, b: str) -> bool:
    """(review 21c) Whether the runner itself reran the test and it failed on the same pair each time: the pair on three
    lines or more (Surefire's "Run 1:" / "Run 2:", Gradle's retried test; a report and a summary print it twice), or
    pytest-rerunfailures' "RERUN" lines for the node whose summary carries the pair."""
    a, b = a.strip(), b.strip()
    two_line = len(at) > 1
    text, reran = _log_text_and_reruns(lines)
    # ((flake30) counted up to the third only: a log that prints one pair on thousands of lines is read in one pass;
    # (review38_b) and only where the whole log holds the value three times: lines holding it are no more than that)
    found, at_ = 0, -1
    while found < 3 and (at_ := text.find(b, at_ + 1)) >= 0:
        found += 1
    if found >= 3:
        seen = 0
        for ln in lines:
            if b in ln and (two_line or a in ln):
                seen += 1
                if seen >= 3:
                    return True
    return bool(reran) and any((m := _PYTEST_FAILED_NODE.match(ln)) is not None and m.group(1) in reran and b in ln
                               for ln in lines)


# (review38_b) a log's lines joined and its pytest-rerunfailures "RERUN" nodes, read once per log (one slot, as
# values_time._APART_MEMO): a log of thousands of pairs reads them once, not once a pair
_LOG_TEXT_MEMO: list[tuple[list[str], tuple[str, frozenset[str]]] | None] = [None]


def _log_text_and_reruns(lines: list[str]) -> tuple[str, frozenset[str]]:
    """(review38_b) ``lines`` joined by newlines, and the pytest nodes its "RERUN" lines name."""
    held = _LOG_TEXT_MEMO[0]
    if held is None or held[0] is not lines:
        reran = frozenset(m.group(1) for ln in lines if (m := _PYTEST_RERUN.match(ln)) is not None)
        held = (lines, ("\n".join(lines), reran))
        _LOG_TEXT_MEMO[0] = held
    return held[1]


# (Ruby's "=>" and a "->" are no angle brackets)
_ARROW = re.compile(r"=>|->")
_HIDDEN_ITEMS = frozenset({"...", "…", "[Object]", "[Array]", "[...]", "{...}", "[Circular]"})


def _split_items(text: str) -> list[str] | None:
    """The items of a bracketed list or braced map/set as their texts (split at the top level's commas, quotes and
    nesting respected), or None where ``text`` is not one whole bracketed value."""
    text = text.strip()
    go = _GO_SLICE_TYPE.match(text)
    if go is not None:
        text = text[go.end():]
    if len(text) < 2 or (text[0], text[-1]) not in (("[", "]"), ("{", "}")):
        return None
    pairs = {"[": "]", "{": "}", "(": ")"}
    stack: list[str] = []
    items: list[str] = []
    quote = ""
    start = 1
    i = 1
    inner = len(text) - 1
    while i < inner:
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in pairs:
            stack.append(pairs[c])
        elif c in ")]}":
            if not stack or stack.pop() != c:
                return None
        elif c == "," and not stack:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    if quote or stack:
        return None
    last = text[start:inner].strip()
    if last:
        items.append(last)
    # (an item with an angle bracket left open may hold a comma of its own: "<Row a, 1>" is not two items; and a value
    # the runner cut short or hid, pytest's "...", Node's "[Object]", says nothing of the items it left out)
    if any(not it or _ARROW.sub("", it).count("<") != _ARROW.sub("", it).count(">") or it in _HIDDEN_ITEMS
           for it in items):
        return None
    return items


def _json_value(text: str) -> object | None:
    """``text`` as JSON (an object or array), also where it is a quoted JSON string ("{\\"a\\":1}"); None otherwise."""
    text = text.strip()
    for _ in range(2):
        try:
            value = json.loads(text, object_pairs_hook=lambda pairs: ("__object__", tuple(pairs)))
        except ValueError:
            return None
        if isinstance(value, str):
            text = value.strip()
            continue
        return value if isinstance(value, (list, tuple)) else None
    return None


def _json_canon(value: object) -> object:
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "__object__":
        return ("__object__", tuple(sorted((k, repr(_json_canon(v))) for k, v in value[1])))
    if isinstance(value, list):
        return tuple(repr(_json_canon(v)) for v in value)
    return value


def _reordered(first: list[object], second: list[object], nested: bool = False) -> bool:
    """Whether two sequences hold the same items, each as often, in another order: two items at least, and not the
    exact reverse of each other where there are three or more (a sort's direction, not a hash's)."""
    if len(first) < 2 or first == second or len(first) != len(second):
        return False
    if sorted(map(repr, first)) != sorted(map(repr, second)):
        if not nested:
            return False
        # (or the same items in the same places but for a nested value in another order: RSpec's
        # '{"Health"=>["Medical", "Other"]}' against '{"Health"=>["Other", "Medical"]}')
        pairs = [(x, y) for x, y in zip(first, second, strict=True) if x != y]
        return all(isinstance(x, str) and isinstance(y, str) and _nested_reordered(x, y) for x, y in pairs)
    return len(first) == 2 or first != second[::-1]


def _nested_reordered(x: str, y: str) -> bool:
    """Whether two items are the same text up to a bracketed value that holds the same items in another order."""
    cut = next((i for i, c in enumerate(x) if c in "[{"), -1)
    return 0 <= cut < len(y) and x[:cut] == y[:cut] and _same_items(x[cut:], y[cut:])


def _same_items(a: str, b: str) -> bool:
    """(twenty-first round, unordered21) Whether the compared texts ``a`` and ``b`` are one value's items in two orders:
    JSON (an array's items, an object's keys, at any depth where all else is equal), or a bracketed list, set or map
    as a runner prints it (Python's and Java's reprs, Go's slice literal)."""
    ja, jb = _json_value(a), _json_value(b)
    if ja is not None and jb is not None:
        # (lead 21) only an array's items in another order, not the same object with its keys in another order: a
        # mapping's keys come out in an order the code fixes (documented: ECMAScript's own-property order for
        # JSON.stringify, Python 3.7+ dicts and json.dumps, Jackson's declared field order; Go's encoding/json sorts map
        # keys), and a Java HashMap of strings iterates the same way on every run of one JDK: keys in another order are
        # the code's or the toolchain's change, not a rerun's chance (review 21i)
        return isinstance(ja, list) and isinstance(jb, list) and _reordered(
            [_json_canon(v) for v in ja], [_json_canon(v) for v in jb])
    for x, y in ((a, b), (_unquoted(a), _unquoted(b))):
        ia, ib = _split_items(x), _split_items(y)
        if ia is not None and ib is not None and _bracket_kind(x) != _bracket_kind(y):
            # (review38_b) a braced value against a bracketed one ("{'oak', 'pine'} != ['pine', 'oak']", unittest's
            # two reprs of a set and a list): two kinds of container, unequal in any order
            return False
        # (lead 21) a map's printed entries in another order ("{color=red, food=[...]}"): the same reason as above; a
        # list value inside one entry in another order (RSpec's '{"Health"=>["Other", "Medical"]}') is still read.
        # (xfail21b, p38) So too a Python mapping's text compared as two strings (pytest's and unittest's pair of
        # json.dumps or str(dict) outputs, review 21c's pytest-serializer-field-order): its keys in another order are the
        # dict's insertion order (documented, Python 3.7+; json.dumps keeps it), while a list inside one entry in another
        # order (a set of str serialised) is read as any list's. (review38_b) This rule is the one that reads it: the
        # separate xfail21b guard p38 narrowed to "keys moved" never changed an answer once narrowed, and is gone.
        if (ia is not None and ib is not None and _mapping_text(x) and _mapping_text(y) and ia != ib
                and sorted(ia) == sorted(ib)):
            return False
        if ia is not None and ib is not None:
            return _reordered(list(ia), list(ib), nested=True)
    return False


def _bracket_kind(text: str) -> str:
    """(review38_b) The opening bracket of a value _split_items reads ("[" or "{"), after Go's slice type."""
    text = text.strip()
    go = _GO_SLICE_TYPE.match(text)
    return text[go.end() if go is not None else 0:][:1]


# (lead 21) a map as a runner prints it: braces around entries that are each "key=value" (Java's AbstractMap.toString,
# Kotlin's) or "key: value" / "key => value" (Python's dict repr, Ruby's Hash#inspect)
_MAP_ENTRY = re.compile(r"""^\s*(?:"[^"]{0,200}"|'[^']{0,200}'|:?[\w.$-]{1,200})\s?(?:=>?|:)\s?\S""")


def _mapping_text(text: str) -> bool:
    """(lead 21) Whether ``text`` is a brace-delimited map whose every entry is "key=value", "key: value" or "key =>
    value"."""
    text = text.strip()
    if len(text) < 2 or text[0] != "{" or text[-1] != "}":
        return False
    items = _split_items(text)
    return items is not None and bool(items) and all(_MAP_ENTRY.match(it) for it in items)


def _unquoted(text: str) -> str:
    """A value a runner printed as a quoted string ('"[a, b]"', "'[a, b]'"), without its quotes and escapes."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1].replace('\\"', '"').replace("\\'", "'")
    return text


def _top_level_split(text: str, sep: str) -> tuple[str, str] | None:
    """``text`` cut in two at the one ``sep`` outside quotes and brackets ("[1, 2] == [2, 1]"), None where there is
    not exactly one."""
    depth = 0
    quote = ""
    cuts: list[int] = []
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            cuts.append(i)
            i += len(sep)
            continue
        i += 1
    if len(cuts) != 1:
        return None
    return text[: cuts[0]], text[cuts[0] + len(sep):]


def _compared_pair(lines: list[str], idx: int) -> tuple[str, str, list[int]] | None:
    """The two values the compared report at ``idx`` printed, and the lines they stand on; None where it is not one of
    the shapes read here or a value is cut short ("...", unittest's "[29 chars]")."""
    line = lines[idx][:4000].rstrip()
    if (m := _JUNIT_PAIR.search(line)) is not None or (m := _TESTNG_PAIR.search(line)) is not None or (
            m := _CHAI_PAIR.search(line)) is not None:
        return m.group(1), m.group(2), [idx]
    if (m := _XCTEST_PAIR.search(line)) is not None or (m := _FLUENT_PAIR.search(line)) is not None:
        return m.group(1), m.group(2), [idx]
    if idx > 0 and _CATCH2_EXPANSION.match(lines[idx - 1]):
        cut = _top_level_split(line.strip(), " == ")
        return (cut[0], cut[1], [idx]) if cut is not None else None
    if (m := _GTEST_WHICH.match(line)) is not None:
        for k in range(idx - 1, max(-1, idx - 4), -1):
            if (first := _GTEST_WHICH.match(lines[k][:4000].rstrip())) is not None:
                return first.group(1), m.group(1), [k, idx]
        return None
    if (m := _PYTEST_PAIR.match(line)) is not None:
        cut = _top_level_split(m.group(1), " == ")
        return (cut[0], cut[1], [idx]) if cut is not None else None
    if (m := _UNITTEST_NE.match(line)) is not None:
        cut = _top_level_split(m.group(1), " != ")
        return (cut[0], cut[1], [idx]) if cut is not None and " chars]" not in line else None
    if (m := _UNITTEST_PAIR.search(line)) is not None:
        cut = _top_level_split(m.group(1), " != ")
        if cut is not None and "..." not in line and " chars]" not in line:
            return cut[0], cut[1], [idx]
        # shortened: the diff below it prints each list whole ("- [...]" / "+ [...]")
        for k in range(idx + 1, min(len(lines) - 1, idx + 12)):
            minus, plus = _UNITTEST_MINUS.match(lines[k][:4000]), _UNITTEST_PLUS.match(lines[k + 1][:4000])
            if minus is None:
                continue
            if plus is None and k + 2 < len(lines) and lines[k + 1].startswith("?"):
                plus = _UNITTEST_PLUS.match(lines[k + 2][:4000])
            return (minus.group(1), plus.group(1), [k, k + 1]) if plus is not None else None
        return None
    if (m := _PAIR_SECOND.match(line)) is not None:
        for k in range(idx - 1, max(-1, idx - 4), -1):
            if (first := _PAIR_FIRST.match(lines[k][:4000].rstrip())) is not None:
                return first.group(1), m.group(1), [k, idx]
        return None
    if " did not equal " in line and (scala := _scalatest_pair(line)) is not None:
        return scala[0], scala[1], [idx]
    if (m := _RIGHT_LINE.match(line)) is not None:
        for k in range(idx - 1, max(-1, idx - 4), -1):
            if (first := _LEFT_LINE.match(lines[k][:4000].rstrip())) is not None:
                return _rust_value(first.group(1)), _rust_value(m.group(1)), [k, idx]
        return None
    if (m := _GO_GOT_WANT.match(line)) is not None:
        if min(len(m.group(1).split()), len(m.group(2).split())) < 3:
            return None
        return _go_list(m.group(1)), _go_list(m.group(2)), [idx]
    if _DIFF_EXPECTED.match(line) and idx + 1 < len(lines) and (m := _DIFF_RECEIVED.match(lines[idx + 1])) is not None:
        return _jest_diff_pair(lines, idx + 1, len(m.group(1)))
    return None


def _go_list(text: str) -> str:
    """A slice as Go's %v printed it ("[b a c]"), its items comma-separated as the other readers print them."""
    return "[" + ", ".join(text[1:-1].split()) + "]"


# (the place an older panic's quoted message ends with: "`[..]`', src/store.rs:140:9")
_RUST_PANIC_PLACE = re.compile(r"'?, [\w./\\-]{1,300}:\d+:\d+$")


def _rust_value(text: str) -> str:
    """A value as Rust's older assert_eq printed it ("`[1, 2]`,"), without its backticks and comma."""
    text = _RUST_PANIC_PLACE.sub("", text.strip())
    if text.endswith(","):
        text = text[:-1]
    if len(text) >= 2 and text[0] == text[-1] == "`":
        text = text[1:-1]
    return text


def _jest_diff_pair(lines: list[str], idx: int, indent: int) -> tuple[str, str, list[int]] | None:
    """Jest's and Vitest's diff of two flat arrays under their "- Expected" / "+ Received" lines, as the two arrays'
    texts: context lines in both, "-" lines the expected one's, "+" lines the received one's. None where an item is
    itself an object or array (a line-wise diff of those does not keep items whole)."""
    k = idx + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    expected: list[str] = []
    received: list[str] = []
    body: list[int] = []
    while k < len(lines) and lines[k].strip() and len(body) < 200:
        text = lines[k][indent:]
        mark, rest = text[:1], text[1:].strip()
        if mark not in "-+ " or not rest:
            return None
        if mark in " -":
            expected.append(rest)
        if mark in " +":
            received.append(rest)
        body.append(k)
        k += 1
    if len(expected) < 2 or expected[0] not in ("Array [", "[") or received[0] != expected[0] or (
            expected[-1] != "]" or received[-1] != "]"):
        return None
    inner = expected[1:-1] + received[1:-1]
    if any(it.endswith(("[", "{")) or it.startswith(("]", "}")) for it in inner):
        return None
    return ("[" + " ".join(it if it.endswith(",") else it + "," for it in expected[1:-1]).rstrip(",") + "]",
            "[" + " ".join(it if it.endswith(",") else it + "," for it in received[1:-1]).rstrip(",") + "]",
            [idx - 1, idx, *body])


def _order_named(lines: list[str], first: int, last: int, values: tuple[str, ...]) -> bool:
    """Whether the lines around a compared pair (the failing test's name and report above it, a few lines below it)
    name order as what the test checks (_ORDER_WORDS, as word parts), the values themselves and the runner's own
    words left out."""
    for ln in lines[max(0, first - _UNORDERED_ABOVE): last + 1 + _UNORDERED_BELOW]:
        if _SNAPSHOT_NAMED.search(ln[:2000]) or _GENERATED_NAMED.search(ln[:2000]):
            return True
        text = ln[:2000]
        for v in values:
            if v:
                text = text.replace(v, " ")
        text = _RUNNER_ORDER_WORDS.sub(" ", text)
        words = {w.lower() for w in _WORD_PART.findall(text)}
        if words & _ORDER_WORDS or (words & _ORDER_WORDS_MORE and not _APP_LOG_LINE.search(text)):
            return True
    return False


def _same_items_other_order(lines: list[str], idx: int) -> bool:
    """(twenty-first round, unordered21) Whether the line at ``idx`` is a failing test's report of two compared values
    that hold the same items in another order (_same_items), or AssertJ's containsExactly saying so, with no word around
    it saying order is what the test checks (_order_named) and no sign that the order is one a toolchain or a machine
    keeps on every run (_order_kept_by_toolchain)."""
    if _ASSERTJ_SAME_ELEMENTS.search(lines[idx][:2000]):
        return not _order_named(lines, idx, idx + 4, ()) and not _order_kept_by_toolchain(lines, idx, idx + 4, ())
    pair = _compared_pair(lines, idx)
    if pair is None:
        return False
    a, b, at = pair
    if _record_like(a, b):
        return False
    if len(at) > 1 and not any(_TEST_CONTEXT.search(ln[:2000]) for ln in lines[max(0, min(at) - _UNORDERED_ABOVE): min(at)]):
        return False  # (review 21c) a two-line pair with no failing test above it: a script's own output
    try:
        same = _same_items(a, b)
    except RecursionError:
        return False  # (values nested deeper than the reading goes: not read)
    if same and _tied_on_clock(a, b) and not any(
            _TIE_NAMED.search(ln[:2000]) for ln in lines[max(0, min(at) - _UNORDERED_ABOVE): max(at) + 1 + _UNORDERED_BELOW]
    ) and not _sorted_by_moved_field(lines[max(0, min(at) - _UNORDERED_ABOVE): max(at) + 1 + _UNORDERED_BELOW], a, b):
        # (flake30) items tied on a clock's reading to the millisecond: no order kept for them, whatever the test names
        return not _failed_every_rerun(lines, at, a, b)
    # ((review38_b) the rerun's count first: the one look that ends early on a log of one pair printed on thousands of
    # lines; the looks are pure, so their order changes no answer)
    return same and not _failed_every_rerun(lines, at, a, b) and not _order_named(
        lines, min(at), max(at), (a.strip(), b.strip())) and not _order_from_source_literal(
        lines, min(at), max(at), a, b) and not _order_kept_by_toolchain(lines, min(at), max(at), (a.strip(), b.strip()))


# (flake30) Two compared lists of records that hold the same records in another order, where every record has a field
# holding a timestamp to a fraction of a second (not a whole second: a fixture's literal) and that field's values run in
# the same sequence in both lists: the records that changed places share the same instant. The test sorted (or expected
# a sort) by a time that two records took from the clock in the same millisecond; which of the two comes first is left
# to the sort's input order, a query's row order or a hash, and in another run the two instants differ and the order
# holds. Read whatever words of order stand around the pair (the test checks an order, and the order among equals is
# what failed). Records as runners print them: "Name(k=v, ...)" (Kotlin's and Lombok's toString, Java records'
# "Name[k=v, ...]"), "{k=v, ...}", "{'k': v, ...}", "{"k": v}" and JSON objects.
# ... not where the test speaks of ties or a stable order ("breaksTiesById", "test_stable_sort", "same timestamp"): then
# the tie is the test's own setting and the order among equals is what it checks, the code's answer on every run
_TIE_NAMED = re.compile(
    r"(?i:(?<![a-z])ties?(?![a-z])|tie_?break|stabl[ey]|same[_ ]?(?:time|instant|timestamp|millisecond))|(?-i:Tie(?:s|Break)?(?![a-z]))")
_RECORD_BODY = re.compile(r"^[\w.$]{0,120}[({\[](.*)[)}\]]$", re.S)
_RECORD_FIELD = re.compile(r"""^\s*["']?([\w.$-]{1,80})["']?\s*(?:=>?|:)\s*(.*?)\s*$""", re.S)
_CLOCK_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[.,](\d{1,9})")


def _record_fields(item: object) -> dict[str, str] | None:
    """A record's fields as texts (a JSON object's pairs, or a printed record's "k=v" / "k: v" entries), or None."""
    if isinstance(item, tuple) and len(item) == 2 and item[0] == "__object__":
        return {str(k): repr(v) if not isinstance(v, str) else v for k, v in item[1]}
    if not isinstance(item, str):
        return None
    body = _RECORD_BODY.match(item.strip())
    if body is None:
        return None
    entries = _split_items("{" + body.group(1) + "}")
    if not entries:
        return None
    fields: dict[str, str] = {}
    for entry in entries:
        m = _RECORD_FIELD.match(entry)
        if m is None:
            return None
        fields[m.group(1)] = _unquoted(m.group(2))
    return fields


def _moved_fields(a: str, b: str) -> set[str]:
    """(review30_c) The fields whose values differ between the records that changed places in ``a`` and ``b`` (lists of
    records, as _tied_on_clock reads them); empty where they are no such lists."""
    lists: list[list[object]] = []
    for text in (a, b):
        value = _json_value(text)
        items = value if isinstance(value, list) else _split_items(_unquoted(text))
        if not items or len(items) < 2:
            return set()
        lists.append(list(items))
    if len(lists[0]) != len(lists[1]):
        return set()
    pairs = [(_record_fields(x), _record_fields(y)) for x, y in zip(lists[0], lists[1], strict=True)]
    moved = [x for x, y in pairs if x is not None and y is not None and x != y]
    return {k for k in set().union(*moved) if len({r.get(k) for r in moved}) > 1} if len(moved) >= 2 else set()


def _sorted_by_moved_field(window: list[str], a: str, b: str) -> bool:
    """(review30_c) Whether a line of ``window`` (the test's name, its heading, its source) says the list is sorted or
    ordered by a field whose values differ among the records that moved ("sorts entries by id", "listsByRank",
    "order_by_priority"): the order among those records is that field's, the code's answer on every run, whatever
    instant they share."""
    keys = {k.rsplit(".", 1)[-1] for k in _moved_fields(a, b)}
    keys = {k for k in keys if re.fullmatch(r"[A-Za-z]\w{0,40}", k)}
    if not keys:
        return False
    words = "|".join(sorted(re.escape(k) for k in keys))
    by = re.compile(rf"(?i:(?<![a-z])(?:sort(?:s|ed|ing)?|order(?:s|ed|ing)?|by)[ _]+(?:its |their |the )?(?:{words})(?![a-z]))")
    camel = re.compile("|".join(rf"By{re.escape(k[:1].upper() + k[1:])}(?![a-z])" for k in sorted(keys)))
    return any((by.search(ln[:2000]) or camel.search(ln[:2000])) and not _PASSED_LINE.search(ln[:700]) for ln in window)


# (review30_c) another test's report of a pass ("tests/test_feed.py::test_sort_by_id PASSED", "✓ sorts by id"): its name
# is not the failing test's
_PASSED_LINE = re.compile(r"^\s*(?:[✓✔√]|ok \d+\b|PASS\b)|\bPASSED\b")


def _tied_on_clock(a: str, b: str) -> bool:
    """(flake30) Whether ``a`` and ``b`` list the same records in another order and the records that moved share a
    clock's instant to a fraction of a second in one field, whose values run alike in both lists."""
    lists: list[list[object]] = []
    for text in (a, b):
        value = _json_value(text)
        items = value if isinstance(value, list) else _split_items(_unquoted(text))
        if not items or len(items) < 2:
            return False
        lists.append(list(items))
    records = [[_record_fields(it) for it in items] for items in lists]
    if len(records[0]) != len(records[1]) or any(r is None for rs in records for r in rs):
        return False
    first, second = ([r for r in rs if r is not None] for rs in records)
    if sorted(map(repr, map(sorted, (r.items() for r in first)))) != sorted(
            map(repr, map(sorted, (r.items() for r in second)))) or first == second:
        return False
    for key in set(first[0]).intersection(*first[1:], *second):
        stamps = [r[key] for r in first]
        if [r[key] for r in second] != stamps:
            continue
        moved = [k for k, (x, y) in enumerate(zip(first, second, strict=True)) if x != y]
        tied = {stamps[k] for k in moved}
        if len(moved) >= 2 and all((m := _CLOCK_STAMP.search(v)) is not None and m.group(1).strip("0") for v in tied):
            return True
    return False



# (twenty-second round, order22) where a list's order comes from, counted in 60 public threads of a failing test whose
# two compared values held the same items in another order (their addresses in
# tests/unit/test_rules22_order_sources.py): a hash container whose order one toolchain keeps (Java's HashMap and
# HashSet, C++'s unordered containers, a fixed hasher) failed on every run until fixed in 11 of 11 (a JDK, a standard
# library, a compiler or a platform had changed it), a directory listing's order in 6 of 6; a per-run seed (Go's map
# range, Python's str hashing, Perl's hashes, Rust's RandomState) failed now and then and passed on a rerun in 18 of 18,
# threads or async work finishing in any order in 8 of 8. A log shows the runner, not the container: the JVM's, .NET's
# and C++'s runners (_STABLE_HASH_PAIRS' shapes, "but was:" under "expected:", a JVM or .NET frame below the pair) print
# lists whose order there most often comes from a toolchain's hash, so there the reading stays only where a word of
# threads or parallel work is near (the test's name, the test's own frames); the frameworks' own frames, the runners'
# own thread lines, a command line's flags and an application's log lines are not read for it (JUnit 5's
# "SameThreadHierarchicalTestExecutorService", xUnit's System.Threading frames, Gradle's "Test worker",
# "--max-workers=4", a logger's "[pool-1-thread-2]"). In the JVM's and C++'s runners the threads hold 4 transient
# against 11 real: two of the 4 are lost (an async test naming no thread, a query's rows). Assumption (no thread
# counted): .NET's Dictionary and HashSet enumerate in insertion order while nothing is removed (recalled), as stable as
# the JVM's. A directory listing named around the pair in any runner (the source lines pytest, unittest, RSpec and Jest
# print: os.listdir, scandir, iterdir, os.walk, glob.glob, readdir, Files.list, listFiles, Directory.GetFiles,
# Dir.children) is not read either; Go's os.ReadDir and filepath.Glob and Ruby 3's Dir.glob return sorted names
# (documented), so they are not named.
_CONCURRENT_WORDS = frozenset({
    "thread", "threads", "threaded", "multithread", "multithreaded", "multithreading", "parallel", "parallelism",
    "parallelize", "parallelized", "parallelise", "parallelised", "concurrent", "concurrently", "concurrency",
    "executor", "executors", "worker", "workers", "goroutine", "goroutines", "coroutine", "coroutines", "racy", "simultaneous", "simultaneously", "completable", "futures"})
_FRAMEWORK_FRAME = re.compile(
    r"^\s*at (?:app//|[\w.]{1,100}/)?(?:org\.junit|junit\.|org\.testng|org\.opentest4j|org\.assertj|org\.hamcrest"
    r"|org\.gradle|worker\.org\.gradle|org\.apache\.maven|java\.|javax\.|jdk\.|sun\.|kotlin\.|kotlinx\.|scala\."
    r"|org\.scalatest|io\.kotest|System\.|Microsoft\.|Xunit\.|NUnit\.|FluentAssertions\.)")
_RUNNER_THREAD_WORDS = re.compile(
    r"Exception in thread \"[^\"]{0,200}\"|\bthread '[^']{0,300}' panicked|Gradle Test Executor \d+|\bTest worker\b"
    r"|(?:^|\s)--?[\w-]{0,40}(?:parallel|threads?|workers?)[\w=-]{0,40}"
    # (review38_b) the CI systems' own headers at the top of every job's log: Travis CI's "Worker information" (the
    # worker's hostname and version below it), GitLab Runner's 'Preparing the "docker" executor' and "Using Docker
    # executor with image ...": the machine the job ran on, no threads of the test's
    r"|^Worker information\s*$|^Preparing the \"[^\"\n]{1,60}\" executor\b|^Using [\w() +-]{1,60}? executor\b")
_JVM_FRAME = re.compile(
    r"^\s*at [\w$.<>/-]{1,300}\((?:[\w$-]{1,200}\.(?:java|kt|scala|groovy):\d+|Native Method|Unknown Source)\)")
_DOTNET_FRAME = re.compile(r"^\s*at \S[^\n]{0,300} in \S{1,300}\.cs:line \d+")
_BUT_WAS_LINE = re.compile(r"(?i)^\s*but was\s*:")
_STABLE_HASH_PAIRS = (_JUNIT_PAIR, _TESTNG_PAIR, _FLUENT_PAIR, _ASSERTJ_SAME_ELEMENTS)
_LISTING_NAMED = re.compile(
    r"\b(?:listdir|scandir)\(|\.iterdir\(|\bos\.walk\(|\bglob\.i?glob\(|\.r?glob\(|\breaddir(?:Sync)?\("
    r"|\bDir\.(?:entries|children|each_child)\b|\.listFiles\(|\bFiles\.(?:list|walk|newDirectoryStream)\("
    r"|\bDirectory\.(?:Get|Enumerate)(?:Files|Directories|FileSystemEntries)\(|\bfs\.ls\(")


def _stable_hash_runner(lines: list[str], first: int, last: int) -> bool:
    """(order22) Whether the pair on lines ``first``..``last`` is a JVM, .NET or C++ runner's report: one of their pair
    shapes, "but was:" as the second line, or a JVM or .NET frame just below the pair."""
    for k in range(first, min(last, len(lines) - 1) + 1):
        line = lines[k][:4000].rstrip()
        if any(p.search(line) for p in _STABLE_HASH_PAIRS) or _GTEST_WHICH.match(line) or _BUT_WAS_LINE.match(line):
            return True
        if (" did not equal " in line and _scalatest_pair(line) is not None) or (
                k > 0 and _CATCH2_EXPANSION.match(lines[k - 1])):
            return True
    return any(_JVM_FRAME.match(ln[:400]) or _DOTNET_FRAME.match(ln[:400])
               for ln in lines[last + 1: last + 1 + _UNORDERED_BELOW])


# (review 22d) the lines a JVM, .NET or C++ runner's pair is weighed on start at the failing test's own report line
# (Gradle's "Cls > test() FAILED", Surefire's "... <<< FAILURE!", VSTest's "Failed Name [12 ms]", xUnit's "[FAIL]",
# GoogleTest's "[ RUN      ]", ScalaTest's "*** FAILED ***" and its spec's "[info] Spec:" line above): the lines above
# it are the build's and other tests' (Maven's "Using the MultiThreadedBuilder implementation with a thread count of 4"
# and Surefire's "Concurrency config is parallel='classes', ... threadCount=3" (apache/maven-surefire, read in the code
# index), xUnit's "Starting:    Api.Tests (parallel test collections = on [2 threads], ...)" (xunit/xunit, read in the
# code index), "ParallelImportTest > importsAll() PASSED", another test's failure), which say nothing of the failing
# test's own list. Where no such line is found, the whole window is read as before.
_FAILING_TEST_HEADER = re.compile(
    r"\S > \S[^\n]{0,300} FAILED\s*$|<<< (?:FAILURE|ERROR)!\s*$|(?:^|\s)Failed \S{1,300} \[\d|\[FAIL\]\s*$"
    r"|\[ RUN +\] |\*\*\* FAILED \*\*\*")
_SCALATEST_SPEC = re.compile(r"^\s*\[info\] [\w.$]{1,200}:\s*$")
# (review 22d) a logger's line at any level ("10:00:01.400 [pool-1-thread-2] ERROR c.e.acl.PrivilegeCache - ...",
# Logback's default pattern, recalled), and a ThreadLocal holder (a value kept per thread, no threads racing)
_APP_LOG_ANY_LEVEL = re.compile(r"(?:^|\s)(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\s")
_THREAD_LOCAL = re.compile(r"ThreadLocal[\w$]*|(?i:\bthread_?local\w*)")
# (review 22d) "race" names threads only as a race condition, a data race or its detector ("RaceResultsTest" is a
# sports app's); an async or fork/join test (JVM, C++) names threads too, but .NET names every Task-returning method
# "...Async" (documented convention), so there "async" is no such word
_RACE_WITH = frozenset({"condition", "conditions", "data", "detector"})
_ASYNC_WORDS = frozenset({"async", "asynchronous", "asynchronously"})
_DOTNET_RUN = re.compile(r"\[xUnit\.net |(?:^|\s)Failed \S{1,300} \[\d|\.cs:line \d|\bAssert\.Equal\(\) Failure")
# (review 22d) containers whose order is their own on every run, named around any runner's pair (a test named
# "btreemap_keys", "TreeMap", "LinkedHashSet", "OrderedDict"); a mapping's keys, values or items (a Python 3.7+ dict, a
# JavaScript object or Map, a Ruby Hash: insertion order, documented), a JavaScript Set (insertion order, documented)
_ORDERED_CONTAINER_NAMED = re.compile(
    r"(?i:btree_?(?:map|set))|BTree(?:Map|Set)|\b(?:Tree(?:Map|Set)|LinkedHash(?:Map|Set)|OrderedDict|IndexMap|IndexSet"
    r"|SortedDict|SortedSet|SortedList)\b")
_MAPPING_VIEW_NAMED = re.compile(
    r"\.(?:keys|values|items|entries)\(\)|\bObject\.(?:keys|values|entries)\(|\bnew (?:Map|Set)\("
    r"|\.(?:keys|values)\b(?![\w(])")
# (review 22d) a Python set or dict of numbers (ints, floats, tuples of them) iterates in one order on every run:
# CPython hashes an int as itself (documented: only str and bytes hashes are salted per run), so a pytest or
# unittest pair of numbers in another order came from the code, not a seed, unless threads or a query's rows are near
_TUPLE_OF_NUMBERS = re.compile(r"^\(\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)*\s*,?\s*\)$")
_PYTHON_CONCURRENT_WORDS = frozenset({"async", "asyncio", "await", "pool", "multiprocessing", "gather"})
_QUERY_WORDS = frozenset({
    "query", "queries", "queryset", "objects", "filter", "select", "rows", "row", "fetchall", "fetch", "execute",
    "session", "sql", "db", "database", "orm"})


def _concurrency_named(texts: list[str], dotnet: bool, extra: frozenset[str] = frozenset()) -> bool:
    """(order22, review 22d) Whether a word of threads or parallel work stands in ``texts`` (as word parts), the
    frameworks' frames, the runners' own thread lines, ThreadLocal holders and an application's log lines left out."""
    for text in texts:
        if _FRAMEWORK_FRAME.match(text[:400]) or _APP_LOG_ANY_LEVEL.search(text):
            continue
        words = {w.lower() for w in _WORD_PART.findall(_THREAD_LOCAL.sub(" ", _RUNNER_THREAD_WORDS.sub(" ", text)))}
        if words & (_CONCURRENT_WORDS | extra) or (words & {"race", "races"} and words & _RACE_WITH):
            return True
        if not dotnet and (words & _ASYNC_WORDS or {"fork", "join"} <= words):
            return True
    return False


def _numbers_only(a: str, b: str) -> bool:
    """(review 22d) Whether both values are lists of numbers or of tuples of numbers."""
    for v in (a, b):
        items = _split_items(_unquoted(v))
        if not items or not all(_NUMBER_ITEM.match(it) or _TUPLE_OF_NUMBERS.match(it) for it in items):
            return False
    return True


def _moved_numbers_only(a: str, b: str) -> bool:
    """(review38_b) Whether two mappings' texts (a dict's repr, a JSON object, quoted or not) hold their entries in one
    order and every entry that differs holds a list of numbers in another order ("{'room': 'attic', 'ids': [3, 1, 2]}"
    against "{'room': 'attic', 'ids': [1, 2, 3]}"): review 22d's reason for a Python pair of numbers, one level down (a set
    of ints iterates alike on every run, CPython hashing an int as itself)."""
    ia, ib = _split_items(_unquoted(a)), _split_items(_unquoted(b))
    if not ia or not ib or len(ia) != len(ib):
        return False
    moved = [(x, y) for x, y in zip(ia, ib, strict=True) if x != y]
    for x, y in moved:
        cut = next((i for i, c in enumerate(x) if c in "[{"), -1)
        if cut < 0 or x[:cut] != y[:cut] or not _numbers_only(x[cut:], y[cut:]):
            return False
    return bool(moved)


def _order_kept_by_toolchain(lines: list[str], first: int, last: int, values: tuple[str, ...]) -> bool:
    """(order22) Whether the order of the pair on lines ``first``..``last`` most likely is one a toolchain or a machine
    keeps on every run: a directory listing named around it (_LISTING_NAMED), or a JVM, .NET or C++ runner's pair
    (_stable_hash_runner) with no word of threads or parallel work near (_CONCURRENT_WORDS, as word parts), the values,
    the frameworks' frames, the runners' own thread lines and an application's log lines left out. (review 22d) Also a
    container of a fixed order or a mapping's keys named around any runner's pair but Rust's and ExUnit's, and a
    Python pair of numbers (review38_b: or of two mappings whose moved entries are lists of numbers, _moved_numbers_only),
    with no thread, async or query word near."""
    start = max(0, first - _UNORDERED_ABOVE)
    texts = []
    for ln in lines[start: last + 1 + _UNORDERED_BELOW]:
        text = ln[:2000]
        for v in values:
            if v:
                text = text.replace(v, " ")
        texts.append(text)
    if any(_LISTING_NAMED.search(t) for t in texts):
        return True
    if any(_ORDERED_CONTAINER_NAMED.search(t) for t in texts):
        return True
    dotnet = any(_DOTNET_RUN.search(t) for t in texts)
    pair_line = lines[first][:4000].rstrip()
    left_right = _RIGHT_LINE.match(lines[last][:4000].rstrip()) is not None
    if not left_right and any(_MAPPING_VIEW_NAMED.search(t) for t in texts) and not _concurrency_named(
            texts, dotnet, _PYTHON_CONCURRENT_WORDS):
        return True
    python = _PYTEST_PAIR.match(pair_line) is not None or _UNITTEST_PAIR.search(pair_line) is not None or (
        _UNITTEST_MINUS.match(pair_line) is not None) or _UNITTEST_NE.match(pair_line) is not None
    if python and len(values) == 2 and (_numbers_only(*values) or _moved_numbers_only(*values)) and not _concurrency_named(
            texts, False, _PYTHON_CONCURRENT_WORDS) and not any(
            {w.lower() for w in _WORD_PART.findall(t)} & _QUERY_WORDS for t in texts):
        return True
    if not _stable_hash_runner(lines, first, last):
        return False
    # (review 22d) from the failing test's own report line down
    for k in range(first, start - 1, -1):
        if _FAILING_TEST_HEADER.search(lines[k][:2000]):
            top = k
            if "*** FAILED ***" in lines[k]:
                top = next((j for j in range(k - 1, max(start, k - _UNORDERED_ABOVE) - 1, -1)
                            if _SCALATEST_SPEC.match(lines[j])), k)
            texts = texts[top - start:]
            break
    return not _concurrency_named(texts, dotnet)

# (xfail21b) review 21c's pytest-characters-of-a-key and pytest-unique-lost-first-seen: the order of the values is the
# test's own input's, quoted in its source around the pair: a string literal whose characters are the items (every item
# one character: a string's characters, "list(anagram_key('bca'))"), or a list literal holding a duplicate whose
# first-seen order is one of the two values (a dedupe checked for keeping it, "unique(['b', 'a', 'b']) == ['b', 'a']").
# Assumption: a test that feeds such a literal checks what the code does with its order, not a hash's.
_SOURCE_STRING = re.compile(r"'([^'\\\n]{2,200})'|\"([^\"\\\n]{2,200})\"")
_SOURCE_LIST = re.compile(r"\[[^\[\]\n]{1,500}\]")
_SOURCE_WORDS = re.compile(r"[\s,;|]+")


def _order_from_source_literal(lines: list[str], first: int, last: int, a: str, b: str) -> bool:
    """(xfail21b) Whether a literal in the lines around the pair (its test's source) gives the values' order."""
    ia, ib = _split_items(_unquoted(a)), _split_items(_unquoted(b))
    if ia is None or ib is None:
        return False
    single = all(len(it) == 3 and it[0] == it[-1] and it[0] in "'\"" for it in ia)
    chars = sorted(it[1] for it in ia) if single else []
    # (review 21i) or a string literal whose words are the items in one value's order ("split_name('Ada Lovelace')")
    quoted = all(len(it) >= 3 and it[0] == it[-1] and it[0] in "'\"" for it in ia + ib)
    orders = ([it[1:-1] for it in ia], [it[1:-1] for it in ib]) if quoted and not single else ()
    for ln in lines[max(0, first - _UNORDERED_ABOVE): last + 1 + _UNORDERED_BELOW]:
        text = ln[:2000]
        if chars or orders:
            bare = text.replace(a.strip(), " ").replace(b.strip(), " ")
            literals = [m.group(1) or m.group(2) for m in _SOURCE_STRING.finditer(bare)]
            if chars and any(sorted(lit) == chars for lit in literals):
                return True
            if orders and any(_SOURCE_WORDS.split(lit.strip()) in orders for lit in literals):
                return True
        for m in _SOURCE_LIST.finditer(text):
            items = _split_items(m.group(0))
            if items is None or len(set(items)) == len(items):
                continue
            seen = list(dict.fromkeys(items))
            if seen in (ia, ib):
                return True
    return False
