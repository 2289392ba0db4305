// The HTTP server, in-process: a fixture store (SQLite temp file) filled with
// hand-made articles whose spans are known, served on an ephemeral loopback
// port; every endpoint is checked, with its 4xx errors, the bearer token and
// the body limit. /api/code and ingest tests skip when no pipeline loads.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "dyad/pipeline.h"
#include "dyad/store.h"
#include "server/api_json.h"
#include "server/params.h"
#include "server/server.h"

namespace dyad::server {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kToken[] = "test-token-7f3a";

// A span for `needle` in `hay` (first occurrence at or after `from`).
Span Find(const std::string& hay, const std::string& needle, size_t from = 0) {
  size_t at = hay.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

struct Arg {
  std::string code, text;
};

// One article: its text is split into sentences at "\n"; events name the
// sentence and the surface texts, whose spans are found in the document text.
struct Article {
  std::string id, date, agency;
  std::vector<std::string> sentences;
  struct Ev {
    uint32_t sentence;
    Arg source;
    std::string verb;
    Arg target;
    std::string code;
    int quad;
    double goldstein;
  };
  std::vector<Ev> events;
};

StoreDocument Build(const Article& a) {
  StoreDocument cd;
  cd.doc.id = a.id;
  cd.doc.date = a.date;
  cd.doc.agency = a.agency;
  cd.doc.title = a.sentences.front();
  std::vector<Span> spans;
  for (const std::string& s : a.sentences) {
    if (!cd.doc.text.empty()) cd.doc.text += "\n\n";
    uint32_t b = static_cast<uint32_t>(cd.doc.text.size());
    cd.doc.text += s;
    spans.push_back(Span{b, static_cast<uint32_t>(cd.doc.text.size())});
  }
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    StoredSentence s;
    s.index = static_cast<uint32_t>(i);
    s.span = spans[i];
    s.kind = i == 0 ? BlockKind::kHeadline : BlockKind::kBody;
    s.block = static_cast<uint32_t>(i);
    s.lead = i <= 1;
    s.text = a.sentences[i];
    cd.sentences.push_back(std::move(s));
  }
  for (const Article::Ev& ev : a.events) {
    Event e;
    e.doc_id = a.id;
    e.sentence = ev.sentence;
    e.date = a.date;
    e.source = ev.source.code;
    e.target = ev.target.code;
    e.code = ev.code;
    e.root = ev.code.substr(0, 2);
    e.quad_class = ev.quad;
    e.goldstein = ev.goldstein;
    Span sent = spans[ev.sentence];
    e.source_span = Find(cd.doc.text, ev.source.text, sent.begin);
    e.verb_span = Find(cd.doc.text, ev.verb, e.source_span.end);
    e.target_span = Find(cd.doc.text, ev.target.text, e.verb_span.end);
    e.source_text = ev.source.text;
    e.verb_text = ev.verb;
    e.target_text = ev.target.text;
    e.sentence_text = a.sentences[ev.sentence];
    e.rules = {"verbs.tsv:1 " + ev.verb};
    cd.events.push_back(std::move(e));
  }
  return cd;
}

std::vector<Article> Fixture() {
  return {
      {"mm1", "20240305", "Mediamax",
       {"Russia urges Armenia not to trust the West",
        // Multi-byte characters before the spans: offsets are bytes.
        "Yerevan – Russia’s deputy foreign minister urged Armenia to return to joint work with Russia."},
       {{0, {"RUS", "Russia"}, "urges", {"ARM", "Armenia"}, "0231", 1, 3.0},
        {1, {"RUSGOV", "Russia’s deputy foreign minister"}, "urged", {"ARM", "Armenia"}, "0231", 1, 3.0}}},
      {"us1", "20240312", "Reuters",
       {"United States praises Armenia", "The United States praised Armenia for its reforms."},
       {{1, {"USA", "United States"}, "praised", {"ARM", "Armenia"}, "051", 1, 3.4}}},
      {"mm2", "20240320", "Mediamax",
       {"Armenia criticises Russia", "Armenia sharply criticised Russia over the border talks."},
       {{1, {"ARM", "Armenia"}, "criticised", {"RUS", "Russia"}, "111", 3, -2.0}}},
      {"mm3", "20240401", "TASS",
       {"Russia threatens Armenia", "Russia threatened Armenia with sanctions."},
       {{1, {"RUS", "Russia"}, "threatened", {"ARM", "Armenia"}, "130", 3, -4.4}}},
  };
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad_server_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_ / "static" / "assets");
    std::ofstream(*dir_ / "static" / "index.html") << "<!doctype html><title>dyad</title>";
    std::ofstream(*dir_ / "static" / "assets" / "main-abc.js") << "console.log(1)";
    db_ = new std::string((*dir_ / "fixture.db").string());
    {
      auto store = Store::Open(*db_);
      ASSERT_TRUE(store.ok()) << store.status().message();
      std::vector<StoreDocument> docs;
      for (const Article& a : Fixture()) docs.push_back(Build(a));
      std::vector<IngestReport> reports;
      Status st = (*store)->Ingest(docs, &reports);
      ASSERT_TRUE(st.ok()) << st.message();
      for (const IngestReport& r : reports) ASSERT_TRUE(r.status.ok()) << r.status.message();
    }
    auto pipeline = Pipeline::Create(PipelineOptions{});
    if (pipeline.ok()) {
      pipeline_ = new std::shared_ptr<const Pipeline>(std::move(pipeline.value()));
    } else {
      std::fprintf(stderr, "note: no pipeline (%s); coding tests will skip\n", pipeline.status().message().c_str());
    }
    with_token_ = Start(kToken);
    without_token_ = Start("");
  }

  static void TearDownTestSuite() {
    for (Running* r : {with_token_, without_token_}) {
      if (!r) continue;
      r->server->Stop();
      r->thread.join();
      delete r;
    }
    with_token_ = without_token_ = nullptr;
    delete pipeline_;
    pipeline_ = nullptr;
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
    delete db_;
  }

  struct Running {
    std::unique_ptr<HttpServer> server;
    std::thread thread;
    int port = 0;
  };

  static Running* Start(const std::string& token) {
    ServerOptions o;
    o.db = *db_;
    o.port = 0;
    o.token = token;
    o.static_dir = (*dir_ / "static").string();
    o.threads = 4;
    o.max_body_bytes = 64 * 1024;
    o.access_log = false;
    if (pipeline_) o.pipeline = *pipeline_;
    auto s = HttpServer::Create(o);
    EXPECT_TRUE(s.ok()) << s.status().message();
    if (!s.ok()) return nullptr;
    auto* r = new Running;
    r->server = std::move(s.value());
    Status b = r->server->Bind();
    EXPECT_TRUE(b.ok()) << b.message();
    r->port = r->server->port();
    HttpServer* srv = r->server.get();
    r->thread = std::thread([srv] { srv->Run(); });
    for (int i = 0; i < 500 && !srv->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    EXPECT_TRUE(srv->running());
    return r;
  }

  static httplib::Client Client(Running* r) {
    httplib::Client c("127.0.0.1", r->port);
    c.set_read_timeout(30);
    return c;
  }

  // GET and parse; fails the test on a transport error or non-JSON reply.
  static json Get(const std::string& path, int want_status, Running* r = nullptr) {
    auto c = Client(r ? r : with_token_);
    auto res = c.Get(path);
    EXPECT_TRUE(res) << path << ": " << httplib::to_string(res.error());
    if (!res) return json();
    EXPECT_EQ(res->status, want_status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    json j = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << ": " << res->body;
    return j;
  }

  static void ExpectBadParam(const std::string& path, const std::string& parameter, int status = 400) {
    json j = Get(path, status);
    EXPECT_EQ(j.value("parameter", ""), parameter) << path << ": " << j.dump();
    EXPECT_EQ(j.value("status", 0), status);
    EXPECT_TRUE(j["error"].is_string());
  }

  static fs::path* dir_;
  static std::string* db_;
  static std::shared_ptr<const Pipeline>* pipeline_;
  static Running* with_token_;
  static Running* without_token_;
};

fs::path* ServerTest::dir_ = nullptr;
std::string* ServerTest::db_ = nullptr;
std::shared_ptr<const Pipeline>* ServerTest::pipeline_ = nullptr;
ServerTest::Running* ServerTest::with_token_ = nullptr;
ServerTest::Running* ServerTest::without_token_ = nullptr;

// Cuts a [begin, end) byte span out of `s`.
std::string Cut(const std::string& s, const json& span) {
  return s.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>());
}

