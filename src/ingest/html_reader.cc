// HTML pages: the article text is extracted with a real HTML5 parser (gumbo),
// skipping scripts, styles, navigation, headers/footers, forms and asides.
// Block elements become paragraphs separated by blank lines. Every extracted
// byte remembers the raw page bytes it came from, so spans are reported into
// the page itself.
#include <gumbo.h>

#include <cstring>

#include "ingest_internal.h"

namespace dyad::ingest {

namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_BR:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE: case GUMBO_TAG_MAIN: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_HR: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

struct Extractor {
  const std::string& raw;
  Document* doc;

  void Push(char c, uint32_t rb, uint32_t re) {
    doc->text.push_back(c);
    doc->raw_begin.push_back(rb);
    doc->raw_end.push_back(re);
  }
  // Paragraph break: a blank line, mapped to the element boundary.
  void Break(uint32_t at) {
    size_t n = doc->text.size();
    if (n == 0) return;
    if (n >= 2 && doc->text[n - 1] == '\n' && doc->text[n - 2] == '\n') return;
    if (doc->text[n - 1] != '\n') Push('\n', at, at);
    Push('\n', at, at);
  }
  // Appends a text node: decoded text aligned with its original bytes.
  void Text(const GumboText& t) {
    std::string_view dec(t.text);
    std::string_view orig(t.original_text.data, t.original_text.length);
    uint32_t base = static_cast<uint32_t>(t.start_pos.offset);
    size_t i = 0, k = 0;
    while (k < dec.size()) {
      if (i < orig.size() && orig[i] == '&') {
        size_t semi = orig.find(';', i);
        size_t ent_end = (semi != std::string_view::npos && semi - i <= 12) ? semi + 1 : i + 1;
        // One decoded character (its UTF-8 length) comes from the entity.
        unsigned char lead = static_cast<unsigned char>(dec[k]);
        size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        for (size_t j = 0; j < len && k < dec.size(); ++j, ++k)
          Push(dec[k], base + i, base + ent_end);
        i = ent_end;
        continue;
      }
      Push(dec[k], base + std::min(i, orig.size()), base + std::min(i + 1, orig.size()));
      ++k;
      if (i < orig.size()) ++i;
    }
  }
  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      Text(node->v.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector* children;
    bool block = false;
    uint32_t start = 0, end = 0;
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& el = node->v.element;
      if (IsSkipped(el.tag)) return;
      block = IsBlock(el.tag);
      start = static_cast<uint32_t>(el.start_pos.offset);
      end = static_cast<uint32_t>(el.end_pos.offset);
      children = &el.children;
    } else {
      children = &node->v.document.children;
    }
    if (block) Break(start);
    for (unsigned i = 0; i < children->length; ++i)
      Walk(static_cast<const GumboNode*>(children->data[i]));
    if (block) Break(end);
  }
};

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return nullptr;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) return node;
  const GumboVector* ch = node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children
                                                           : &node->v.document.children;
  for (unsigned i = 0; i < ch->length; ++i) {
    if (const GumboNode* r = FindFirst(static_cast<const GumboNode*>(ch->data[i]), tag)) return r;
  }
  return nullptr;
}

std::string NodeText(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  std::string out;
  const GumboVector* ch = &node->v.element.children;
  for (unsigned i = 0; i < ch->length; ++i) out += NodeText(static_cast<const GumboNode*>(ch->data[i]));
  return out;
}

}  // namespace

Status MakeHtmlDocument(std::string bytes, const std::string& origin, Document* doc) {
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status::Error(origin + ":" + std::to_string(LineOf(bytes, bad)) +
                         ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  doc->format = InputFormat::kHtml;
  doc->origin = origin;
  doc->extra_json = "{}";
  doc->raw = std::move(bytes);
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, doc->raw.data(), doc->raw.size());
  // Prefer the <article> element (or <main>) when the page has one: the rest is furniture.
  const GumboNode* body = FindFirst(out->root, GUMBO_TAG_ARTICLE);
  if (!body) body = FindFirst(out->root, GUMBO_TAG_MAIN);
  if (!body) body = FindFirst(out->root, GUMBO_TAG_BODY);
  if (!body) body = out->root;
  Extractor ex{doc->raw, doc};
  // The headline: <h1> inside the chosen body, else the page <title>.
  ex.Walk(body);
  const GumboNode* title = FindFirst(out->root, GUMBO_TAG_TITLE);
  std::string title_text = title ? NodeText(title) : "";
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  // Trim leading blank lines (keeping maps aligned).
  size_t lead = doc->text.find_first_not_of(" \t\r\n");
  if (lead == std::string::npos) return Status::Error(origin + ":1: empty article (no text in page)");
  size_t eol = doc->text.find('\n', lead);
  doc->title = doc->text.substr(lead, (eol == std::string::npos ? doc->text.size() : eol) - lead);
  if (doc->title.empty()) doc->title = title_text;
  doc->raw_begin.push_back(static_cast<uint32_t>(doc->raw.size()));
  doc->raw_end.push_back(static_cast<uint32_t>(doc->raw.size()));
  doc->text.reserve(doc->text.size());
  // raw_begin/raw_end carry one sentinel entry beyond text.size().
  return Status::Ok();
}

}  // namespace dyad::ingest
