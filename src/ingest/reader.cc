// DocumentReader::Open: picks the reader for a path from --in-format, the
// file extension, or the first bytes of the content.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "ingest_internal.h"

namespace dyad {
namespace ingest {

std::string FileStem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

Status ReadAll(std::FILE* f, const std::string& name, size_t limit, std::string* out) {
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (out->size() + n > limit) {
      return Status::Error(name + ":1: input larger than the " + std::to_string(limit >> 20) +
                           " MiB record limit");
    }
    out->append(buf, n);
  }
  if (std::ferror(f)) return Status::Error(name + ": read error: " + std::strerror(errno));
  return Status::Ok();
}

namespace {

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  if (s.size() < n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) != suffix[i]) return false;
  }
  return true;
}

InputFormat FormatFromExtension(const std::string& path) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".json"))
    return InputFormat::kJsonl;
  if (EndsWith(path, ".html") || EndsWith(path, ".htm") || EndsWith(path, ".xhtml"))
    return InputFormat::kHtml;
  if (EndsWith(path, ".txt") || EndsWith(path, ".text")) return InputFormat::kText;
  return InputFormat::kAuto;
}

InputFormat FormatFromContent(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // BOM
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return InputFormat::kJsonl;
  if (i < head.size() && head[i] == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

// Text and HTML inputs hold one article per file.
class SingleDocumentReader : public DocumentReader {
 public:
  SingleDocumentReader(std::FILE* f, bool owned, std::string name, InputFormat format,
                       IngestOptions options, std::string first_chunk)
      : f_(f), owned_(owned), name_(std::move(name)), format_(format),
        options_(std::move(options)), first_(std::move(first_chunk)) {}
  ~SingleDocumentReader() override {
    if (owned_ && f_) std::fclose(f_);
  }
  bool Next(Document* doc, Status* error) override {
    if (done_) return false;
    done_ = true;
    *error = Status::Ok();
    std::string bytes = std::move(first_);
    Status s = ReadAll(f_, name_, options_.max_record_bytes, &bytes);
    if (!s.ok()) {
      *error = s;
      return true;
    }
    *doc = Document();
    s = format_ == InputFormat::kHtml ? MakeHtmlDocument(std::move(bytes), name_, doc)
                                      : MakeTextDocument(std::move(bytes), name_, doc);
    if (!s.ok()) {
      *error = s;
      return true;
    }
    doc->id = FileStem(name_);
    if (doc->date.empty()) doc->date = options_.default_date;
    return true;
  }

 private:
  std::FILE* f_;
  bool owned_;
  std::string name_;
  InputFormat format_;
  IngestOptions options_;
  std::string first_;
  bool done_ = false;
};

// Several inputs (a directory's files, or the command line's), one after the other.
class MultiReader : public DocumentReader {
 public:
  MultiReader(std::vector<std::string> files, IngestOptions options)
      : files_(std::move(files)), options_(std::move(options)) {}
  bool Next(Document* doc, Status* error) override {
    for (;;) {
      if (!current_) {
        if (next_ >= files_.size()) return false;
        auto r = DocumentReader::Open(files_[next_++], options_);
        if (!r.ok()) {
          *error = r.status();
          return true;
        }
        current_ = std::move(r).value();
      }
      if (current_->Next(doc, error)) return true;
      current_.reset();
    }
  }

 private:
  std::vector<std::string> files_;
  IngestOptions options_;
  size_t next_ = 0;
  std::unique_ptr<DocumentReader> current_;
};

}  // namespace
}  // namespace ingest

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::string& path,
                                                             const IngestOptions& options) {
  using namespace ingest;
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      std::string name = entry.path().filename().string();
      if (name.empty() || name[0] == '.' || !entry.is_regular_file(ec)) continue;
      files.push_back(entry.path().string());
    }
    if (ec) return Status::Error(path + ": cannot list directory: " + ec.message());
    std::sort(files.begin(), files.end());
    return std::unique_ptr<DocumentReader>(new MultiReader(std::move(files), options));
  }
  std::FILE* f = nullptr;
  bool owned = true;
  std::string name = path;
  if (path == "-") {
    f = stdin;
    owned = false;
    name = "<stdin>";
  } else {
    f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::Error(path + ": cannot open: " + std::strerror(errno));
  }
  InputFormat format = options.format;
  if (format == InputFormat::kAuto && path != "-") format = FormatFromExtension(path);
  std::string head;
  if (format == InputFormat::kAuto) {
    char buf[4096];
    size_t n = std::fread(buf, 1, sizeof buf, f);
    head.assign(buf, n);
    format = FormatFromContent(head);
  }
  if (format == InputFormat::kJsonl) return NewJsonlReader(f, owned, name, options, std::move(head));
  return std::unique_ptr<DocumentReader>(
      new SingleDocumentReader(f, owned, name, format, options, std::move(head)));
}

std::unique_ptr<DocumentReader> OpenInputs(std::vector<std::string> paths, const IngestOptions& options) {
  return std::make_unique<ingest::MultiReader>(std::move(paths), options);
}

Result<InputFormat> ParseInputFormat(std::string_view s) {
  if (s == "auto") return InputFormat::kAuto;
  if (s == "text" || s == "txt") return InputFormat::kText;
  if (s == "jsonl" || s == "json") return InputFormat::kJsonl;
  if (s == "html") return InputFormat::kHtml;
  return Status::Error("--in-format: unknown format '" + std::string(s) + "' (want auto, text, jsonl or html)");
}

Result<IngestOptions> MakeIngestOptions(std::string_view in_format, std::string_view date) {
  IngestOptions o;
  auto f = ParseInputFormat(in_format);
  if (!f.ok()) return f.status();
  o.format = f.value();
  if (!date.empty()) {
    auto d = NormalizeDate(date);
    if (!d.ok()) return Status::Error("--date: " + d.status().message());
    o.default_date = d.value();
  }
  return o;
}

Result<Document> DocumentFromBuffer(std::string bytes, InputFormat format, const std::string& origin,
                                    const std::string& default_date) {
  using namespace ingest;
  if (format == InputFormat::kAuto) format = FormatFromContent(std::string_view(bytes).substr(0, 4096));
  Document doc;
  Status s;
  if (format == InputFormat::kJsonl) {
    std::string_view line(bytes);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    s = MakeJsonDocument(line, origin, &doc);
  } else if (format == InputFormat::kHtml) {
    s = MakeHtmlDocument(std::move(bytes), origin, &doc);
  } else {
    s = MakeTextDocument(std::move(bytes), origin, &doc);
  }
  if (!s.ok()) return s;
  if (doc.id.empty()) doc.id = origin;
  if (doc.date.empty()) doc.date = default_date;
  return doc;
}

}  // namespace dyad
