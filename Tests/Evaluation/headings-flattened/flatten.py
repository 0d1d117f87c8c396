#!/usr/bin/env python3
"""Flatten the Markdown sources of this set to plain text, as a reader would paste a web page.

Usage:  python3 flatten.py            (flatten every document listed in manifest.json)
        python3 flatten.py ID ...     (only these documents)

For each document <id> listed in manifest.json it reads source/<id>.md and writes docs/<id>.txt.
It then reads truth/<id>.json (written by hand from the Markdown: title, heading texts and levels),
matches the truth headings, in order, against the heading blocks the flattener emitted, writes
their 1-based line numbers into the truth file, and checks that every truth heading appears exactly
(whitespace-collapsed) on its line and that the title is line 1.  Any mismatch is an error.

The layout of each document is read from its manifest `notes`, which must contain "layout (a)"
(paragraphs separated by blank lines) or "layout (b)" (one paragraph per line, no blank lines).

Deterministic, standard library only.  Conversion rules (also in README.md):
- front matter (YAML --- or TOML +++) is removed; its `title` becomes line 1 unless the body
  itself opens with its own top-level heading that is the document's title (see README);
- ATX, Setext and HTML <h1>-<h6> headings become bare lines (markers, closing #s removed);
- emphasis, strikethrough, links (text kept), inline code (text kept), autolinks (URL kept),
  HTML tags (text kept), HTML comments (dropped), HTML entities (decoded), backslash escapes;
- images are dropped (Markdown and <img>); a line left empty by that disappears;
- fenced and indented code blocks are kept line by line (fence lines dropped);
- list items keep a simple marker: "- " for bullets, "N. " for ordered items (numbered as a
  browser renders them: from the list's start number, counting up); task boxes are dropped;
- tables become one line per row, cells separated by " | "; the delimiter row is dropped;
- blockquote markers, thematic breaks, reference-link definitions, kramdown attribute lists
  ({: ...}), pandoc fenced-div fences (::: name) and attributes after images ({alt=...})
  are dropped;
- the emoji shortcodes :boom:, :wink: and :slightly_smiling_face: become their emoji;
- footnote references [^n] become [n]; a footnote definition stays where it is, as "[n] text";
- soft-wrapped paragraph lines are joined with one space, whitespace runs collapsed; a hard break
  (two trailing spaces, a trailing backslash, or <br>) starts a new line.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- inline ----

ESC_CHARS = "\\`*_{}[]()#+-.!|<>~:"
PH = "\u0000"  # placeholder prefix for escaped characters


def _protect_escapes(s):
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~:])",
                  lambda m: PH + str(ESC_CHARS.index(m.group(1))).zfill(2), s)


def _restore_escapes(s):
    return re.sub(PH + r"(\d\d)", lambda m: ESC_CHARS[int(m.group(1))], s)


# GitHub/jemoji shortcodes that occur in the set's sources (rendered as emoji on their sites)
EMOJI = {"boom": "\U0001F4A5", "wink": "\U0001F609", "slightly_smiling_face": "\U0001F642"}

LINK_DEST = r"\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"


def _reduce_markup(s, refs):
    """Inline reduction of text that contains no code span."""
    # images (Markdown), with an optional pandoc attribute list after them
    s = re.sub(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]" + LINK_DEST + r"(\{[^}]*\})?", "", s)
    s = re.sub(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\[[^\]]*\]", "", s)
    # HTML images
    s = re.sub(r"<img\b[^>]*>", "", s, flags=re.I)
    # autolinks <http://...> and <mail@x>
    s = re.sub(r"<((?:https?|ftp)://[^>\s]+)>", r"\1", s)
    s = re.sub(r"<([^>\s@]+@[^>\s@]+\.[a-z]+)>", r"\1", s, flags=re.I)
    # footnote references
    s = re.sub(r"\[\^([^\]]+)\]", r"[\1]", s)
    # inline links and reference links (repeat for links whose text holds brackets)
    for _ in range(3):
        s = re.sub(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]" + LINK_DEST, r"\1", s)
        s = re.sub(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\[([^\]]*)\]", r"\1", s)
    # shortcut reference links [text] when text is a defined reference
    s = re.sub(r"\[([^\[\]]+)\](?![(\[])",
               lambda m: m.group(1) if m.group(1).lower() in refs else m.group(0), s)
    # kramdown attribute lists
    s = re.sub(r"\{:[^}]*\}", "", s)
    # HTML line breaks become hard breaks (marked with \n), other tags are removed
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>", "", s)
    # emphasis and strikethrough
    for _ in range(2):
        s = re.sub(r"(?<![\w])___(?=\S)(.+?)(?<=\S)___(?![\w])", r"\1", s)
        s = re.sub(r"(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])", r"\1", s)
        s = re.sub(r"(?<![\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w])", r"\1", s)
        s = re.sub(r"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*", r"\1", s)
        s = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"\1", s)
        s = re.sub(r"(?<![\*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\*\w])", r"\1", s)
        s = re.sub(r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", s)
    s = re.sub(r":([a-z_]+):", lambda m: EMOJI.get(m.group(1), m.group(0)), s)
    return html.unescape(s)


def inline(s, refs):
    """Reduce one logical line/paragraph of Markdown to its visible text."""
    s = _protect_escapes(s)
    codes = []

    def keep_code(m):
        code = m.group(2)
        if len(code) > 2 and code.startswith(" ") and code.endswith(" ") and code.strip():
            code = code[1:-1]
        code = re.sub(PH + r"(\d\d)", lambda mm: "\\" + ESC_CHARS[int(mm.group(1))], code)
        codes.append(code)
        return "\u0001%d\u0001" % (len(codes) - 1)

    # code spans: a run of N backticks up to the next run of exactly N backticks
    s = re.sub(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", keep_code, s, flags=re.S)
    s = _reduce_markup(s, refs)
    s = re.sub("\u0001(\\d+)\u0001", lambda m: codes[int(m.group(1))], s)
    return _restore_escapes(s)


def collapse(s):
    return re.sub(r"[ \t\u00a0]+", " ", s).strip()


def inline_lines(s, refs):
    """Inline-reduce a paragraph and split it at hard breaks; returns non-empty lines."""
    s = inline(s, refs)
    return [c for c in (collapse(p) for p in s.split("\n")) if c]


# ----------------------------------------------------------------- blocks ----

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
HTML_H = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1>\s*$", re.I)
HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
REFDEF = re.compile(r"^ {0,3}\[([^\]^]+)\]:\s*\S+.*$")
FOOTDEF = re.compile(r"^ {0,3}\[\^([^\]]+)\]:\s*(.*)$")
DIV_FENCE = re.compile(r"^\s*:{3,}")


def indent_of(line):
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


def split_front_matter(text):
    """Return (title or None, body lines, number of lines removed)."""
    lines = text.split("\n")
    title = None
    if lines and lines[0].strip() in ("---", "+++"):
        delim = lines[0].strip()
        for i in range(1, len(lines)):
            if lines[i].strip() == delim or (delim == "---" and lines[i].strip() == "..."):
                fm = lines[1:i]
                for f in fm:
                    if delim == "---":
                        m = re.match(r"^title:\s*(.*?)\s*$", f)
                    else:
                        m = re.match(r"^title\s*=\s*(.*?)\s*$", f)
                    if m:
                        title = m.group(1)
                        break
                if title is None and delim == "---":
                    for f in fm:  # nested title (e.g. "lab:\n  title: ...")
                        m = re.match(r"^\s+title:\s*(.*?)\s*$", f)
                        if m:
                            title = m.group(1)
                            break
                if title is not None:
                    if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
                        q = title[0]
                        title = title[1:-1]
                        title = title.replace("''", "'") if q == "'" else title.replace('\\"', '"')
                    title = collapse(title) or None
                return title, lines[i + 1:], i + 1
    return None, lines, 0


def strip_comments(lines):
    """Remove HTML comments outside fenced code (multi-line comments too)."""
    out = []
    fence = None
    in_comment = False
    for line in lines:
        if in_comment:
            end = line.find("-->")
            if end < 0:
                out.append("")
                continue
            line = line[end + 3:]
            in_comment = False
            if not line.strip():
                out.append("")
                continue
        if fence is None:
            m = FENCE.match(line)
            if m:
                fence = m.group(2)
                out.append(line)
                continue
            while "<!--" in line:
                a = line.find("<!--")
                b = line.find("-->", a + 4)
                if b < 0:
                    line = line[:a]
                    in_comment = True
                    break
                line = line[:a] + line[b + 3:]
            out.append(line if line.strip() else "")
        else:
            m = FENCE.match(line)
            if m and m.group(2)[0] == fence[0] and len(m.group(2)) >= len(fence) and not m.group(3).strip():
                fence = None
            out.append(line)
    return out


class Block:
    def __init__(self, kind, lines, level=None, src=None):
        self.kind = kind      # heading | para | item | code | table
        self.lines = lines    # output lines (already reduced)
        self.level = level    # Markdown level, for headings
        self.src = src        # source line number (1-based, in source/<id>.md)


def parse(body, refs, first_src_line):
    blocks = []
    para = []          # pending paragraph source lines
    para_src = None
    para_kind = None   # "para" or "item"
    item_marker = ""
    item_indent = 0
    counters = {}      # ordered-list counters keyed by indentation
    in_list = False
    blank_before = True
    i = 0
    n = len(body)

    def flush():
        nonlocal para, para_src, para_kind
        if para:
            text = "\n".join(para)
            if para_kind == "item":
                lines = inline_lines(join_para(para), refs) or [""]
                lines[0] = item_marker + lines[0]
                lines = [l.rstrip() for l in lines]
                blocks.append(Block("item", lines, src=para_src))
            else:
                lines = inline_lines(join_para(para), refs)
                if lines:
                    blocks.append(Block(para_kind or "para", lines, src=para_src))
        para, para_src, para_kind = [], None, None

    def join_para(ls):
        # hard breaks: two trailing spaces or a trailing backslash
        out = ""
        for k, l in enumerate(ls):
            last = k == len(ls) - 1
            if not last and (l.endswith("  ") or l.endswith("\\")):
                out += (l[:-1] if l.endswith("\\") else l.rstrip()) + "\n"
            else:
                out += l.strip() + ("" if last else " ")
        return out

    def strip_quote(line):
        depth = 0
        while True:
            m = re.match(r"^[ \t]*> ?", line)
            if not m:
                return line, depth
            line = line[m.end():]
            depth += 1

    while i < n:
        raw = body[i]
        src = first_src_line + i
        line, qdepth = strip_quote(raw)
        stripped = line.strip()

        # blank line (also a pandoc fenced-div fence, or a line that was only a comment)
        if not stripped or DIV_FENCE.match(line):
            flush()
            blank_before = True
            i += 1
            continue

        # fenced code
        m = FENCE.match(line)
        if m and (m.group(2)[0] == "~" or "`" not in m.group(3)):
            flush()
            fence = m.group(2)
            ind = len(m.group(1).expandtabs(4))
            if ind == 0 and blank_before:
                in_list = False
                counters = {}
            code = []
            i += 1
            while i < n:
                l2 = body[i]
                if qdepth:
                    for _ in range(qdepth):
                        l2 = re.sub(r"^ {0,3}> ?", "", l2, count=1)
                m2 = FENCE.match(l2)
                if m2 and m2.group(2)[0] == fence[0] and len(m2.group(2)) >= len(fence) and not m2.group(3).strip():
                    break
                e = l2.expandtabs(4) if ind else l2
                # remove the fence's indentation (only spaces/tabs up to it)
                k = 0
                while k < ind and k < len(e) and e[k] == " ":
                    k += 1
                code.append(e[k:].rstrip() if ind else l2.rstrip())
                i += 1
            i += 1  # closing fence
            while code and not code[-1].strip():
                code.pop()
            while code and not code[0].strip():
                code.pop(0)
            if code:
                blocks.append(Block("code", code, src=src))
            blank_before = False
            continue

        # indented code block (outside lists, after a blank line)
        if indent_of(line) >= 4 and blank_before and not in_list and not para:
            flush()
            code = []
            while i < n:
                l2, _ = strip_quote(body[i])
                if l2.strip() and indent_of(l2) < 4:
                    break
                code.append(l2.expandtabs(4)[4:].rstrip())
                i += 1
            while code and not code[-1].strip():
                code.pop()
            blocks.append(Block("code", code, src=src))
            blank_before = True
            continue

        # reference definitions and footnote definitions
        if not para and REFDEF.match(line):
            i += 1
            continue
        m = FOOTDEF.match(line)
        if m and not para:
            flush()
            para = ["[%s] %s" % (m.group(1), m.group(2))]
            para_src, para_kind = src, "para"
            i += 1
            while i < n and body[i].strip() and indent_of(body[i]) >= 4:
                para.append(body[i].strip())
                i += 1
            flush()
            blank_before = False
            continue

        # ATX heading
        m = ATX.match(line)
        if m:
            flush()
            text = collapse(inline(m.group(2) or "", refs).replace("\n", " "))
            blocks.append(Block("heading", [text], level=len(m.group(1)), src=src))
            in_list, counters = False, {}
            blank_before = False
            i += 1
            continue

        # HTML heading on one line
        m = HTML_H.match(line)
        if m:
            flush()
            text = collapse(inline(m.group(2), refs).replace("\n", " "))
            blocks.append(Block("heading", [text], level=int(m.group(1)), src=src))
            in_list, counters = False, {}
            blank_before = False
            i += 1
            continue

        # Setext underline
        if para and para_kind == "para" and re.match(r"^ {0,3}(=+|-+)[ \t]*$", line) and qdepth == 0 \
                and not re.match(r"^\s*</?[A-Za-z]", para[0]):  # not after an HTML block
            level = 1 if stripped[0] == "=" else 2
            text = collapse(inline(" ".join(p.strip() for p in para), refs).replace("\n", " "))
            blocks.append(Block("heading", [text], level=level, src=para_src))
            para, para_src, para_kind = [], None, None
            in_list, counters = False, {}
            blank_before = False
            i += 1
            continue

        # thematic break
        if HR.match(line):
            flush()
            blank_before = True
            i += 1
            continue

        # table: a row with pipes followed by a delimiter row
        if "|" in line and i + 1 < n and TABLE_SEP.match(strip_quote(body[i + 1])[0]) \
                and "-" in body[i + 1] and not (para and para_kind == "item" and False):
            flush()
            rows = []
            j = i
            while j < n:
                l2, _ = strip_quote(body[j])
                if not l2.strip() or "|" not in l2:
                    break
                if j != i + 1:
                    rows.append(table_row(l2, refs))
                j += 1
            if indent_of(line) == 0 and blank_before:
                in_list, counters = False, {}
            blocks.append(Block("table", rows, src=src))
            i = j
            blank_before = False
            continue

        # list item
        m = LIST.match(line)
        if m and not (para and para_kind == "para" and m.group(2)[0].isdigit() and not m.group(2).startswith("1")):
            flush()
            ind = len(m.group(1).expandtabs(4))
            marker = m.group(2)
            content = m.group(3) or ""
            content = re.sub(r"^\[[ xX]\]\s+", "", content)
            if marker[0].isdigit():
                start = int(marker[:-1])
                if in_list and ind in counters:
                    counters[ind] += 1
                else:
                    counters[ind] = start
                # deeper counters end with this item
                for k in [k for k in counters if k > ind]:
                    del counters[k]
                item_marker = "%d. " % counters[ind]
            else:
                for k in [k for k in counters if k >= ind]:
                    del counters[k]
                item_marker = "- "
            in_list = True
            item_indent = ind
            para, para_src, para_kind = [content], src, "item"
            blank_before = False
            i += 1
            continue

        # paragraph text (or lazy continuation of a list item / paragraph)
        if para:
            para.append(line)
        else:
            if indent_of(line) == 0 and blank_before and qdepth == 0:
                in_list, counters = False, {}
            para, para_src, para_kind = [line], src, "para"
        blank_before = False
        i += 1
    flush()
    return blocks


def table_row(line, refs):
    s = _protect_escapes(line.strip())
    # split on pipes that are not inside code spans
    cells, cur, in_code = [], "", False
    for ch in s:
        if ch == "`":
            in_code = not in_code
        if ch == "|" and not in_code:
            cells.append(cur)
            cur = ""
        else:
            cur += ch
    cells.append(cur)
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    cells = [collapse(inline(_restore_escapes(c), refs).replace("\n", " ")) for c in cells]
    return " | ".join(cells).strip()


# ----------------------------------------------------------------- render ----

def render(blocks, title_line, layout):
    out = []          # output lines
    heads = []        # (line number, text, markdown level, source line)
    prev = None
    if title_line is not None:
        out.append(title_line)
        prev = "title"
    for b in blocks:
        lines = b.lines
        if layout == "b":
            lines = [l for l in lines if l.strip()]
            if not lines:
                continue
        if layout == "a" and prev is not None and not (prev == "item" and b.kind == "item"):
            out.append("")
        if b.kind == "heading":
            heads.append((len(out) + 1, lines[0], b.level, b.src))
        out.extend(lines)
        prev = b.kind
    return out, heads


def flatten(doc_id, layout):
    src_path = os.path.join(HERE, "source", doc_id + ".md")
    text = open(src_path, encoding="utf-8").read().replace("\r\n", "\n").replace("\r", "\n")
    fm_title, body, skipped = split_front_matter(text)
    body = strip_comments(body)
    refs = set()
    fence = None
    for l in body:
        m = FENCE.match(l)
        if m:
            fence = None if fence else m.group(2)
            continue
        if not fence:
            m = REFDEF.match(l)
            if m:
                refs.add(m.group(1).lower())
    blocks = parse(body, refs, skipped + 1)
    return fm_title, blocks


def main(argv):
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    wanted = set(argv[1:])
    errors = 0
    for entry in manifest:
        doc_id = entry["id"]
        if wanted and doc_id not in wanted:
            continue
        notes = entry.get("notes", "")
        layout = "a" if "layout (a)" in notes else "b" if "layout (b)" in notes else None
        if layout is None:
            print("%s: notes name no layout" % doc_id)
            errors += 1
            continue
        truth_path = os.path.join(HERE, "truth", doc_id + ".json")
        truth = json.load(open(truth_path, encoding="utf-8"))
        fm_title, blocks = flatten(doc_id, layout)
        title = truth.get("title")
        title_line = None
        if title is not None:
            # the title is either the front-matter title (printed as line 1) or the body's
            # opening heading, which is then printed as line 1 and is not a heading
            first_heading = blocks[0] if blocks and blocks[0].kind == "heading" else None
            if first_heading is not None and collapse(first_heading.lines[0]) == title:
                blocks = blocks[1:]
                title_line = first_heading.lines[0]
            elif fm_title == title:
                title_line = fm_title
            else:
                print("%s: truth title %r is neither the front-matter title %r nor the opening heading"
                      % (doc_id, title, fm_title))
                errors += 1
                continue
        elif fm_title is not None:
            print("%s: front matter has a title %r but truth title is null" % (doc_id, fm_title))
            errors += 1
        out, heads = render(blocks, title_line, layout)
        with open(os.path.join(HERE, "docs", doc_id + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
        th = truth["headings"]
        if len(th) != len(heads):
            print("%s: truth has %d headings, the flattened text has %d heading blocks"
                  % (doc_id, len(th), len(heads)))
            for k in range(max(len(th), len(heads))):
                a = th[k]["text"] if k < len(th) else "-"
                b = heads[k][1] if k < len(heads) else "-"
                print("   %s | %s" % (a, b))
            errors += 1
            continue
        for t, (ln, text, mdlevel, srcl) in zip(th, heads):
            if collapse(out[ln - 1]) != t["text"]:
                print("%s: truth heading %r is not line %d %r (source line %d)"
                      % (doc_id, t["text"], ln, out[ln - 1], srcl))
                errors += 1
            if "line" in t and t["line"] is not None and t["line"] != ln:
                print("%s: truth heading %r had line %s, now %d" % (doc_id, t["text"], t["line"], ln))
            t["line"] = ln
        if title is not None and collapse(out[0]) != title:
            print("%s: title is not line 1" % doc_id)
            errors += 1
        truth["headings"] = [{"line": t["line"], "text": t["text"], "level": t["level"]} for t in th]
        with open(truth_path, "w", encoding="utf-8", newline="\n") as f:
            json.dump({"title": truth.get("title"), "headings": truth["headings"]}, f,
                      ensure_ascii=False, indent=1)
            f.write("\n")
        print("%-28s layout %s  %5d lines  %3d headings  ok" % (doc_id, layout, len(out), len(heads)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
