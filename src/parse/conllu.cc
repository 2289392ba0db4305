#include "parse/conllu.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace dyad::conllu {
namespace {

bool ParseInt(std::string_view s, int* v) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

class LineError {
 public:
  LineError(const std::string& file, int line) : file_(file), line_(line) {}
  Status operator()(std::string_view field, const std::string& what) const {
    return Status::Error(file_ + ":" + std::to_string(line_) + ": " + std::string(field) + ": " +
                         what);
  }

 private:
  const std::string& file_;
  int line_;
};

// Checks ids, heads and acyclicity of a finished sentence.
Status Finish(Sentence* s, const std::string& file, const ReadOptions& options) {
  const int n = static_cast<int>(s->words.size());
  if (n == 0) return LineError(file, s->line)("ID", "sentence has no words");
  for (const MultiwordToken& t : s->tokens) {
    if (t.last > n) {
      return LineError(file, s->line)("ID", "multiword token " + std::to_string(t.first) + "-" +
                                                std::to_string(t.last) + " runs past word " +
                                                std::to_string(n));
    }
  }
  for (const Word& w : s->words) {
    if (w.head == -1) {
      if (options.require_tree) return LineError(file, w.line)("HEAD", "missing head '_'");
      continue;
    }
    if (w.head < 0 || w.head > n) {
      return LineError(file, w.line)("HEAD", "head " + std::to_string(w.head) +
                                                 " out of range 0.." + std::to_string(n));
    }
    if (w.head == w.id) return LineError(file, w.line)("HEAD", "word is its own head");
  }
  if (!options.require_tree) return Status::Ok();
  // Cycle check: follow heads from every word; colour 0 = new, 1 = on path, 2 = done.
  std::vector<uint8_t> colour(n + 1, 0);
  colour[0] = 2;
  for (int i = 1; i <= n; ++i) {
    int j = i;
    while (colour[j] == 0) {
      colour[j] = 1;
      j = s->words[j - 1].head;
    }
    if (colour[j] == 1) {
      return LineError(file, s->words[j - 1].line)(
          "HEAD", "cycle through word " + std::to_string(j) + " (" + s->words[j - 1].form + ")");
    }
    for (j = i; colour[j] == 1; j = s->words[j - 1].head) colour[j] = 2;
  }
  return Status::Ok();
}

}  // namespace

std::string_view Sentence::Comment(std::string_view key) const {
  for (const std::string& c : comments) {
    std::string_view v(c);
    if (v.size() < 2 || v[0] != '#') continue;
    v.remove_prefix(1);
    while (!v.empty() && v[0] == ' ') v.remove_prefix(1);
    if (v.substr(0, key.size()) != key) continue;
    v.remove_prefix(key.size());
    while (!v.empty() && v[0] == ' ') v.remove_prefix(1);
    if (v.empty() || v[0] != '=') continue;
    v.remove_prefix(1);
    if (!v.empty() && v[0] == ' ') v.remove_prefix(1);
    return v;
  }
  return {};
}

bool HasItem(std::string_view field, std::string_view item) {
  while (!field.empty()) {
    size_t bar = field.find('|');
    std::string_view part = field.substr(0, bar);
    if (part == item) return true;
    if (bar == std::string_view::npos) break;
    field.remove_prefix(bar + 1);
  }
  return false;
}

bool Sentence::NoSpaceAfter(size_t word_index) const {
  const int id = static_cast<int>(word_index) + 1;
  for (const MultiwordToken& t : tokens) {
    if (id >= t.first && id <= t.last) {
      return id == t.last && HasItem(t.misc, "SpaceAfter=No");
    }
  }
  return HasItem(words[word_index].misc, "SpaceAfter=No");
}

