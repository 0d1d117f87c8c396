#!/usr/bin/env python3
"""Flatten a Markdown article to plain text, as a reader would see it rendered.

Deterministic, standard library only.  Usage:

    python3 flatten.py SOURCE.md OUT.txt --blank      # blank line between blocks
    python3 flatten.py SOURCE.md OUT.txt --no-blank   # no blank lines at all

Rules (a small subset of CommonMark, enough for the two sources kept in source/):
- YAML front matter is dropped, except that its `title:` is printed as the first
  line (the article's title as shown on the page).
- ATX headings become bare lines: the `#` markers and a trailing `{#anchor}` are removed.
- Emphasis, code spans, links (inline and reference) and inline HTML tags are reduced
  to their visible text; images and link reference definitions are dropped.
- A paragraph's wrapped source lines are joined into one line.
- List items keep "- " (any bullet) or "N. " (numbered as rendered: 1., 2., 3., ...);
  a list item's wrapped lines are joined; nested items are not indented.
- Block quotes lose their ">" markers; each paragraph in them is one line.
- Tables: one line per row, cells joined with " | "; the delimiter row is dropped.
- Code blocks (fenced or indented) are kept line by line, with the Markdown
  indentation (the fence, or the 4 columns beyond the enclosing list item) removed.
- Thematic breaks (-----, ***) are dropped: they are not text.
- --blank: one blank line between blocks (paragraphs, headings, lists, code blocks);
  items of one list are on consecutive lines; blank lines inside code blocks kept.
  --no-blank: no blank line anywhere (blank lines inside code blocks dropped too).
With --headings, the line number, level and text of every heading of the output are
printed to stderr (this is how the truth file's line numbers were checked).
"""
import re
import sys

FENCE = re.compile(r'^(\s*)(```+|~~~+)(.*)$')
ATX = re.compile(r'^\s{0,3}(#{1,6})\s+(.*?)\s*$')
ANCHOR = re.compile(r'\s*\{#[^}]*\}\s*$')
ITEM = re.compile(r'^(\s*)([-*+]|\d{1,9}[.)])(\s+)(.*)$')
HR = re.compile(r'^\s{0,3}([-*_])(\s*\1){2,}\s*$')
REFDEF = re.compile(r'^\s{0,3}\[[^\]]+\]:\s*\S+.*$')
TABLE_DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def indent_of(line):
    return len(line) - len(line.lstrip(' '))


def inline(text):
    """Reduce inline Markdown to its visible text."""
    spans = []

    def keep(m):
        spans.append(m.group(2).strip() if m.group(2).strip() else m.group(2))
        return '\x00%d\x00' % (len(spans) - 1)

    text = re.sub(r'(`+)(.+?)\1', keep, text)            # code spans, protected
    text = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', text)       # images
    text = re.sub(r'!\[[^\]]*\]\[[^\]]*\]', '', text)
    for _ in range(2):                                       # links (one level of nesting)
        text = re.sub(r'\[([^\[\]]*)\]\([^)]*\)', r'\1', text)
        text = re.sub(r'\[([^\[\]]+)\]\[[^\]]*\]', r'\1', text)
    text = re.sub(r'<!--.*?-->', '', text)
    text = re.sub(r'</?[A-Za-z][^>]*>', '', text)           # inline HTML tags
    text = re.sub(r'\*\*(.+?)\*\*', r'\1', text)
    text = re.sub(r'(?<!\w)__(.+?)__(?!\w)', r'\1', text)
    text = re.sub(r'(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])', r'\1', text)
    text = re.sub(r'(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])', r'\1', text)
    text = re.sub(r'\\([!-/:-@\[-`{-~])', r'\1', text)     # backslash escapes
    text = re.sub('\x00(\\d+)\x00', lambda m: spans[int(m.group(1))], text)
    text = text.replace('&nbsp;', ' ').replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')
    return re.sub(r'\s+', ' ', text).strip()


