#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/ingest.h"
#include "scratch_dir.h"

namespace dyad {
namespace {

std::string TempFile(const std::string& name, const std::string& content) {
  auto p = testing::ScratchDir("ingest") / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

struct ReadAllResult {
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

ReadAllResult ReadEverything(const std::string& path, IngestOptions opt = {}) {
  ReadAllResult r;
  auto reader = DocumentReader::Open(path, opt);
  if (!reader.ok()) {
    r.errors.push_back(reader.status().message());
    return r;
  }
  Document d;
  Status err;
  while (reader.value()->Next(&d, &err)) {
    if (!err.ok()) r.errors.push_back(err.message());
    else r.docs.push_back(d);
  }
  return r;
}

TEST(Ingest, JsonLinesFieldsDatesAndCarriedFields) {
  auto p = TempFile("a.jsonl",
                    "{\"id\":\"a1\",\"date\":\"2024-03-05T10:00:00\",\"title\":\"T\",\"text\":\"Body.\","
                    "\"url\":\"http://x\",\"topics\":[\"x\"]}\n"
                    "{\"id\":7,\"date\":\"20240306\",\"text\":\"More.\"}\n");
  auto r = ReadEverything(p);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a1");
  EXPECT_EQ(r.docs[0].date, "20240305");
  EXPECT_EQ(r.docs[0].title, "T");
  EXPECT_EQ(r.docs[0].url, "http://x");
  EXPECT_EQ(r.docs[0].extra_json, "{\"topics\":[\"x\"]}");
  EXPECT_EQ(r.docs[1].id, "7");
  EXPECT_EQ(r.docs[1].date, "20240306");
}

TEST(Ingest, BadJsonLinesAreReportedWithLineAndOthersKept) {
  auto p = TempFile("b.jsonl",
                    "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
                    "{\"id\":\"broken\",\"text\":\n"
                    "{\"id\":\"bad-date\",\"date\":\"tomorrow\",\"text\":\"x\"}\n"
                    "{\"id\":\"empty\",\"text\":\"  \"}\n"
                    "{\"id\":\"bad-utf8\",\"text\":\"caf\xC3\"}\n"
                    "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
  auto r = ReadEverything(p);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "ok1");
  EXPECT_EQ(r.docs[1].id, "ok2");
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_NE(r.errors[0].find("b.jsonl:2: malformed JSON"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find("b.jsonl:3: field \"date\""), std::string::npos) << r.errors[1];
  EXPECT_NE(r.errors[2].find("b.jsonl:4: field \"text\": empty article"), std::string::npos) << r.errors[2];
  EXPECT_NE(r.errors[3].find("b.jsonl:5"), std::string::npos) << r.errors[3];
}

TEST(Ingest, OverlongLineIsSkippedWithoutLosingTheNext) {
  std::string big(3u << 20, 'x');
  auto p = TempFile("c.jsonl", "{\"text\":\"" + big + "\"}\n{\"id\":\"after\",\"text\":\"ok.\"}\n");
  IngestOptions opt;
  opt.max_record_bytes = 1u << 20;
  auto r = ReadEverything(p, opt);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("c.jsonl:1: line longer than"), std::string::npos) << r.errors[0];
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "after");
}

TEST(Ingest, MissingFileIsAnError) {
  auto r = DocumentReader::Open("/nonexistent/dir/article.txt", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/dir/article.txt: cannot open"), std::string::npos);
}

TEST(Ingest, TextFileInvalidUtf8NamesTheLine) {
  auto p = TempFile("d.txt", "Headline\n\nfine line\nbad \xFF byte\n");
  auto r = ReadEverything(p);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("d.txt:4: invalid UTF-8"), std::string::npos) << r.errors[0];
}

TEST(Ingest, TextFileKeepsBytesAndHeadline) {
  auto p = TempFile("e.txt", "\n  Big news today\nYerevan /Mediamax/. Text.\n");
  auto r = ReadEverything(p);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].title, "Big news today");
  EXPECT_EQ(r.docs[0].text, "\n  Big news today\nYerevan /Mediamax/. Text.\n");
  EXPECT_EQ(r.docs[0].id, "e");
}

TEST(Ingest, EmptyTextFileIsAnError) {
  auto p = TempFile("f.txt", "  \n\n");
  auto r = ReadEverything(p);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("empty article"), std::string::npos);
}

TEST(Ingest, HtmlExtractsArticleAndMapsSpansToRawBytes) {
  std::string html =
      "<html><head><title>Page</title><script>var x=1;</script></head><body>"
      "<nav>Home | World</nav><article><h1>Russia &amp; Armenia talk</h1>"
      "<p>Yerevan /Mediamax/. Russia urged Armenia.</p></article>"
      "<footer>Copyright</footer></body></html>";
  auto p = TempFile("g.html", html);
  auto r = ReadEverything(p);
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.title, "Russia & Armenia talk");
  EXPECT_EQ(d.text.find("Home"), std::string::npos);
  EXPECT_EQ(d.text.find("var x"), std::string::npos);
  EXPECT_EQ(d.text.find("Copyright"), std::string::npos);
  size_t at = d.text.find("urged");
  ASSERT_NE(at, std::string::npos);
  Span raw = d.ToReported(Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 5)});
  EXPECT_EQ(html.substr(raw.begin, raw.size()), "urged");
  size_t amp = d.text.find('&');
  Span ramp = d.ToReported(Span{static_cast<uint32_t>(amp), static_cast<uint32_t>(amp + 1)});
  EXPECT_EQ(html.substr(ramp.begin, ramp.size()), "&amp;");
}

TEST(Ingest, FormatSniffedFromContentForUnknownExtension) {
  auto p = TempFile("h.dat", "{\"id\":\"x\",\"text\":\"Body.\"}\n");
  auto r = ReadEverything(p);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "x");
}

TEST(Ingest, DirectoryReadsItsFilesInNameOrder) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_ingest_dir_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "b.txt") << "Second\n\nBody two.\n";
  std::ofstream(dir / "a.jsonl") << "{\"id\":\"j1\",\"text\":\"One.\"}\n{\"id\":\"j2\",\"text\":\"Two.\"}\n";
  std::ofstream(dir / ".hidden") << "ignored";
  auto r = ReadEverything(dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "j1");
  EXPECT_EQ(r.docs[1].id, "j2");
  EXPECT_EQ(r.docs[2].id, "b");
}

TEST(Ingest, NormalizeDate) {
  EXPECT_EQ(NormalizeDate("20240102").value(), "20240102");
  EXPECT_EQ(NormalizeDate("2024-01-02").value(), "20240102");
  EXPECT_EQ(NormalizeDate("1987-02-26T15:01:01").value(), "19870226");
  EXPECT_FALSE(NormalizeDate("2024-13-02").ok());
  EXPECT_FALSE(NormalizeDate("soon").ok());
}

}  // namespace
}  // namespace dyad
