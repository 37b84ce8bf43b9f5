# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""The block walk of ``htmlblocks._Walk.run`` over lxml's libxml2 nodes, compiled.

It reads the tree through lxml's public C API and makes the very blocks the Python walk
makes; every decision that is not bookkeeping (tag kinds, class words, hiding, class
flags) is the Python walk's own function, called from here. A tree it was not written
for (namespaced elements, entity references, text that is not UTF-8) makes it decline,
and the Python walk reads that tree. ``tests/test_walks.py`` checks that both agree.
"""

from cpython cimport array
from cpython.object cimport PyObject
from cpython.ref cimport Py_DECREF, Py_INCREF, Py_XDECREF
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.stdlib cimport calloc, free, malloc, realloc
from libc.string cimport memcpy, memset, strlen

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlNode

import array

from lxml import etree

cdef extern from "Python.h":
    ctypedef PyObject* (*allocfunc)(TypeObject*, Py_ssize_t)
    ctypedef int (*descrsetfunc)(PyObject*, PyObject*, PyObject*) except -1
    ctypedef struct TypeObject "PyTypeObject":
        allocfunc tp_alloc
        descrsetfunc tp_descr_set
    TypeObject* Py_TYPE(PyObject*)
    void PyObject_GC_UnTrack(void*)
    bint PyUnicode_IS_ASCII(object)
    const unsigned char* PyUnicode_1BYTE_DATA(object)

cdef extern from "libxml/xmlversion.h":
    const char* LIBXML_DOTTED_VERSION

cdef extern from *:
    """
    #ifndef NEWSPARSE_WALK_SOURCE
    #define NEWSPARSE_WALK_SOURCE ""
    #endif
    """
    const char* NEWSPARSE_WALK_SOURCE

# What this build was compiled against, compared with what is installed before lxml's C API is used.
BUILT_LXML = cetree.LXML_VERSION_STRING.decode("ascii")
BUILT_LIBXML = LIBXML_DOTTED_VERSION.decode("ascii")
# The SHA-256 of the .pyx this was compiled from ("" when the build did not say).
SOURCE_SHA256 = NEWSPARSE_WALK_SOURCE.decode("ascii")
RUNTIME_LXML = etree.__version__
RUNTIME_LIBXML = ".".join(map(str, etree.LIBXML_VERSION))
COMPATIBLE = BUILT_LXML == RUNTIME_LXML and BUILT_LIBXML == RUNTIME_LIBXML
if COMPATIBLE:
    cetree.import_lxml__etree()


class Decline(Exception):
    """The tree holds something this walk does not read; the Python walk reads it."""


# The Python walk's pieces, set by bind().
cdef object Block, Link, Elements, Ancestors, TagPath, NO_MARKS
cdef object tag_kind, class_words_of, is_hidden, hidden_by_style, wraps_page, Panels, classify
cdef object preformatted_of, read_button, glued, heading_tags, template_tags, template_names
cdef object word_count, weighted_length
cdef Py_ssize_t WORD_WINDOW
cdef int K_INLINE, K_BLOCK, K_SKIP, K_LINK, K_TIME, K_BOLD, K_BREAK
cdef bint bound = False
cdef array.array INT_ARRAY = array.array("i")
cdef array.array FLAGS_ARRAY = array.array("q")
cdef array.array BYTE_ARRAY = array.array("B")
# The link densities most blocks have, one object each for the whole page rather than a float per block.
cdef object NO_LINKS = 0.0, ALL_LINKS = 1.0

# The Block and Link fields this walk sets; a dataclass with others is not one it can make.
BLOCK_FIELDS = frozenset(
    "index text tag path link_density links blank_before ancestors bold marks flags datetime preformatted"
    " word_count weighted_length".split()
)
LINK_FIELDS = frozenset(("text", "href"))
cdef object S_DIV = "div"


# The objects the walk makes are slotted classes, made as their own __init__ would make them,
# without running Python code: allocated, each slot set through its descriptor. They hold no
# reference back to anything that could hold them, so the cycle collector need not track them.
cdef struct Maker:
    TypeObject* cls
    Py_ssize_t n
    PyObject* slots[16]


cdef int maker_for(Maker* maker, object cls, tuple names) except -1:
    if not cls.__flags__ & (1 << 14):  # Py_TPFLAGS_HAVE_GC: slots that hold objects
        raise TypeError(f"{cls.__name__} holds no object slots")
    if len(names) > 16:
        raise TypeError(f"{cls.__name__} has more slots than the walk makes")
    maker.cls = <TypeObject*>cls
    maker.n = len(names)
    for k, name in enumerate(names):
        descriptor = cls.__dict__[name]
        if type(descriptor).__name__ != "member_descriptor":
            raise TypeError(f"{cls.__name__}.{name} is not a slot")
        maker.slots[k] = <PyObject*>descriptor  # kept alive by the class
    return 0


cdef object make(Maker* maker, tuple values):
    cdef PyObject* raw = maker.cls.tp_alloc(maker.cls, 0)
    cdef PyObject* slot
    cdef Py_ssize_t k
    if raw == NULL:
        raise MemoryError()
    obj = <object>raw
    Py_DECREF(obj)
    for k in range(maker.n):
        slot = maker.slots[k]
        Py_TYPE(slot).tp_descr_set(slot, raw, <PyObject*>values[k])
    PyObject_GC_UnTrack(raw)
    return obj


# Field order of the values handed to make().
BLOCK_ORDER = (
    "index", "text", "tag", "path", "link_density", "links", "blank_before", "ancestors", "bold", "marks",
    "flags", "datetime", "preformatted", "word_count", "weighted_length",
)
cdef Maker BLOCK_MAKER, LINK_MAKER, PATH_MAKER, CHAIN_MAKER
# The mark attributes, in the Python walk's order, with their "name:" prefixes.
cdef tuple MARK_PREFIXES = ("itemprop:", "rel:", "property:", "data-testid:", "role:")


def bind(module):
    """Take the Python walk's functions and classes from ``htmlblocks``; returns why not, or None."""
    global Block, Link, Elements, Ancestors, TagPath, NO_MARKS
    global tag_kind, class_words_of, is_hidden, hidden_by_style, wraps_page, Panels, classify, preformatted_of, read_button
    global glued, heading_tags, template_tags, template_names, word_count, weighted_length, WORD_WINDOW
    global K_INLINE, K_BLOCK, K_SKIP, K_LINK, K_TIME, K_BOLD, K_BREAK, bound
    import dataclasses

    if not COMPATIBLE:
        return (
            f"built for lxml {BUILT_LXML} with libxml2 {BUILT_LIBXML}, "
            f"lxml {RUNTIME_LXML} with libxml2 {RUNTIME_LIBXML} is installed"
        )
    if frozenset(f.name for f in dataclasses.fields(module.Block)) != BLOCK_FIELDS:
        return "Block has fields this build does not know"
    if frozenset(f.name for f in dataclasses.fields(module.Link)) != LINK_FIELDS:
        return "Link has fields this build does not know"
    if tuple(module._MARK_ATTRS) != ("itemprop", "rel", "property", "data-testid", "role"):
        return "the mark attributes changed"
    Block, Link, Elements = module.Block, module.Link, module.Elements
    Ancestors, TagPath, NO_MARKS = module.Ancestors, module.TagPath, module._NO_MARKS
    try:
        maker_for(&BLOCK_MAKER, Block, BLOCK_ORDER)
        maker_for(&LINK_MAKER, Link, ("text", "href"))
        maker_for(&PATH_MAKER, TagPath, ("_elements", "_inner"))
        maker_for(&CHAIN_MAKER, Ancestors, ("_elements", "_inner", "_length", "_reverse"))
    except (KeyError, TypeError) as exc:
        return f"a class changed its slots ({exc})"
    # The page's own dicts are read first; these (memoised across pages) only on a miss.
    tag_kind, class_words_of = module._tag_kind, module._class_words
    is_hidden, hidden_by_style, wraps_page = module._is_hidden, module._hidden_by_style, module._wraps_page
    Panels = module._Panels
    classify = module._classify
    preformatted_of = module._preformatted
    read_button = module._read_button
    glued, heading_tags = module._glued, module.HEADING_TAGS
    template_tags, template_names = module.TEMPLATE_TAGS, module.template_names
    word_count, weighted_length = module.measures.word_count, module.measures.weighted_length
    WORD_WINDOW = module.measures.WORD_COUNT_WINDOW
    K_INLINE, K_BLOCK, K_SKIP = module._INLINE, module._BLOCK, module._SKIP
    K_LINK, K_TIME, K_BOLD, K_BREAK = module._LINK, module._TIME, module._BOLD, module._BREAK
    bound = True
    return None