TEST_F(ServerTest, Healthz) {
  json j = Get("/healthz", 200);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["backend"], "sqlite");
  EXPECT_EQ(j["schema_version"], kStoreSchemaVersion);
  EXPECT_EQ(j["writes"], true);
  EXPECT_EQ(Get("/healthz", 200, without_token_)["writes"], false);
}

TEST_F(ServerTest, OpenApiDocumentListsEveryEndpoint) {
  json j = Get("/api/openapi.json", 200);
  EXPECT_EQ(j["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path : {"/healthz", "/api/events", "/api/events/{id}", "/api/dyads/{source}/{target}/timeline",
                           "/api/actors", "/api/network", "/api/code", "/api/documents"}) {
    EXPECT_TRUE(j["paths"].contains(path)) << path;
  }
}

TEST_F(ServerTest, StatsCountsTheFixture) {
  json j = Get("/api/stats", 200);
  EXPECT_EQ(j["documents"], 4);
  EXPECT_EQ(j["first_date"], "2024-03-05");
  EXPECT_EQ(j["last_date"], "2024-04-01");
}

TEST_F(ServerTest, EventsFilterByDyad) {
  json j = Get("/api/events?source=RUS&target=ARM", 200);
  ASSERT_TRUE(j["events"].is_array());
  ASSERT_GE(j["events"].size(), 2u);
  for (const json& e : j["events"]) {
    EXPECT_EQ(e["source"].get<std::string>().substr(0, 3), "RUS");
    EXPECT_EQ(e["target"], "ARM");
    EXPECT_EQ(e["mentions"].size(), 1u);  // lists carry the first mention
  }
  EXPECT_TRUE(j["next_cursor"].is_null());
  // Lower case is accepted; root and code filters narrow.
  EXPECT_EQ(Get("/api/events?source=rus&target=arm", 200)["events"].size(), j["events"].size());
  json threats = Get("/api/events?actor=ARM&root=13", 200);
  ASSERT_EQ(threats["events"].size(), 1u);
  EXPECT_EQ(threats["events"][0]["code"], "130");
  EXPECT_EQ(threats["events"][0]["quad_class"], 3);
  EXPECT_EQ(Get("/api/events?code=05", 200)["events"].size(), 1u);
  EXPECT_EQ(Get("/api/events?from=2024-03-10&to=2024-03-31", 200)["events"].size(), 2u);
  EXPECT_EQ(Get("/api/events?q=sanctions", 200)["events"].size(), 1u);
}