def flatten(src, blank):
    lines = src.split('\n')
    title = None
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        for fm in lines[1:end]:
            m = re.match(r'^title:\s*(.*)$', fm)
            if m:
                title = m.group(1).strip()
                if len(title) >= 2 and title[0] == title[-1] and title[0] in '"\'':
                    title = title[1:-1]
        lines = lines[end + 1:]

    blocks = []          # list of (kind, [lines]); kind in heading/para/list/code/table
    if title:
        blocks.append(('heading', [inline(title)], 0))
    para = None          # current paragraph buffer (list of source text pieces)
    para_kind = None     # 'para' | 'item' | 'quote'
    list_block = None    # current list block (list of output lines)
    list_stack = []      # [(marker_indent, content_indent, ordered, counter)]
    prev_blank = True
    i = 0

    def flush_para():
        nonlocal para, para_kind
        if para is None:
            return
        text = inline(' '.join(para))
        if para_kind == 'item':
            list_block.append(text)
        elif text:
            blocks.append(('para', [text], 0))
        para = None
        para_kind = None

    def close_list():
        nonlocal list_block
        flush_para()
        if list_block:
            blocks.append(('list', list_block, 0))
        list_block = None
        list_stack.clear()

    while i < len(lines):
        line = lines[i].rstrip('\r')
        stripped = line.strip()

        # fenced code block
        m = FENCE.match(line)
        if m:
            flush_para()
            fence_indent = len(m.group(1))
            closer = m.group(2)
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(closer):
                cl = lines[i].rstrip()
                cut = min(fence_indent, indent_of(cl))
                code.append(cl[cut:])
                i += 1
            i += 1
            if list_block is not None and fence_indent >= (list_stack[-1][1] if list_stack else 0) and list_stack:
                list_block.append(('code', code))
            else:
                close_list()
                blocks.append(('code', code, 0))
            prev_blank = False
            continue

        if not stripped:
            flush_para()
            prev_blank = True
            i += 1
            continue

        ind = indent_of(line)
        base = list_stack[-1][1] if list_stack else 0

        # indented code block (not inside a paragraph)
        if para is None and prev_blank and ind >= base + 4 and not (list_stack and ITEM.match(line) and ind < base + 4):
            code = []
            while i < len(lines):
                cl = lines[i].rstrip()
                if cl.strip() and indent_of(cl) < base + 4:
                    break
                code.append(cl[base + 4:] if cl.strip() else '')
                i += 1
            while code and not code[-1].strip():
                code.pop()
            if list_block is not None and list_stack:
                list_block.append(('code', code))
            else:
                blocks.append(('code', code, 0))
            prev_blank = True
            continue

        if REFDEF.match(line) and para is None:
            i += 1
            continue

        m = ATX.match(line)
        if m:
            close_list()
            text = inline(ANCHOR.sub('', re.sub(r'\s+#+\s*$', '', m.group(2))))
            blocks.append(('heading', [text], len(m.group(1))))
            prev_blank = False
            i += 1
            continue

        if HR.match(line) and not ITEM.match(line.replace('-', '- ', 0)) and (para is None):
            close_list()
            prev_blank = True
            i += 1
            continue

        if stripped.startswith('|'):
            close_list()
            rows = []
            while i < len(lines) and lines[i].strip().startswith('|'):
                row = lines[i].strip()
                if not TABLE_DELIM.match(row):
                    cells = [inline(c) for c in row.strip('|').split('|')]
                    rows.append(' | '.join(cells))
                i += 1
            blocks.append(('table', rows, 0))
            prev_blank = False
            continue

        if stripped.startswith('>'):
            close_list()
            quote_paras, cur = [], []
            while i < len(lines) and lines[i].strip().startswith('>'):
                body = re.sub(r'^\s*>\s?', '', lines[i].rstrip())
                if body.strip():
                    cur.append(body.strip())
                elif cur:
                    quote_paras.append(cur)
                    cur = []
                i += 1
            if cur:
                quote_paras.append(cur)
            for qp in quote_paras:
                blocks.append(('para', [inline(' '.join(qp))], 0))
            prev_blank = False
            continue

        mi = ITEM.match(line)
        if mi and not (para_kind in ('para',) and para is not None and mi.group(2)[0].isdigit() and int(mi.group(2)[:-1]) != 1):
            marker_indent = len(mi.group(1))
            content_indent = marker_indent + len(mi.group(2)) + len(mi.group(3))
            if len(mi.group(3)) > 4:       # "1.      code" – content starts after one space
                content_indent = marker_indent + len(mi.group(2)) + 1
            ordered = mi.group(2)[0].isdigit()
            if list_block is None or (list_stack and marker_indent < list_stack[0][0]):
                flush_para()
                close_list()
                list_block = []
            flush_para()
            while list_stack and marker_indent < list_stack[-1][1] and marker_indent < list_stack[-1][0] + 1 \
                    and not (marker_indent >= list_stack[-1][0] and ordered == list_stack[-1][2]):
                list_stack.pop()
            if list_stack and marker_indent >= list_stack[-1][1]:
                list_stack.append([marker_indent, content_indent, ordered, 0])
            elif not list_stack:
                list_stack.append([marker_indent, content_indent, ordered, 0])
            else:
                list_stack[-1][1] = content_indent
                list_stack[-1][2] = ordered
            list_stack[-1][3] += 1
            marker = '%d. ' % list_stack[-1][3] if ordered else '- '
            para = [marker + mi.group(4)]
            para_kind = 'item'
            prev_blank = False
            i += 1
            continue

        # continuation or new paragraph
        if para is not None:
            para.append(stripped)
        else:
            if list_stack and ind >= list_stack[-1][1] - 1 and not prev_blank:
                para, para_kind = [stripped], 'item'
            elif list_stack and ind >= 2 and prev_blank:
                para, para_kind = [stripped], 'item'      # a further paragraph of the list item
            else:
                close_list()
                para, para_kind = [stripped], 'para'
        prev_blank = False
        i += 1

    close_list()

    out = []
    for kind, content, level in blocks:
        if blank and out:
            out.append('')
        start = len(out)
        if kind == 'list':
            for entry in content:
                if isinstance(entry, tuple):
                    for cl in entry[1]:
                        if cl.strip() or blank:
                            out.append(cl)
                else:
                    out.append(entry)
        elif kind == 'code':
            for cl in content:
                if cl.strip() or blank:
                    out.append(cl)
        else:
            out.extend(content)
        if kind == 'heading':
            heads.append((start + 1, level, content[0]))
    return '\n'.join(out) + '\n'


heads = []

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    flags = [a for a in sys.argv[1:] if a.startswith('--')]
    if len(args) != 2 or not ({'--blank', '--no-blank'} & set(flags)):
        sys.exit(__doc__)
    with open(args[0], encoding='utf-8') as f:
        text = flatten(f.read(), '--blank' in flags)
    with open(args[1], 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    if '--headings' in flags:
        for n, level, t in heads:
            print('%d\t%d\t%s' % (n, level, t), file=sys.stderr)