# --- text: libxml2 keeps it as UTF-8 --------------------------------------------------------

cdef struct Buf:
    char* data
    Py_ssize_t size
    Py_ssize_t cap


cdef int buf_reserve(Buf* b, Py_ssize_t size) except -1:
    """Room for ``size`` bytes in all."""
    cdef Py_ssize_t cap
    cdef char* grown
    if size > b.cap:
        cap = b.cap * 2 if b.cap else 256
        while cap < size:
            cap *= 2
        grown = <char*>realloc(b.data, cap)
        if grown == NULL:
            raise MemoryError()
        b.data = grown
        b.cap = cap
    return 0


cdef inline int buf_add(Buf* b, const char* s, Py_ssize_t n) except -1:
    if b.size + n > b.cap:
        buf_reserve(b, b.size + n)
    memcpy(b.data + b.size, s, n)
    b.size += n
    return 0


cdef inline bint is_space(unsigned int cp) noexcept nogil:
    """Python's str.isspace() for one code point (what str.split() splits on)."""
    if cp < 0x80:
        return (0x09 <= cp <= 0x0D) or (0x1C <= cp <= 0x20)
    return (
        cp == 0x85 or cp == 0xA0 or cp == 0x1680 or (0x2000 <= cp <= 0x200A)
        or cp == 0x2028 or cp == 0x2029 or cp == 0x202F or cp == 0x205F or cp == 0x3000
    )


# ASCII whitespace as str.isspace() sees it, by byte.
cdef bint ASCII_SPACE[128]
for _c in range(128):
    ASCII_SPACE[_c] = is_space(_c)


def python_space(unsigned int cp):
    """The walk's whitespace test, for the test that compares it with Python's."""
    return is_space(cp)