TEST_F(ServerTest, EventsCursorPagination) {
  std::set<int64_t> seen;
  std::string cursor;
  int pages = 0;
  do {
    std::string path = "/api/events?limit=1" + (cursor.empty() ? "" : "&cursor=" + httplib::detail::encode_query_param(cursor));
    json j = Get(path, 200);
    ASSERT_EQ(j["events"].size(), 1u) << path;
    EXPECT_TRUE(seen.insert(j["events"][0]["id"].get<int64_t>()).second) << "page repeats an event";
    cursor = j["next_cursor"].is_null() ? "" : j["next_cursor"].get<std::string>();
    ASSERT_LT(++pages, 50);
  } while (!cursor.empty());
  json all = Get("/api/events", 200);
  EXPECT_EQ(seen.size(), all["events"].size());
  // Descending order reverses the dates.
  json desc = Get("/api/events?order=desc", 200);
  EXPECT_EQ(desc["events"][0]["date"], "2024-04-01");
}

TEST_F(ServerTest, EventsRejectBadParametersNamingThem) {
  ExpectBadParam("/api/events?limit=0", "limit");
  ExpectBadParam("/api/events?limit=abc", "limit");
  ExpectBadParam("/api/events?limit=100000", "limit");
  ExpectBadParam("/api/events?from=2024-02-30", "from");
  ExpectBadParam("/api/events?to=yesterday", "to");
  ExpectBadParam("/api/events?from=2024-05-01&to=2024-04-01", "to");
  ExpectBadParam("/api/events?source=RU-S", "source");
  ExpectBadParam("/api/events?root=2", "root");
  ExpectBadParam("/api/events?code=abc", "code");
  ExpectBadParam("/api/events?sourse=RUS", "sourse");
  ExpectBadParam("/api/events?limit=1&limit=2", "limit");
  ExpectBadParam("/api/events?order=sideways", "order");
  ExpectBadParam("/api/events?cursor=not-a-cursor", "cursor");
  ExpectBadParam("/api/events?q=%FF%FE", "q");
}

