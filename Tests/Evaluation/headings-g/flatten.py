#!/usr/bin/env python3
"""Flatten a Markdown blog post or lab guide to plain text, deterministically.

Usage: python3 flatten.py SOURCE.md OUT.txt (--blank | --no-blank)

What it does (the headings-g set's flattening rules):
- YAML front matter: its `title:` (if any) is printed as the first line, as the
  page shows it; every other field is dropped.
- Headings (ATX `#`..`######` and setext `===`/`---`): the markers, closing
  `#`s, `{#anchor}` suffixes and inline HTML (e.g. `<a name="x"></a>`) are
  removed; the heading becomes a bare line of its visible text.
- Inline markup is reduced to its visible text: emphasis (`*`, `_`, `**`,
  `__`), strikethrough, inline code (backticks dropped), links (`[text](url)`,
  `[text][ref]`, `<http://...>` autolinks) become their text; images
  (`![alt](src)`) are dropped; other inline HTML tags are dropped, their text
  kept; Liquid tags (`{{ ... }}`, `{% ... %}`) are dropped.
- A paragraph's source lines are joined into one line (one paragraph per line,
  as a browser renders and copies it).
- List items keep a "- " marker (for `*`, `+` or `-` bullets) or their number
  as written ("1. "); nesting indentation is dropped (as copied from a browser);
  an item's continuation lines are joined to it; consecutive items (also of
  nested lists, and of loose lists) are one block, so no blank line separates
  them.
- Block quotes lose their `>` markers; their content is flattened the same way.
- Tables: one line per row, cells joined with " | "; the `---|---` row dropped.
- Code blocks (fenced or indented) are kept line by line without the fences
  and without the 4-space indentation of indented blocks; blank lines inside a
  code block are kept only in --blank mode.
- HTML comments, link reference definitions and lines holding only an image
  are dropped (an image line still ends a run of list items).
- --blank: one blank line between blocks; --no-blank: no blank lines at all.
"""
import re
import sys


def strip_inline(text):
    text = re.sub(r'\{\{.*?\}\}', '', text)
    text = re.sub(r'\{%.*?%\}', '', text)
    text = re.sub(r'<!--.*?-->', '', text)
    # images (before links)
    text = re.sub(r'!\[[^\]]*\]\([^)]*(?:\([^)]*\)[^)]*)*\)', '', text)
    text = re.sub(r'!\[[^\]]*\]\[[^\]]*\]', '', text)
    # links
    text = re.sub(r'\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)', r'\1', text)
    text = re.sub(r'\[([^\]]*)\]\[[^\]]*\]', r'\1', text)
    text = re.sub(r'<(https?://[^>\s]+)>', r'\1', text)
    # inline code: keep content verbatim, protect it from emphasis stripping
    codes = []

    def keep_code(m):
        codes.append(m.group(2))
        return '\x00%d\x00' % (len(codes) - 1)
    text = re.sub(r'(`+)(.+?)\1', keep_code, text)
    # HTML tags (not placeholders like <node0-public-ip>, which have a dash/digit
    # and no attribute syntax: only drop known tag names)
    text = re.sub(r'</?(a|span|br|b|i|em|strong|sup|sub|img|div|p|code|kbd|u)\b[^>]*>', '', text,
                  flags=re.I)
    # emphasis
    text = re.sub(r'(\*\*|__)(?=\S)(.+?)(?<=\S)\1', r'\2', text)
    text = re.sub(r'(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])', r'\1', text)
    text = re.sub(r'(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])', r'\1', text)
    text = re.sub(r'~~(.+?)~~', r'\1', text)
    # stray bold markers left by odd source such as "**word**t"
    text = text.replace('**', '')
    text = re.sub(r'\x00(\d+)\x00', lambda m: codes[int(m.group(1))], text)
    text = re.sub(r'\\([\\`*_{}\[\]()#+\-.!|>])', r'\1', text)
    return re.sub(r'[ \t]+', ' ', text).strip()


def front_matter(lines):
    title = None
    if lines and lines[0].strip() == '---':
        for i in range(1, len(lines)):
            if lines[i].strip() == '---':
                for fm in lines[1:i]:
                    m = re.match(r'title:\s*(.*)$', fm)
                    if m:
                        t = m.group(1).strip()
                        if len(t) >= 2 and t[0] == t[-1] and t[0] in '"\'':
                            t = t[1:-1]
                        title = t
                return title, lines[i + 1:]
    return title, lines


class ListBlock(list):
    """Consecutive list items (of one list or nested lists) form one block."""
    is_list = True


LIST_RE = re.compile(r'^(\s*)([*+-]|\d+[.)])\s+(.*)$')
FENCE_RE = re.compile(r'^\s*(```+|~~~+)')