cdef inline Py_ssize_t next_cp(const unsigned char* s, Py_ssize_t i, Py_ssize_t n, unsigned int* cp) noexcept nogil:
    """Decode the code point at ``s[i]`` as CPython's strict UTF-8 decoder does; its length, or -1."""
    cdef unsigned int c = s[i], c1, c2, c3
    if c < 0x80:
        cp[0] = c
        return 1
    if 0xC2 <= c <= 0xDF:
        if i + 1 >= n or (s[i + 1] & 0xC0) != 0x80:
            return -1
        cp[0] = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F)
        return 2
    if 0xE0 <= c <= 0xEF:
        if i + 2 >= n:
            return -1
        c1 = s[i + 1]
        c2 = s[i + 2]
        if (c1 & 0xC0) != 0x80 or (c2 & 0xC0) != 0x80:
            return -1
        if (c == 0xE0 and c1 < 0xA0) or (c == 0xED and c1 >= 0xA0):
            return -1  # overlong, or a surrogate
        cp[0] = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F)
        return 3
    if 0xF0 <= c <= 0xF4:
        if i + 3 >= n:
            return -1
        c1 = s[i + 1]
        c2 = s[i + 2]
        c3 = s[i + 3]
        if (c1 & 0xC0) != 0x80 or (c2 & 0xC0) != 0x80 or (c3 & 0xC0) != 0x80:
            return -1
        if (c == 0xF0 and c1 < 0x90) or (c == 0xF4 and c1 >= 0x90):
            return -1  # overlong, or past U+10FFFF
        cp[0] = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F)
        return 4
    return -1


cdef Py_ssize_t scan(const unsigned char* s, Py_ssize_t n, bint* visible) except -2:
    """The number of code points in ``s`` (Python's len()), and whether one is not whitespace."""
    cdef Py_ssize_t i = 0, count = 0, step
    cdef unsigned int cp
    cdef unsigned char c
    cdef bint seen = False
    while i < n:
        c = s[i]
        if c < 0x80:
            if not seen and not ASCII_SPACE[c]:
                seen = True
            i += 1
        else:
            step = next_cp(s, i, n, &cp)
            if step < 0:
                raise Decline("text that is not UTF-8")
            if not seen and not is_space(cp):
                seen = True
            i += step
        count += 1
    visible[0] = seen
    return count


cdef str squeeze(Buf* b, Buf* out):
    """``" ".join(text.split())`` of the buffer's text."""
    cdef const unsigned char* s = <const unsigned char*>b.data
    cdef Py_ssize_t n = b.size, i = 0, o = 0, step, k
    cdef unsigned int cp
    cdef unsigned char c
    cdef bint gap = False
    cdef char* dst
    buf_reserve(out, n + 1)
    dst = out.data
    while i < n:
        c = s[i]
        if c < 0x80:
            if ASCII_SPACE[c]:
                gap = o > 0
            else:
                if gap:
                    dst[o] = 32
                    o += 1
                    gap = False
                dst[o] = <char>c
                o += 1
            i += 1
            continue
        step = next_cp(s, i, n, &cp)
        if step < 0:
            raise Decline("text that is not UTF-8")
        if is_space(cp):
            gap = o > 0
        else:
            if gap:
                dst[o] = 32
                o += 1
                gap = False
            for k in range(step):
                dst[o + k] = <char>s[i + k]
            o += step
        i += step
    return PyUnicode_DecodeUTF8(dst, o, NULL)


# --- the tree -----------------------------------------------------------------------------

cdef inline xmlNode* text_or_skip(xmlNode* c) noexcept:
    """lxml's _textNodeOrSkip: a text node, over XInclude markers; NULL at anything else."""
    while c != NULL:
        if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
            return c
        if c.type == tree.XML_XINCLUDE_START or c.type == tree.XML_XINCLUDE_END:
            c = c.next
        else:
            return NULL
    return NULL


cdef inline bint is_element_like(xmlNode* c) noexcept:
    """lxml's _isElement: the nodes iterwalk stops at."""
    return (
        c.type == tree.XML_ELEMENT_NODE or c.type == tree.XML_COMMENT_NODE
        or c.type == tree.XML_ENTITY_REF_NODE or c.type == tree.XML_PI_NODE
    )


cdef inline bint is_digit(unsigned char ch) noexcept:
    return 48 <= ch <= 57


cdef inline bint time_start(const unsigned char* s) noexcept:
    """``_TIME_START``: a time of day, one or two digits, a colon and two digits, opens ``s``."""
    cdef int i = 0
    if not is_digit(s[0]):
        return False
    i = 2 if is_digit(s[1]) else 1
    return s[i] == 58 and is_digit(s[i + 1]) and is_digit(s[i + 2])


cdef inline bint after_sibling(xmlNode* node) noexcept:
    """``_digits_apart``'s test on the tree: ``node``'s previous sibling (lxml's getprevious) is
    an element with content and no tail."""
    cdef xmlNode* p = node.prev
    while p != NULL and not is_element_like(p):
        if (p.type == tree.XML_TEXT_NODE or p.type == tree.XML_CDATA_SECTION_NODE) and (
            p.content != NULL and p.content[0] != 0
        ):
            return False
        p = p.prev
    return p != NULL and p.type == tree.XML_ELEMENT_NODE and p.children != NULL


cdef inline xmlNode* first_element(xmlNode* c) noexcept:
    while c != NULL and not is_element_like(c):
        c = c.next
    return c


cdef inline bint name_is(const_xmlChar* name, const char* want) noexcept:
    cdef Py_ssize_t i = 0
    while want[i] != 0:
        if name[i] != want[i]:
            return False
        i += 1
    return name[i] == 0