Status Read(std::string_view text, const std::string& filename, std::vector<Sentence>* out,
            const ReadOptions& options) {
  Sentence cur;
  bool open = false;
  int lineno = 0;
  std::string_view cols[10];
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    const bool last = nl == std::string_view::npos;
    std::string_view line = text.substr(pos, last ? std::string_view::npos : nl - pos);
    pos = last ? text.size() + 1 : nl + 1;
    if (last && line.empty()) break;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    LineError err(filename, lineno);
    if (line.empty()) {
      if (open) {
        if (Status st = Finish(&cur, filename, options); !st.ok()) return st;
        out->push_back(std::move(cur));
        cur = Sentence();
        open = false;
      }
      continue;
    }
    if (!open) {
      open = true;
      cur.line = lineno;
    }
    if (line[0] == '#') {
      if (!cur.words.empty() || !cur.tokens.empty()) {
        return err("comment", "comment line after the first word of a sentence");
      }
      cur.comments.emplace_back(line);
      continue;
    }
    int ncol = 0;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      if (ncol < 10) cols[ncol] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      ++ncol;
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (ncol != 10) {
      return err("columns", "expected 10 tab-separated columns, got " + std::to_string(ncol));
    }
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) {
      int a = 0;
      if (!ParseInt(id.substr(0, id.find('.')), &a)) {
        return err("ID", "bad empty node id '" + std::string(id) + "'");
      }
      cur.empty_nodes.push_back({a, std::string(line)});
      continue;
    }
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      MultiwordToken t;
      if (!ParseInt(id.substr(0, dash), &t.first) || !ParseInt(id.substr(dash + 1), &t.last) ||
          t.first < 1 || t.last <= t.first) {
        return err("ID", "bad multiword token range '" + std::string(id) + "'");
      }
      if (t.first != static_cast<int>(cur.words.size()) + 1) {
        return err("ID", "multiword token " + std::string(id) + " does not start at word " +
                             std::to_string(cur.words.size() + 1));
      }
      t.form = std::string(cols[1]);
      t.misc = std::string(cols[9]);
      cur.tokens.push_back(std::move(t));
      continue;
    }
    Word w;
    if (!ParseInt(id, &w.id)) return err("ID", "bad word id '" + std::string(id) + "'");
    if (w.id != static_cast<int>(cur.words.size()) + 1) {
      return err("ID", "word id " + std::to_string(w.id) + ", expected " +
                           std::to_string(cur.words.size() + 1));
    }
    if (cols[1].empty()) return err("FORM", "empty form");
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!ParseInt(cols[6], &w.head) || w.head < 0) {
      return err("HEAD", "bad head '" + std::string(cols[6]) + "'");
    }
    w.deprel = std::string(cols[7]);
    w.deps = std::string(cols[8]);
    w.misc = std::string(cols[9]);
    w.line = lineno;
    cur.words.push_back(std::move(w));
  }
  if (open) {
    if (Status st = Finish(&cur, filename, options); !st.ok()) return st;
    out->push_back(std::move(cur));
  }
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::vector<Sentence>* out, const ReadOptions& options) {
  std::string text;
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return Read(text, "<stdin>", out, options);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  text = std::move(ss).str();
  return Read(text, path, out, options);
}

void Write(const Sentence& s, std::string* out) {
  for (const std::string& c : s.comments) {
    out->append(c);
    out->push_back('\n');
  }
  size_t tok = 0, empty = 0;
  auto emit_empty = [&](int after) {
    while (empty < s.empty_nodes.size() && s.empty_nodes[empty].after == after) {
      out->append(s.empty_nodes[empty++].line);
      out->push_back('\n');
    }
  };
  emit_empty(0);
  for (const Word& w : s.words) {
    while (tok < s.tokens.size() && s.tokens[tok].first == w.id) {
      const MultiwordToken& t = s.tokens[tok++];
      out->append(std::to_string(t.first) + "-" + std::to_string(t.last) + "\t" + t.form +
                  "\t_\t_\t_\t_\t_\t_\t_\t" + t.misc + "\n");
    }
    out->append(std::to_string(w.id));
    for (const std::string* f : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      out->push_back('\t');
      out->append(*f);
    }
    out->push_back('\t');
    out->append(w.head < 0 ? std::string("_") : std::to_string(w.head));
    for (const std::string* f : {&w.deprel, &w.deps, &w.misc}) {
      out->push_back('\t');
      out->append(*f);
    }
    out->push_back('\n');
    emit_empty(w.id);
  }
  // Empty nodes with an out-of-range anchor (malformed input) are still kept.
  while (empty < s.empty_nodes.size()) {
    out->append(s.empty_nodes[empty++].line);
    out->push_back('\n');
  }
  out->push_back('\n');
}

}  // namespace dyad::conllu
