// JSON Lines articles: one JSON object per line with `id`, `date`, `title`,
// `text`, optional `url`; other fields are carried through verbatim. Lines are
// read with a bounded buffer: an over-long line is skipped (with an error)
// without ever being held in memory whole.
#include <simdjson.h>

#include <cstring>

#include "ingest_internal.h"

namespace dyad::ingest {

namespace {

std::string Where(const std::string& origin, const char* field) {
  return origin + ": field \"" + field + "\": ";
}

}  // namespace

Status MakeJsonDocument(std::string_view line, const std::string& origin, Document* doc) {
  static thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element root;
  auto err = parser.parse(padded).get(root);
  if (err) return Status::Error(origin + ": malformed JSON: " + simdjson::error_message(err));
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) return Status::Error(origin + ": malformed JSON: not an object");
  doc->format = InputFormat::kJsonl;
  doc->origin = origin;
  doc->title_is_field = true;
  std::string extra = "{";
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element v = field.value;
    auto as_string = [&](const char* name, std::string* out) -> Status {
      std::string_view sv;
      if (v.is_null()) return Status::Ok();
      if (v.get_string().get(sv)) return Status::Error(Where(origin, name) + "expected a string");
      out->assign(sv);
      return Status::Ok();
    };
    Status s;
    if (key == "id") {
      if (v.is_string()) {
        s = as_string("id", &doc->id);
      } else if (v.is_int64() || v.is_uint64()) {
        doc->id = simdjson::minify(v);
      } else if (!v.is_null()) {
        s = Status::Error(Where(origin, "id") + "expected a string or integer");
      }
    } else if (key == "date") {
      std::string raw;
      if (v.is_int64() || v.is_uint64()) raw = simdjson::minify(v);
      else s = as_string("date", &raw);
      if (s.ok() && !raw.empty()) {
        auto d = NormalizeDate(raw);
        if (!d.ok()) s = Status::Error(Where(origin, "date") + d.status().message());
        else doc->date = d.value();
      }
    } else if (key == "title") {
      s = as_string("title", &doc->title);
    } else if (key == "text") {
      s = as_string("text", &doc->text);
    } else if (key == "url") {
      s = as_string("url", &doc->url);
    } else {
      // A newswire dateline field ("SALVADOR, Feb 26") gives the place; it is also carried through.
      std::string_view dl;
      if (key == "dateline" && !v.get_string().get(dl)) {
        doc->place = std::string(dl.substr(0, dl.find(',')));
        while (!doc->place.empty() && doc->place.back() == ' ') doc->place.pop_back();
      }
      if (extra.size() > 1) extra += ',';
      extra += '"';
      for (char c : key) {  // re-escape the decoded key
        if (c == '"' || c == '\\') extra += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        extra += c;
      }
      extra += "\":";
      extra += simdjson::minify(v);
    }
    if (!s.ok()) return s;
  }
  extra += '}';
  doc->extra_json = std::move(extra);
  if (doc->text.find_first_not_of(" \t\r\n") == std::string::npos &&
      doc->title.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::Error(Where(origin, "text") + "empty article (no text and no title)");
  }
  return Status::Ok();
}

namespace {

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(std::FILE* f, bool owned, std::string name, IngestOptions options, std::string first)
      : f_(f), owned_(owned), name_(std::move(name)), options_(std::move(options)),
        buf_(std::move(first)) {}
  ~JsonlReader() override {
    if (owned_ && f_) std::fclose(f_);
  }

  bool Next(Document* doc, Status* error) override {
    *error = Status::Ok();
    for (;;) {
      std::string line;
      bool too_long = false;
      if (!ReadLine(&line, &too_long)) return false;
      ++lineno_;
      std::string origin = name_ + ":" + std::to_string(lineno_);
      if (too_long) {
        *error = Status::Error(origin + ": line longer than the " +
                               std::to_string(options_.max_record_bytes >> 20) +
                               " MiB record limit; skipped");
        return true;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
      *doc = Document();
      Status s = MakeJsonDocument(line, origin, doc);
      if (!s.ok()) {
        *error = s;
        return true;
      }
      if (doc->id.empty()) doc->id = FileStem(name_) + "-" + std::to_string(lineno_);
      if (doc->date.empty()) doc->date = options_.default_date;
      return true;
    }
  }

 private:
  // Reads one line into *line (without '\n'); false at end of input. A line
  // over the limit is consumed and dropped, setting *too_long.
  bool ReadLine(std::string* line, bool* too_long) {
    for (;;) {
      size_t nl = buf_.find('\n', pos_);
      if (nl != std::string::npos) {
        if (!*too_long) line->append(buf_, pos_, nl - pos_);
        pos_ = nl + 1;
        return true;
      }
      if (!*too_long) {
        line->append(buf_, pos_, std::string::npos);
        if (line->size() > options_.max_record_bytes) {
          *too_long = true;
          line->clear();
          line->shrink_to_fit();
        }
      }
      buf_.clear();
      pos_ = 0;
      if (eof_) return !line->empty() || *too_long;
      buf_.resize(1 << 16);
      size_t n = std::fread(buf_.data(), 1, buf_.size(), f_);
      buf_.resize(n);
      if (n == 0) eof_ = true;
    }
  }

  std::FILE* f_;
  bool owned_;
  std::string name_;
  IngestOptions options_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint32_t lineno_ = 0;
};

}  // namespace

std::unique_ptr<DocumentReader> NewJsonlReader(std::FILE* f, bool owned, std::string name,
                                               const IngestOptions& options, std::string first_chunk) {
  return std::make_unique<JsonlReader>(f, owned, std::move(name), options, std::move(first_chunk));
}

}  // namespace dyad::ingest
