"""html.parser's HTMLParser (with _markupbase) on generated pages: start and end tags with attributes,
entities and character references, comments, a doctype, script content; the handlers collect tags and
text. Stands for a markup library: a scanning loop of regular-expression matches, string slicing and
method dispatch to handlers."""

import zlib

from stdlib_copy.html import parser
from lcg import Lcg

TIME_N = 450
INSTR_N = 20


TAGS = ["div", "p", "span", "a", "li", "td", "em", "strong"]
TEXT = ["Hello", "caf&eacute;", "fish &amp; chips", "x &lt; y", "&#169; 2026", "plain words here", "&#x263A;"]


def element(rng, depth, out):
    tag = TAGS[rng.below(len(TAGS))]
    attrs = " ".join('%s="%s%d"' % (("class", "id", "href", "title")[rng.below(4)], TAGS[rng.below(8)], i)
                     for i in range(rng.below(4)))
    out.append("<%s %s>" % (tag, attrs) if attrs else "<%s>" % tag)
    for _ in range(1 + rng.below(4)):
        k = rng.below(6)
        if k < 3 or depth > 3:
            out.append(TEXT[rng.below(len(TEXT))])
        elif k == 3:
            out.append("<!-- note %d -->" % rng.below(100))
        elif k == 4:
            out.append("<br/>")
        else:
            element(rng, depth + 1, out)
    out.append("</%s>" % tag)


def page(seed):
    rng = Lcg(seed)
    out = ["<!DOCTYPE html><html><head><title>t</title><script>if (a < b) { x = '</p>'; }</script></head><body>"]
    for _ in range(40):
        element(rng, 0, out)
    out.append("</body></html>")
    return "\n".join(out)


class Collector(parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.text = []
        self.attrs = 0

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs += len(attrs)

    def handle_endtag(self, tag):
        self.tags["/" + tag] = self.tags.get("/" + tag, 0) + 1

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.text.append("#")


def main(n):
    pages = [page(seed) for seed in range(5)]
    crc = 0
    for i in range(n):
        c = Collector()
        c.feed(pages[i % len(pages)])
        c.close()
        crc = zlib.crc32(("%r %d %s" % (sorted(c.tags.items()), c.attrs, "".join(c.text))).encode(), crc)
    return "crc=%08x" % crc