cdef object attr_value(xmlNode* node, xmlAttr* attr):
    """An attribute's value as lxml gives it."""
    cdef xmlNode* child = attr.children
    if child == NULL:
        return ""
    if child.next == NULL and child.type == tree.XML_TEXT_NODE:
        if child.content == NULL:
            return ""
        return PyUnicode_DecodeUTF8(<const char*>child.content, strlen(<const char*>child.content), NULL)
    return cetree.attributeValue(node, attr)


# The attributes the walk reads, as slots (the mark attributes in the Python walk's order).
cdef enum:
    A_CLASS = 0
    A_ID
    A_HIDDEN
    A_ARIA_HIDDEN
    A_STYLE
    A_ITEMPROP
    A_REL
    A_PROPERTY
    A_TESTID
    A_ROLE
    A_DATETIME
    A_HREF
    N_ATTRS


cdef inline int attr_slot(const_xmlChar* name) noexcept:
    cdef unsigned char c = name[0]
    if c == b'c':
        return A_CLASS if name_is(name, "class") else -1
    if c == b'i':
        if name_is(name, "id"):
            return A_ID
        return A_ITEMPROP if name_is(name, "itemprop") else -1
    if c == b'h':
        if name_is(name, "href"):
            return A_HREF
        return A_HIDDEN if name_is(name, "hidden") else -1
    if c == b'a':
        return A_ARIA_HIDDEN if name_is(name, "aria-hidden") else -1
    if c == b's':
        return A_STYLE if name_is(name, "style") else -1
    if c == b'r':
        if name_is(name, "rel"):
            return A_REL
        return A_ROLE if name_is(name, "role") else -1
    if c == b'p':
        return A_PROPERTY if name_is(name, "property") else -1
    if c == b'd':
        if name_is(name, "datetime"):
            return A_DATETIME
        return A_TESTID if name_is(name, "data-testid") else -1
    return -1


# Per distinct tag name (libxml2 keeps one copy of each name per document): its tag and kind.
cdef enum:
    TAG_CACHE = 256


cdef struct TagEntry:
    const_xmlChar* name
    PyObject* tag
    int kind


cdef struct Frame:
    xmlNode* node
    xmlNode* cursor