def flatten(md, blank):
    lines = md.replace('\r\n', '\n').split('\n')
    title, lines = front_matter(lines)
    # drop HTML comments spanning lines
    joined = re.sub(r'<!--.*?-->', '', '\n'.join(lines), flags=re.S)
    lines = joined.split('\n')
    blocks = []  # each block: list of output lines
    if title:
        blocks.append([strip_inline(title)])
    para = []
    i = 0

    def flush():
        if para:
            text = strip_inline(' '.join(p.strip() for p in para))
            if text:
                blocks.append([text])
            para.clear()

    while i < len(lines):
        raw = lines[i]
        line = raw
        # block quote markers
        quoted = False
        while re.match(r'^\s*>', line):
            line = re.sub(r'^\s*> ?', '', line, count=1)
            quoted = True
        stripped = line.strip()
        if FENCE_RE.match(line):
            flush()
            fence = FENCE_RE.match(line).group(1)[:3]
            code = []
            i += 1
            while i < len(lines):
                l2 = re.sub(r'^\s*> ?', '', lines[i]) if quoted else lines[i]
                if l2.strip().startswith(fence):
                    break
                code.append(l2.rstrip())
                i += 1
            # drop indentation common to the block (list-nested fences)
            ind = min((len(c) - len(c.lstrip()) for c in code if c.strip()), default=0)
            code = [c[ind:] for c in code]
            while code and not code[0].strip():
                code.pop(0)
            while code and not code[-1].strip():
                code.pop()
            if not blank:
                code = [c for c in code if c.strip()]
            if code:
                blocks.append(code)
            i += 1
            continue
        if not stripped:
            flush()
            i += 1
            continue
        # link reference definitions
        if re.match(r'^\s{0,3}\[[^\]]+\]:\s*\S', line):
            flush()
            i += 1
            continue
        # ATX heading
        m = re.match(r'^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$', line)
        if m:
            flush()
            text = re.sub(r'\s*\{#[^}]*\}\s*$', '', m.group(2))
            blocks.append([strip_inline(text)])
            i += 1
            continue
        # setext heading
        if para and re.match(r'^\s{0,3}(=+|-+)\s*$', line) and not quoted:
            text = strip_inline(' '.join(p.strip() for p in para))
            para.clear()
            blocks.append([text])
            i += 1
            continue
        # horizontal rule
        if re.match(r'^\s{0,3}([-*_])(\s*\1){2,}\s*$', line):
            flush()
            i += 1
            continue
        # table row
        if stripped.startswith('|') or (para == [] and '|' in stripped and i + 1 < len(lines)
                                        and re.match(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$', lines[i + 1])):
            flush()
            rows = []
            while i < len(lines) and '|' in lines[i] and lines[i].strip():
                row = lines[i].strip()
                if re.match(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$', row):
                    i += 1
                    continue
                row = row.strip('|')
                cells = [strip_inline(c) for c in re.split(r'(?<!\\)\|', row)]
                rows.append(' | '.join(cells))
                i += 1
            blocks.append(rows)
            continue
        # list item
        m = LIST_RE.match(line)
        if m:
            flush()
            marker = m.group(2)
            marker = '-' if marker in '*+-' else marker
            item = [m.group(3)]
            i += 1
            # continuation lines (lazy or indented, not a new item/fence/blank)
            while i < len(lines):
                nxt = lines[i]
                if quoted:
                    nxt = re.sub(r'^\s*> ?', '', nxt)
                if (not nxt.strip() or LIST_RE.match(nxt) or FENCE_RE.match(nxt)
                        or re.match(r'^\s{0,3}#', nxt)):
                    break
                item.append(nxt.strip())
                i += 1
            text = strip_inline(' '.join(item))
            if text:
                if blocks and blocks[-1] and getattr(blocks[-1], 'is_list', False):
                    blocks[-1].append(marker + ' ' + text)
                else:
                    blk = ListBlock([marker + ' ' + text])
                    blocks.append(blk)
            continue
        # indented code block (only when not continuing a paragraph)
        if not para and raw.startswith('    ') and not quoted:
            code = []
            while i < len(lines) and (lines[i].startswith('    ') or not lines[i].strip()):
                code.append(lines[i][4:].rstrip())
                i += 1
            while code and not code[-1].strip():
                code.pop()
            if not blank:
                code = [c for c in code if c.strip()]
            blocks.append(code)
            continue
        # image-only line
        if re.match(r'^!\[[^\]]*\]\(.*\)\s*$', stripped):
            flush()
            blocks.append(None)  # nothing is printed, but a list is broken here
            i += 1
            continue
        para.append(line)
        i += 1
    flush()
    out = []
    for b in blocks:
        if b is None:
            continue
        if blank and out:
            out.append('')
        out.extend(b)
    return '\n'.join(out) + '\n'


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in ('--blank', '--no-blank'):
        sys.exit(__doc__)
    md = open(sys.argv[1], encoding='utf-8').read()
    text = flatten(md, sys.argv[3] == '--blank')
    with open(sys.argv[2], 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


if __name__ == '__main__':
    main()