TEST_F(ServerTest, EventByIdShowsEvidenceWithSpans) {
  json list = Get("/api/events?source=RUSGOV&target=ARM", 200);
  ASSERT_FALSE(list["events"].empty());
  // Find the event whose mention is the sentence with multi-byte characters.
  int64_t id = 0;
  const json appeals = Get("/api/events?source=RUS&target=ARM&code=0231", 200);
  for (const json& e : appeals["events"]) id = e["id"];
  ASSERT_GT(id, 0) << appeals.dump(1);
  json e = Get("/api/events/" + std::to_string(id), 200);
  EXPECT_EQ(e["id"], id);
  EXPECT_EQ(e["label"].is_string(), true);
  ASSERT_FALSE(e["mentions"].empty());
  bool saw_multibyte = false;
  for (const json& m : e["mentions"]) {
    const std::string sentence = m["sentence"]["text"];
    EXPECT_EQ(m["document"]["id"].get<std::string>().substr(0, 2), "mm");
    ASSERT_FALSE(m["sentence"]["span"].is_null());
    for (const char* role : {"source", "verb", "target"}) {
      const json& arg = m[role];
      ASSERT_FALSE(arg["sentence_span"].is_null()) << role << " " << m.dump();
      EXPECT_EQ(Cut(sentence, arg["sentence_span"]), arg["text"].get<std::string>()) << role;
      // The document span and the sentence span agree.
      EXPECT_EQ(arg["span"][0].get<int64_t>() - m["sentence"]["span"][0].get<int64_t>(),
                arg["sentence_span"][0].get<int64_t>());
    }
    if (m["source"]["text"] == "Russia’s deputy foreign minister") {
      saw_multibyte = true;
      EXPECT_EQ(m["verb"]["text"], "urged");
      EXPECT_EQ(m["source"]["code"], "RUSGOV");
    }
  }
  EXPECT_TRUE(saw_multibyte) << e.dump(2);
}

TEST_F(ServerTest, EventByIdErrors) {
  ExpectBadParam("/api/events/abc", "id");
  ExpectBadParam("/api/events/-3", "id");
  ExpectBadParam("/api/events/999999", "id", 404);
  ExpectBadParam("/api/events/1?x=1", "x");
}

TEST_F(ServerTest, TimelineByWeek) {
  json j = Get("/api/dyads/RUS/ARM/timeline?by=week", 200);
  EXPECT_EQ(j["source"], "RUS");
  EXPECT_EQ(j["target"], "ARM");
  EXPECT_EQ(j["by"], "week");
  // Weeks of 5 March and 1 April, and the empty weeks between them.
  ASSERT_EQ(j["points"].size(), 5u) << j.dump();
  EXPECT_EQ(j["points"][1]["events"], 0);
  const json& first = j["points"][0];
  EXPECT_EQ(first["start"], "2024-03-04");  // ISO weeks start on Monday
  EXPECT_EQ(first["period"], "2024-W10");
  EXPECT_GE(first["events"].get<int>(), 1);
  EXPECT_EQ(first["quad"][0], first["events"]);
  EXPECT_DOUBLE_EQ(first["mean_goldstein"].get<double>(), 3.0);
  const json& second = j["points"][4];
  EXPECT_EQ(second["quad"][2], 1);
  EXPECT_DOUBLE_EQ(second["mean_goldstein"].get<double>(), -4.4);
  // Default is by week; months merge.
  EXPECT_EQ(Get("/api/dyads/RUS/ARM/timeline", 200)["points"], j["points"]);
  EXPECT_EQ(Get("/api/dyads/rus/arm/timeline?by=month", 200)["points"].size(), 2u);
  const json late = Get("/api/dyads/RUS/ARM/timeline?from=2024-03-20", 200);
  ASSERT_FALSE(late["points"].empty());
  EXPECT_EQ(late["points"].back()["start"], "2024-04-01");
  EXPECT_EQ(late["from"], "2024-03-20");
  EXPECT_TRUE(Get("/api/dyads/CHN/USA/timeline", 200)["points"].empty());
}