cdef class Walk:
    # The tree.
    cdef cetree._Document doc
    cdef TagEntry tag_cache[TAG_CACHE]
    cdef list tag_refs
    # The open elements (skipped ones never are): number, kind, flags (-1: not worked out).
    cdef int* open_ids
    cdef int* open_kinds
    cdef long long* open_flags
    cdef list open_names
    cdef Py_ssize_t open_n, open_cap
    cdef int* block_ids
    cdef list block_tags
    cdef Py_ssize_t block_n
    # Per element number: parent, nearest block-level element above, block depth, last number inside.
    cdef int* parents
    cdef int* uppers
    cdef int* depths
    cdef int* ends
    cdef Py_ssize_t el_cap
    cdef int next_id
    cdef list tags
    # The text of the block being gathered.
    cdef Buf parts, link_parts, scratch
    cdef Py_ssize_t chars, link_chars, bold_chars
    cdef bint visible
    cdef int br_run, bold_depth
    # How many <pre> elements are open: their blocks keep the text's whitespace too.
    cdef int pre_depth
    cdef object link_href, datetime
    cdef list links
    cdef set marks
    # What the page keeps: per block, the records of walk.Gathered.
    cdef list texts, densities
    cdef array.array holders, tops, block_flags, bold
    cdef dict extras
    cdef object elements
    # Per element number: 0, or 1 + the index of its class/id names among the page's distinct ones.
    cdef int* named
    cdef list owns, names_list
    cdef dict record_ids, flags_of, class_words
    # The page's closed panels that are read (walk._Panels).
    cdef object panels

    def __cinit__(self):
        self.open_ids = NULL
        self.open_kinds = NULL
        self.open_flags = NULL
        self.block_ids = NULL
        self.parents = NULL
        self.uppers = NULL
        self.depths = NULL
        self.ends = NULL
        self.named = NULL
        self.parts.data = NULL
        self.link_parts.data = NULL
        self.scratch.data = NULL

    def __dealloc__(self):
        free(self.open_ids)
        free(self.open_kinds)
        free(self.open_flags)
        free(self.block_ids)
        free(self.parents)
        free(self.uppers)
        free(self.depths)
        free(self.ends)
        free(self.named)
        free(self.parts.data)
        free(self.link_parts.data)
        free(self.scratch.data)

    cdef int setup(self, cetree._Element top) except -1:
        cdef int k
        self.doc = top._doc
        self.panels = Panels(top)
        for k in range(TAG_CACHE):
            self.tag_cache[k].name = NULL
        self.tag_refs = []
        self.open_cap = 64
        self.open_ids = <int*>malloc(self.open_cap * sizeof(int))
        self.open_kinds = <int*>malloc(self.open_cap * sizeof(int))
        self.open_flags = <long long*>malloc(self.open_cap * sizeof(long long))
        self.block_ids = <int*>malloc(self.open_cap * sizeof(int))
        self.el_cap = 1024
        self.parents = <int*>malloc(self.el_cap * sizeof(int))
        self.uppers = <int*>malloc(self.el_cap * sizeof(int))
        self.depths = <int*>malloc(self.el_cap * sizeof(int))
        self.ends = <int*>malloc(self.el_cap * sizeof(int))
        self.named = <int*>malloc(self.el_cap * sizeof(int))
        if (
            self.open_ids == NULL or self.open_kinds == NULL or self.open_flags == NULL or self.block_ids == NULL
            or self.parents == NULL or self.uppers == NULL or self.depths == NULL or self.ends == NULL
            or self.named == NULL
        ):
            raise MemoryError()
        self.open_names = []
        self.block_tags = []
        self.open_n = self.block_n = 0
        self.parents[0] = self.uppers[0] = self.depths[0] = self.ends[0] = self.named[0] = 0
        self.next_id = 1
        self.tags = [""]
        self.parts.size = self.parts.cap = 0
        self.link_parts.size = self.link_parts.cap = 0
        self.scratch.size = self.scratch.cap = 0
        self.chars = self.link_chars = self.bold_chars = 0
        self.visible = False
        self.br_run = self.bold_depth = self.pre_depth = 0
        self.link_href = None
        self.datetime = None
        self.links = []
        self.marks = set()
        self.texts = []
        self.densities = []
        self.holders = array.clone(INT_ARRAY, 0, zero=False)
        self.tops = array.clone(INT_ARRAY, 0, zero=False)
        self.block_flags = array.clone(FLAGS_ARRAY, 0, zero=False)
        self.bold = array.clone(BYTE_ARRAY, 0, zero=False)
        self.extras = {}
        self.elements = Elements()
        self.owns = []
        self.names_list = []
        self.record_ids = {}
        self.flags_of = {}
        self.class_words = {}
        return 0

    cdef int grow_open(self) except -1:
        cdef Py_ssize_t cap = self.open_cap * 2
        cdef void* a = realloc(self.open_ids, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.open_ids = <int*>a
        a = realloc(self.open_kinds, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.open_kinds = <int*>a
        a = realloc(self.open_flags, cap * sizeof(long long))
        if a == NULL:
            raise MemoryError()
        self.open_flags = <long long*>a
        a = realloc(self.block_ids, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.block_ids = <int*>a
        self.open_cap = cap
        return 0

    cdef int grow_elements(self) except -1:
        cdef Py_ssize_t cap = self.el_cap * 2
        cdef void* a = realloc(self.parents, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.parents = <int*>a
        a = realloc(self.uppers, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.uppers = <int*>a
        a = realloc(self.depths, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.depths = <int*>a
        a = realloc(self.ends, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.ends = <int*>a
        a = realloc(self.named, cap * sizeof(int))
        if a == NULL:
            raise MemoryError()
        self.named = <int*>a
        self.el_cap = cap
        return 0

    # --- tag names ---

    cdef object tag_of(self, xmlNode* node, int* kind):
        """The element's tag, and its kind (into ``kind``), as ``htmlblocks._tag_kind`` says."""
        cdef size_t h = (<size_t>node.name >> 4) % TAG_CACHE
        cdef int probe
        cdef TagEntry* entry
        for probe in range(8):
            entry = &self.tag_cache[(h + probe) % TAG_CACHE]
            if entry.name == node.name:
                kind[0] = entry.kind
                return <object>entry.tag
            if entry.name == NULL:
                break
        raw = PyUnicode_DecodeUTF8(<const char*>node.name, strlen(<const char*>node.name), NULL)
        name, found = tag_kind(raw)
        for probe in range(8):
            entry = &self.tag_cache[(h + probe) % TAG_CACHE]
            if entry.name == NULL:
                self.tag_refs.append(name)
                entry.name = node.name
                entry.tag = <PyObject*>name
                entry.kind = found
                break
        kind[0] = found
        return name

    # --- text ---

    cdef int add_text(self, const char* s) except -1:
        cdef Py_ssize_t n = strlen(s), count
        cdef bint seen
        if n == 0:
            return 0
        count = scan(<const unsigned char*>s, n, &seen)
        if seen:
            self.visible = True
            self.br_run = 0
        buf_add(&self.parts, s, n)
        self.chars += count
        if self.link_href is not None:
            self.link_chars += count
            buf_add(&self.link_parts, s, n)
        if self.bold_depth:
            self.bold_chars += count
        return 0

    cdef int seam(self, xmlNode* c, xmlNode* opened) except -1:
        """``_glued`` in a heading, and ``_digits_apart`` at the start of ``opened`` (NULL: a
        tail): a space between two inline elements printed without one."""
        cdef Py_ssize_t i = self.parts.size - 1
        cdef unsigned int last, first
        cdef bint heading
        if i < 0 or not self.block_n:
            return 0
        heading = self.block_tags[self.block_n - 1] in heading_tags
        if not heading and opened == NULL:
            return 0
        c = text_or_skip(c)
        while c != NULL and (c.content == NULL or c.content[0] == 0):
            c = text_or_skip(c.next)
        if c == NULL:
            return 0
        while i > 0 and (<unsigned char>self.parts.data[i] & 0xC0) == 0x80:
            i -= 1
        if next_cp(<const unsigned char*>self.parts.data, i, self.parts.size, &last) < 0:
            return 0
        if next_cp(<const unsigned char*>c.content, 0, strlen(<const char*>c.content), &first) < 0:
            return 0
        if (heading and glued(chr(last), chr(first))) or (
            opened != NULL and 48 <= last <= 57 and time_start(<const unsigned char*>c.content) and after_sibling(opened)
        ):
            buf_add(&self.parts, " ", 1)
            if self.link_href is not None:
                buf_add(&self.link_parts, " ", 1)
        return 0

    cdef int add_run(self, xmlNode* c) except -1:
        """The text nodes from ``c`` on, as lxml's .text and .tail join them."""
        c = text_or_skip(c)
        while c != NULL:
            if c.content != NULL:
                self.add_text(<const char*>c.content)
            c = text_or_skip(c.next)
        return 0

    # --- blocks ---

    cdef long long resolve_flags(self) except -2:
        """``_Walk._open_flags``: flags of the innermost open element and its ancestors."""
        cdef Py_ssize_t top = self.open_n - 1, first, k
        cdef long long flags = self.open_flags[top]
        if flags >= 0:
            return flags
        first = top
        while first > 0 and self.open_flags[first - 1] < 0:
            first -= 1
        flags = self.open_flags[first - 1] if first else 0
        for k in range(first, top + 1):
            names = self.open_names[k]
            if names is not None:
                own = self.flags_of.get(names)
                if own is None:
                    own = classify(names)
                    self.flags_of[names] = own
                flags |= <long long>own
            self.open_flags[k] = flags
        return flags

    cdef int split_link(self) except -1:
        """``_split_link``: the part of an open link's text that the block ending now holds."""
        part = squeeze(&self.link_parts, &self.scratch)
        if part:
            self.links.append(make_link(part, self.link_href))
        self.link_parts.size = 0
        return 0

    cdef int flush(self) except -1:
        """Close the text gathered so far into a block, at a block boundary."""
        if self.link_href is not None and self.link_parts.size:
            self.split_link()
        if self.parts.size:
            if self.visible:
                self.emit()
            self.parts.size = 0
            self.links.clear()
            self.marks.clear()
            self.chars = self.link_chars = self.bold_chars = self.br_run = 0
            self.visible = False
        elif self.marks:
            self.marks.clear()
        self.datetime = None
        return 0

    cdef int emit(self) except -1:
        cdef int top = 0, holder = 0
        cdef long long flags = 0
        cdef Py_ssize_t n
        text = squeeze(&self.parts, &self.scratch)
        if not text:
            return 0
        if self.open_n:
            flags = self.resolve_flags()
            top = self.open_ids[self.open_n - 1]
        if self.block_n:
            holder = self.block_ids[self.block_n - 1]
        chars = self.chars
        n = len(self.holders)
        array.resize_smart(self.holders, n + 1)
        self.holders.data.as_ints[n] = holder
        array.resize_smart(self.tops, n + 1)
        self.tops.data.as_ints[n] = top
        array.resize_smart(self.block_flags, n + 1)
        self.block_flags.data.as_longlongs[n] = flags
        array.resize_smart(self.bold, n + 1)
        self.bold.data.as_uchars[n] = self.bold_chars >= 0.9 * chars
        self.densities.append(
            NO_LINKS if not self.link_chars
            else ALL_LINKS if self.link_chars >= chars
            else self.link_chars / <double>chars
        )
        if self.pre_depth:
            # squeeze() has checked that the buffer is UTF-8.
            preformatted = preformatted_of(PyUnicode_DecodeUTF8(self.parts.data, self.parts.size, NULL))
        else:
            preformatted = None
        if self.links or self.marks or self.datetime is not None or preformatted is not None:
            self.extras[n] = (
                tuple(self.links),
                frozenset(self.marks) if self.marks else NO_MARKS,
                self.datetime,
                preformatted,
            )
        self.texts.append(text)
        return 0

    # --- elements ---

    cdef int start(self, xmlNode* node) except -1:
        """The start of an element: 1 when it is read (pushed), 0 when its content is skipped."""
        cdef int kind = 0, ident, k
        cdef xmlAttr* attr
        cdef xmlAttr* slots[N_ATTRS]
        cdef long long flags
        if node.ns != NULL:
            raise Decline("a namespaced element")
        tag = self.tag_of(node, &kind)
        if kind == K_SKIP and not (tag == "button" and read_button(cetree.elementFactory(self.doc, node))):
            # (A button the parser left open over the page, or a writer's name after "By", is read:
            # see walk._read_button.)
            return 0
        if tag == "noscript" and self.block_n and self.block_tags[self.block_n - 1] in heading_tags:
            return 0
        for k in range(N_ATTRS):
            slots[k] = NULL
        attr = node.properties
        while attr != NULL:
            if attr.ns == NULL:
                k = attr_slot(attr.name)
                if k >= 0 and slots[k] == NULL:
                    slots[k] = attr
            attr = attr.next
        own = ()
        names = None
        if slots[A_HIDDEN] != NULL or slots[A_ARIA_HIDDEN] != NULL:
            el = cetree.elementFactory(self.doc, node)
            if is_hidden(dict(el.items()), el.tag, el) and not self.panels.reads(el):
                return 0
        elif slots[A_STYLE] != NULL:
            style = attr_value(node, slots[A_STYLE])
            # Hidden by its style, unless it holds the whole page (see walk._wraps_page) or is a
            # closed panel that is read (walk._Panels).
            if style and hidden_by_style(style):
                el = cetree.elementFactory(self.doc, node)
                if not wraps_page(el) and not self.panels.reads(el):
                    return 0
        if slots[A_CLASS] != NULL:
            cls = attr_value(node, slots[A_CLASS])
            if cls:
                words = self.class_words.get(cls)
                if words is None:
                    words = self.class_words[cls] = class_words_of(cls)
                if words[2]:
                    return 0
                own = words[0]
                names = words[1]
        if slots[A_ID] != NULL:
            ident_attr = attr_value(node, slots[A_ID])
            if ident_attr:
                lowered = ident_attr.lower()
                own += (lowered,)
                names = f"{names} {lowered}" if names else lowered
        if not own:
            names = None
        elif tag in template_tags:
            # "" (no flags), not None: the element's words stay in element_tokens.
            names = template_names(own) or ""
        flags = self.open_flags[self.open_n - 1] if self.open_n else 0
        if own:
            flags = -1
        ident = self.next_id
        if ident >= self.el_cap:
            self.grow_elements()
        if self.open_n + 1 >= self.open_cap:
            self.grow_open()
        self.tags.append(tag)
        self.parents[ident] = self.open_ids[self.open_n - 1] if self.open_n else 0
        self.uppers[ident] = self.block_ids[self.block_n - 1] if self.block_n else 0
        self.ends[ident] = 0
        if kind == K_BLOCK:
            if self.link_href is not None and self.link_parts.size:
                self.split_link()
            self.flush()
            self.block_ids[self.block_n] = ident
            self.block_n += 1
            self.block_tags.append(tag)
            if tag == "pre":
                self.pre_depth += 1
            self.depths[ident] = self.block_n
            if names is not None:
                key = (own, names)
                record = self.record_ids.get(key)
                if record is None:
                    self.owns.append(own)
                    self.names_list.append(names)
                    record = self.record_ids[key] = len(self.owns)
                self.named[ident] = record
            else:
                self.named[ident] = 0
        else:
            self.depths[ident] = 0
            self.named[ident] = 0
        self.open_ids[self.open_n] = ident
        self.open_kinds[self.open_n] = kind
        self.open_flags[self.open_n] = flags
        self.open_names.append(names)
        self.open_n += 1
        self.next_id += 1
        for k in range(A_ITEMPROP, A_ROLE + 1):
            if slots[k] != NULL:
                value = attr_value(node, slots[k])
                if value:
                    prefix = MARK_PREFIXES[k - A_ITEMPROP]
                    for v in value.lower().split()[:4]:
                        self.marks.add(prefix + v)
        if kind == K_TIME:
            if slots[A_DATETIME] != NULL:
                dt_value = attr_value(node, slots[A_DATETIME])
                if dt_value and self.datetime is None:
                    self.datetime = dt_value.strip()
        elif kind == K_LINK:
            if slots[A_HREF] != NULL and self.link_href is None:
                self.link_href = attr_value(node, slots[A_HREF]).strip()
                self.link_parts.size = 0
        if kind == K_BOLD:
            self.bold_depth += 1
        elif kind == K_BREAK:
            self.br_run += 1
            if self.br_run >= 2:
                # Two line breaks in a row separate paragraphs on pages without <p>.
                if self.link_href is not None and self.link_parts.size:
                    self.split_link()
                self.flush()
            else:
                buf_add(&self.parts, "\n", 1)
                self.chars += 1
                if self.link_href is not None:
                    self.link_chars += 1
                    buf_add(&self.link_parts, "\n", 1)
                if self.bold_depth:
                    self.bold_chars += 1
        self.seam(node.children, node)
        self.add_run(node.children)
        return 1

    cdef int end(self) except -1:
        """The end of the innermost open element."""
        cdef Py_ssize_t top = self.open_n - 1
        cdef int kind = self.open_kinds[top]
        self.ends[self.open_ids[top]] = self.next_id - 1
        if kind == K_LINK:
            if self.link_href is not None:
                link_text = squeeze(&self.link_parts, &self.scratch)
                if link_text:
                    self.links.append(make_link(link_text, self.link_href))
                self.link_href = None
                self.link_parts.size = 0
        elif kind == K_BOLD and self.bold_depth:
            self.bold_depth -= 1
        if kind == K_BLOCK:
            if self.link_href is not None and self.link_parts.size:
                self.split_link()
            self.flush()
            self.block_n -= 1
            if self.block_tags.pop() == "pre":
                self.pre_depth -= 1
        self.open_n -= 1
        self.open_names.pop()
        return 0

    cdef int run(self, xmlNode* top) except -1:
        """The events of ``etree.iterwalk(top, events=("start", "end", "comment", "pi"))``, in order."""
        cdef Frame* frames
        cdef Frame* grown
        cdef Py_ssize_t n = 0, cap = 64
        cdef xmlNode* child
        frames = <Frame*>malloc(cap * sizeof(Frame))
        if frames == NULL:
            raise MemoryError()
        try:
            if top.type != tree.XML_ELEMENT_NODE:
                raise Decline("a walk from a comment or an entity")
            if self.start(top):
                frames[0].node = top
                frames[0].cursor = first_element(top.children)
                n = 1
            else:
                self.add_run(top.next)
            while n:
                child = frames[n - 1].cursor
                if child == NULL:
                    n -= 1
                    self.end()
                    self.seam(frames[n].node.next, NULL)
                    self.add_run(frames[n].node.next)
                    continue
                frames[n - 1].cursor = first_element(child.next)
                if child.type == tree.XML_ELEMENT_NODE:
                    if self.start(child):
                        if n == cap:
                            cap *= 2
                            grown = <Frame*>realloc(frames, cap * sizeof(Frame))
                            if grown == NULL:
                                raise MemoryError()
                            frames = grown
                        frames[n].node = child
                        frames[n].cursor = first_element(child.children)
                        n += 1
                    else:
                        self.seam(child.next, NULL)
                        self.add_run(child.next)
                elif child.type == tree.XML_COMMENT_NODE or child.type == tree.XML_PI_NODE:
                    self.add_run(child.next)
                else:
                    raise Decline("an entity reference")
        finally:
            free(frames)
        if self.visible:
            self.emit()
        return 0

    cdef object table(self):
        """The element table, as the Python walk fills it."""
        cdef Py_ssize_t count = self.next_id
        el = self.elements
        el.tags = self.tags
        el.parents = int_array(self.parents, count)
        el.uppers = int_array(self.uppers, count)
        el.depths = int_array(self.depths, count)
        el.ends = int_array(self.ends, count)
        return el


cdef object int_array(int* values, Py_ssize_t count):
    """The first ``count`` values as the ``array("i")`` the Python walk fills."""
    cdef array.array out = array.clone(INT_ARRAY, count, zero=False)
    memcpy(out.data.as_ints, values, count * sizeof(int))
    return out


cdef inline object make_path(object elements, int inner):
    return make(&PATH_MAKER, (elements, inner))


cdef inline object make_chain(object elements, int inner, int length):
    return make(&CHAIN_MAKER, (elements, inner, length, False))


cdef inline object make_link(str text, object href):
    return make(&LINK_MAKER, (text, href))


def walk(cetree._Element top not None):
    """The walk over ``top``: the fields of ``walk.Gathered``, then the element table, the named
    table and its records (``walk._Named``) and flags_of; or None when the tree holds something
    only the Python walk reads."""
    if not bound:
        raise RuntimeError("bind() first")
    cdef Walk state = Walk()
    state.setup(top)
    try:
        state.run(top._c_node)
    except Decline:
        return None
    return (
        state.texts,
        state.holders,
        state.tops,
        state.block_flags,
        state.densities,
        bytearray(state.bold),
        state.extras,
        state.table(),
        int_array(state.named, state.next_id),
        state.owns,
        state.names_list,
        state.flags_of,
    )


# The characters of an ASCII word (``cues.text``'s \\w on ASCII text).
cdef bint ASCII_WORD[128]
for _c in range(128):
    ASCII_WORD[_c] = chr(_c).isalnum() or _c == 95


cdef object ascii_words(str text):
    """``cues.text.word_count`` of an ASCII text: the runs of word characters in its window."""
    cdef const unsigned char* s = PyUnicode_1BYTE_DATA(text)
    cdef Py_ssize_t i, n = min(len(text), WORD_WINDOW), count = 0
    cdef bint inside = False
    for i in range(n):
        if ASCII_WORD[s[i]]:
            if not inside:
                count += 1
                inside = True
        else:
            inside = False
    return count


def build(gathered, elements):
    """The blocks of a walk's records, as ``walk.python_build`` makes them."""
    cdef list texts = gathered.texts, densities = gathered.densities
    cdef array.array holders = gathered.holders, tops = gathered.tops, flags = gathered.flags
    cdef array.array depths = elements.depths
    cdef bytes bold = bytes(gathered.bold)
    cdef dict extras = gathered.extras
    cdef list tags = elements.tags
    cdef Py_ssize_t k, n = len(texts), count = len(tags)
    cdef int holder, top
    # The views blocks share, per element number (None until made); dropped with the records.
    cdef list chains = [None] * count
    cdef list paths = [None] * count
    cdef list blocks = []
    if len(holders) != n or len(tops) != n or len(flags) != n or len(densities) != n or len(bold) != n:
        raise ValueError("the records of a walk differ in length")
    # The loop reads the element tables unchecked (boundscheck=False): records of another page's
    # walk would read past them, so every element they name is checked against them once here.
    if n and (min(holders) < 0 or min(tops) < 0 or max(holders) >= count or max(tops) >= count or len(depths) < count):
        raise ValueError("the records of a walk name elements the walk did not open")
    for k in range(n):
        holder = holders.data.as_ints[k]
        top = tops.data.as_ints[k]
        path = ()
        if top:
            path = paths[top]
            if path is None:
                path = paths[top] = make_path(elements, top)
        ancestors = ()
        if holder:
            ancestors = chains[holder]
            if ancestors is None:
                ancestors = chains[holder] = make_chain(elements, holder, depths.data.as_ints[holder])
        extra = extras.get(k) if extras else None
        if extra is None:
            links, marks, datetime, preformatted = (), NO_MARKS, None, None
        else:
            links, marks, datetime, preformatted = extra
        text = texts[k]
        if PyUnicode_IS_ASCII(text):
            words, weight = ascii_words(text), len(text)
        else:
            words, weight = word_count(text), weighted_length(text)
        blocks.append(
            make(
                &BLOCK_MAKER,
                (
                    k,
                    text,
                    tags[holder] if holder else S_DIV,
                    path,
                    densities[k],
                    links,
                    False,
                    ancestors,
                    bold[k] != 0,
                    marks,
                    flags.data.as_longlongs[k],
                    datetime,
                    preformatted,
                    words,
                    weight,
                ),
            )
        )
    return blocks
