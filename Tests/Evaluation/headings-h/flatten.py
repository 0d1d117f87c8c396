#!/usr/bin/env python3
"""Flatten a Markdown article to plain text (deterministic, standard library only).

Usage: python3 flatten.py SOURCE.md OUT.txt (--blank | --no-blank)

Rules:
- YAML front matter: only `title:` is kept, printed as the first line (as the page shows it);
  every other front-matter field is dropped.
- ATX headings (#..######) become bare lines (markers and trailing #s removed).
- Paragraph lines are joined into one line (single spaces).
- Emphasis (*x*, **x**, _x_, __x__), inline code (`x`), links ([x](u), [x][r]) are reduced to their
  visible text; images (![a](u)) and link reference definitions are dropped; HTML tags are removed
  (their inner text kept); lines left empty are dropped; backslash escapes are resolved.
- List items keep "- " (for *, -, +) or "N. " (ordered lists renumbered 1., 2., ... as rendered);
  nesting indentation is removed; continuation lines are joined to their item.
- Tables: one line per row, cells joined with " | "; the delimiter row is dropped.
- Fenced code blocks: each line kept as is (fences dropped).
- Block quotes: the "> " marker is removed.
- Thematic breaks (---, ***) are dropped.
- --blank: one blank line between blocks; --no-blank: no blank lines at all.
"""
import re
import sys


def inline(text):
    spans = []

    def keep_code(m):
        spans.append(m.group(1))
        return "\x00%d\x00" % (len(spans) - 1)

    text = re.sub(r"`([^`]+)`", keep_code, text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)          # images
    text = re.sub(r"!\[[^\]]*\]\[[^\]]*\]", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)       # inline links
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)      # reference links
    text = re.sub(r"<[^>]+>", "", text)                       # HTML tags
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"__(.+?)__", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text)
    return re.sub(r"\s+", " ", text).strip()


def flatten(md):
    lines = md.split("\n")
    blocks = []
    i = 0
    if lines and lines[0].strip() == "---":
        j = 1
        while j < len(lines) and lines[j].strip() != "---":
            m = re.match(r"title:\s*(.*)$", lines[j])
            if m:
                t = m.group(1).strip()
                if len(t) >= 2 and t[0] == t[-1] and t[0] in "\"'":
                    t = t[1:-1]
                blocks.append([t])
            j += 1
        i = j + 1
    para = []
    item = None           # current list item text parts
    counters = {}         # ordered-list counter per indent, reset when the list ends
    in_list = False
    table = []

    def flush_para():
        nonlocal para
        if para:
            t = inline(" ".join(para))
            if t:
                blocks.append([t])
            para = []

    def flush_item():
        nonlocal item
        if item is not None:
            prefix, parts = item
            blocks.append(["\x01" + prefix + inline(" ".join(parts))])
            item = None

    def flush_table():
        nonlocal table
        if table:
            rows = []
            for row in table:
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c) and any(cells):
                    continue
                rows.append(" | ".join(inline(c) for c in cells))
            blocks.append(rows)
            table = []

    def flush_all():
        flush_para()
        flush_item()
        flush_table()

    while i < len(lines):
        raw = lines[i]
        line = raw.rstrip()
        stripped = line.strip()
        fence = re.match(r"\s*(```|~~~)", line)
        if fence:
            flush_all()
            indent = len(line) - len(line.lstrip())
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence.group(1)):
                c = lines[i].rstrip()
                code.append(c[indent:] if c[:indent].strip() == "" else c)
                i += 1
            blocks.append(code)
            i += 1
            continue
        indent_now = len(line) - len(line.lstrip())
        threshold = 8 if in_list else 4
        prev_blank = i > 0 and not lines[i - 1].strip()
        if indent_now >= threshold and prev_blank and not para and item is None:
            flush_all()
            code = []
            while i < len(lines):
                c = lines[i].rstrip()
                if c.strip() and len(c) - len(c.lstrip()) < threshold:
                    break
                if not c.strip():
                    # a blank line ends the block unless more code follows
                    k = i
                    while k < len(lines) and not lines[k].strip():
                        k += 1
                    if k >= len(lines) or len(lines[k]) - len(lines[k].lstrip()) < threshold:
                        break
                code.append(c[threshold:] if c.strip() else "")
                i += 1
            blocks.append(code)
            continue
        if stripped.startswith(">"):
            stripped = re.sub(r"^(>\s?)+", "", stripped).strip()
            line = stripped
        if not stripped:
            flush_para()
            flush_table()
            # a blank line inside a list keeps the list open; the item ends
            flush_item()
            i += 1
            continue
        if re.fullmatch(r"\[[^\]]+\]:\s*\S+.*", stripped):          # link reference definition
            i += 1
            continue
        if re.fullmatch(r"(\*\s*){3,}|(-\s*){3,}|(_\s*){3,}", stripped):
            flush_all()
            in_list = False
            counters = {}
            i += 1
            continue
        if re.fullmatch(r"\{%.*%\}", stripped):
            i += 1
            continue
        h = re.match(r"(#{1,6})\s+(.*?)\s*#*\s*$", stripped)
        if h and not line.startswith("    "):
            flush_all()
            in_list = False
            counters = {}
            blocks.append([inline(h.group(2))])
            i += 1
            continue
        if stripped.startswith("|"):
            flush_para()
            flush_item()
            table.append(stripped)
            i += 1
            continue
        li = re.match(r"(\s*)([*+-]|\d+[.)])\s+(.*)$", line)
        if li:
            flush_para()
            flush_item()
            flush_table()
            indent = len(li.group(1))
            for k in [k for k in counters if k > indent]:
                del counters[k]
            if li.group(2)[0].isdigit():
                counters[indent] = counters.get(indent, 0) + 1
                prefix = "%d. " % counters[indent]
            else:
                counters.pop(indent, None)
                prefix = "- "
            item = (prefix, [li.group(3)])
            in_list = True
            i += 1
            continue
        if item is not None:
            item[1].append(stripped)
            i += 1
            continue
        if in_list and line.startswith((" ", "\t")) and not para:
            # indented paragraph belonging to a list item: its own block
            para.append(stripped)
            i += 1
            continue
        if not line.startswith((" ", "\t")):
            if not para:
                in_list = False
                counters = {}
        para.append(stripped)
        i += 1
    flush_all()
    return [b for b in blocks if b and any(x.strip() for x in b) or b == []]


def render(blocks, blank):
    out = []
    prev_li = False
    for b in blocks:
        b = [x for x in b if x.strip()] if not blank else b
        if not b:
            continue
        is_li = b[0].startswith("\x01")
        b = [x.lstrip("\x01") for x in b]
        if blank and out and not (is_li and prev_li):
            out.append("")
        out.extend(b)
        prev_li = is_li
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[3] not in ("--blank", "--no-blank"):
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        md = f.read().replace("\r\n", "\n")
    text = render(flatten(md), sys.argv[3] == "--blank")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)