TEST_F(ServerTest, TimelineErrors) {
  ExpectBadParam("/api/dyads/RUS/ARM/timeline?by=year", "by");
  ExpectBadParam("/api/dyads/R%20S/ARM/timeline", "source");
  ExpectBadParam("/api/dyads/RUS/A.M/timeline", "target");
  ExpectBadParam("/api/dyads/RUS/ARM/timeline?from=2024-13-01", "from");
}

TEST_F(ServerTest, ActorsSearch) {
  json j = Get("/api/actors?q=RU", 200);
  ASSERT_FALSE(j["actors"].empty());
  for (const json& a : j["actors"]) EXPECT_EQ(a["code"].get<std::string>().substr(0, 2), "RU");
  json all = Get("/api/actors?limit=2", 200);
  EXPECT_EQ(all["actors"].size(), 2u);
  ExpectBadParam("/api/actors?limit=0", "limit");
}

TEST_F(ServerTest, NetworkForAPeriod) {
  json j = Get("/api/network", 200);
  ASSERT_FALSE(j["edges"].empty());
  bool rus_arm = false;
  for (const json& e : j["edges"]) rus_arm |= e["source"] == "RUS" && e["target"] == "ARM";
  EXPECT_TRUE(rus_arm) << j.dump();
  json countries = Get("/api/network?prefix=3", 200);
  for (const json& n : countries["nodes"]) EXPECT_LE(n["code"].get<std::string>().size(), 3u);
  json march = Get("/api/network?from=2024-03-01&to=2024-03-31&min=1", 200);
  for (const json& e : march["edges"]) EXPECT_NE(e["mean_goldstein"].get<double>(), -4.4);
  EXPECT_TRUE(Get("/api/network?min=100", 200)["edges"].empty());
  ExpectBadParam("/api/network?min=0", "min");
  ExpectBadParam("/api/network?from=March", "from");
}

TEST_F(ServerTest, UnknownPathsAndMethods) {
  json j = Get("/api/nothing", 404);
  EXPECT_NE(j["error"].get<std::string>().find("/api/nothing"), std::string::npos);
  auto c = Client(with_token_);
  auto del = c.Delete("/api/events");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(del->get_header_value("Allow"), "GET");
  auto post = c.Post("/api/events", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto get_code = c.Get("/api/code");
  ASSERT_TRUE(get_code);
  EXPECT_EQ(get_code->status, 405);
  EXPECT_EQ(get_code->get_header_value("Allow"), "POST");
}

TEST_F(ServerTest, WritesNeedTheBearerToken) {
  auto c = Client(with_token_);
  const std::string body = R"({"id":"new1","date":"2024-05-01","text":"Russia urges Armenia to talk."})";
  auto none = c.Post("/api/documents", body, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(json::parse(none->body)["parameter"], "Authorization");
  EXPECT_FALSE(none->get_header_value("WWW-Authenticate").empty());

  httplib::Headers wrong = {{"Authorization", "Bearer not-the-token"}};
  auto bad = c.Post("/api/documents", wrong, body, "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 401);
  httplib::Headers prefix = {{"Authorization", std::string("Bearer ") + std::string(kToken).substr(0, 5)}};
  auto partial = c.Post("/api/documents", prefix, body, "application/json");
  ASSERT_TRUE(partial);
  EXPECT_EQ(partial->status, 401);
  httplib::Headers basic = {{"Authorization", std::string("Basic ") + kToken}};
  auto wrong_scheme = c.Post("/api/documents", basic, body, "application/json");
  ASSERT_TRUE(wrong_scheme);
  EXPECT_EQ(wrong_scheme->status, 401);

  // A server started without a token refuses every write.
  auto c2 = Client(without_token_);
  httplib::Headers any = {{"Authorization", std::string("Bearer ") + kToken}};
  auto refused = c2.Post("/api/documents", any, body, "application/json");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401);
  EXPECT_NE(json::parse(refused->body)["error"].get<std::string>().find("disabled"), std::string::npos);
}

TEST_F(ServerTest, BodiesOverTheLimitAreRefused) {
  auto c = Client(with_token_);
  std::string big(100 * 1024, 'a');
  auto res = c.Post("/api/code", big, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  json j = json::parse(res->body, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << res->body;
  EXPECT_EQ(j["parameter"], "body");
  // The server keeps serving.
  Get("/healthz", 200);
}

TEST_F(ServerTest, CodeRejectsBadInput) {
  auto c = Client(with_token_);
  auto empty = c.Post("/api/code", "", "text/plain");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->status == 400 || empty->status == 503) << empty->status;
  if (!pipeline_) {
    EXPECT_EQ(empty->status, 503);
    return;
  }
  EXPECT_EQ(json::parse(empty->body)["parameter"], "body");
  auto xml = c.Post("/api/code", "<a/>", "application/xml");
  ASSERT_TRUE(xml);
  EXPECT_EQ(xml->status, 415);
  auto notjson = c.Post("/api/code", "{not json", "application/json");
  ASSERT_TRUE(notjson);
  EXPECT_EQ(notjson->status, 400);
  auto baddate = c.Post("/api/code?date=someday", "Russia urges Armenia.", "text/plain");
  ASSERT_TRUE(baddate);
  EXPECT_EQ(baddate->status, 400);
  EXPECT_EQ(json::parse(baddate->body)["parameter"], "date");
}

TEST_F(ServerTest, CodeThePostedArticle) {
  if (!pipeline_) GTEST_SKIP() << "no pipeline (dictionaries/model) available";
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/examples/mediamax-russia-urges-armenia.txt", std::ios::binary);
  std::string article((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(article.empty());
  auto c = Client(with_token_);
  const json before = Get("/api/stats", 200);
  auto res = c.Post("/api/code?date=2024-03-05", article, "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = json::parse(res->body);
  bool appeal = false;
  for (const json& e : j["events"]) {
    const std::string sentence = e["sentence"]["text"];
    for (const char* role : {"source", "verb", "target"}) {
      if (!e[role]["sentence_span"].is_null()) {
        EXPECT_EQ(Cut(sentence, e[role]["sentence_span"]), e[role]["text"].get<std::string>());
      }
    }
    appeal |= e["source"]["code"].get<std::string>().rfind("RUS", 0) == 0 &&
              e["target"]["code"].get<std::string>().rfind("ARM", 0) == 0 && e["root"] == "02";
  }
  EXPECT_TRUE(appeal) << j.dump(2);
  // Nothing was stored.
  EXPECT_EQ(Get("/api/stats", 200)["documents"], before["documents"]);
}

TEST_F(ServerTest, IngestWithTheToken) {
  if (!pipeline_) GTEST_SKIP() << "no pipeline (dictionaries/model) available";
  auto c = Client(with_token_);
  httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  auto noid = c.Post("/api/documents", auth, "Russia urged Armenia to talk.", "text/plain");
  ASSERT_TRUE(noid);
  EXPECT_EQ(noid->status, 400);
  EXPECT_EQ(json::parse(noid->body)["parameter"], "id");
  const std::string body =
      R"({"id":"posted1","date":"2024-06-03","title":"Russia urges Armenia","text":"Russia urged Armenia to return to talks."})";
  auto res = c.Post("/api/documents", auth, body, "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  json j = json::parse(res->body);
  EXPECT_EQ(j["documents"][0]["doc_id"], "posted1");
  EXPECT_EQ(j["documents"][0]["outcome"], "inserted");
  auto again = c.Post("/api/documents", auth, body, "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(json::parse(again->body)["documents"][0]["outcome"], "unchanged");
  size_t mentions = j["documents"][0]["mentions"];
  EXPECT_EQ(Get("/api/events?doc=posted1", 200)["events"].empty(), mentions == 0);
}

TEST_F(ServerTest, ServesTheDashboard) {
  auto c = Client(with_token_);
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_NE(index->body.find("<title>dyad</title>"), std::string::npos);
  auto js = c.Get("/assets/main-abc.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js->get_header_value("Cache-Control").find("immutable"), std::string::npos);
  auto missing = c.Get("/assets/../../etc/passwd");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(ServerTest, ConcurrentReadersAgree) {
  const std::string paths[] = {"/api/events?source=RUS", "/api/dyads/RUS/ARM/timeline?by=week", "/api/network"};
  std::string expected[3];
  for (int i = 0; i < 3; ++i) expected[i] = Get(paths[i], 200).dump();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      auto c = Client(with_token_);
      c.set_keep_alive(true);
      for (int i = 0; i < 30; ++i) {
        int k = (t + i) % 3;
        auto res = c.Get(paths[k]);
        if (!res || res->status != 200 || json::parse(res->body).dump() != expected[k]) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

// ---- units ----

TEST(ServerUnits, SentenceSpanPrefersTheExactOffset) {
  std::string sentence = "Russia urged Russia.";
  // Second "Russia" at 13: exact offset wins over the first occurrence.
  auto s = SentenceSpan(sentence, 100u, Span{113, 119}, "Russia");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->begin, 13u);
  // Unknown sentence start: falls back to searching.
  s = SentenceSpan(sentence, std::nullopt, Span{113, 119}, "Russia");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->begin, 0u);
  // Offsets that disagree with the text (an HTML raw page) also search.
  s = SentenceSpan(sentence, 0u, Span{500, 506}, "urged");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->begin, 7u);
  EXPECT_FALSE(SentenceSpan(sentence, 0u, Span{0, 3}, "Moscow"));
}

TEST(ServerUnits, IsoDates) {
  EXPECT_EQ(IsoDate("20240305"), "2024-03-05");
  EXPECT_EQ(IsoDate(""), "");
  EXPECT_EQ(IsoTimestamp("20240305101112"), "2024-03-05T10:11:12Z");
}

TEST(ServerUnits, ByteSizesAndTokens) {
  EXPECT_EQ(ParseByteSize("4M").value(), 4u << 20);
  EXPECT_EQ(ParseByteSize("512k").value(), 512u << 10);
  EXPECT_EQ(ParseByteSize("1000").value(), 1000u);
  EXPECT_FALSE(ParseByteSize("").ok());
  EXPECT_FALSE(ParseByteSize("0").ok());
  EXPECT_FALSE(ParseByteSize("4MB").ok());
  auto path = fs::temp_directory_path() / ("dyad_token_" + std::to_string(::getpid()));
  std::ofstream(path) << "  s3cret \nignored\n";
  EXPECT_EQ(ReadTokenFile(path.string()).value(), "s3cret");
  std::ofstream(path) << "\n";
  EXPECT_FALSE(ReadTokenFile(path.string()).ok());
  fs::remove(path);
  EXPECT_FALSE(ReadTokenFile("/nonexistent/token").ok());
}

TEST(ServerUnits, Utf8Check) {
  EXPECT_TRUE(IsValidUtf8("Russia’s – ok"));
  EXPECT_FALSE(IsValidUtf8("\xff"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));        // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));    // surrogate
}

TEST(ServerUnits, CreateFailsOnABadDatabase) {
  ServerOptions o;
  o.db = "/nonexistent-dir/x.db";
  auto s = HttpServer::Create(o);
  EXPECT_FALSE(s.ok());
  ServerOptions o2;
  o2.db = ":memory:";
  o2.static_dir = "/nonexistent-static";
  EXPECT_FALSE(HttpServer::Create(o2).ok());
}

}  // namespace
}  // namespace dyad::server
