// The store suite: every test runs against SQLite (temp file) and
// PostgreSQL (a fresh schema in $DYAD_TEST_PG; skipped with a message when unset).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <thread>

#include "store/store_test_util.h"
#include "store/util.h"

namespace dyad::testing {
namespace {

int CountFields(const std::string& row) { return static_cast<int>(std::count(row.begin(), row.end(), '\t')) + 1; }

TEST_P(StoreTest, OpenCreatesVersionedSchema) {
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
  EXPECT_STREQ(store->backend(), sqlite() ? "sqlite" : "postgresql");
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_EQ(stats->documents, 0);
  EXPECT_EQ(stats->events, 0);
  EXPECT_EQ(stats->schema_version, kStoreSchemaVersion);
  EXPECT_EQ(stats->dedup_window_days, 1);
  // Reopening finds the same schema.
  store.reset();
  auto again = Open();
  ASSERT_TRUE(again);
  EXPECT_EQ(again->schema_version(), kStoreSchemaVersion);
}

TEST_P(StoreTest, IngestIsIdempotentByContentHash) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto doc = Coded(MakeDoc("a1", "20240301", "Russia urges Armenia."),
                   {MakeEvent(0, "RUS", "ARM", "020"), MakeEvent(1, "ARM", "RUS", "036")});
  EXPECT_EQ(*store->Probe(doc.doc), IngestOutcome::kInserted);
  auto r1 = store->Ingest(doc);
  ASSERT_TRUE(r1.ok()) << r1.status().message();
  EXPECT_EQ(*store->Probe(doc.doc), IngestOutcome::kUnchanged);
  Document changed = doc.doc;
  changed.text += " Updated.";
  EXPECT_EQ(*store->Probe(changed), IngestOutcome::kReplaced);
  EXPECT_EQ(r1->outcome, IngestOutcome::kInserted);
  EXPECT_EQ(r1->mentions, 2u);
  EXPECT_EQ(r1->new_events, 2u);
  auto s1 = store->Stats();
  ASSERT_TRUE(s1.ok());

  auto r2 = store->Ingest(doc);
  ASSERT_TRUE(r2.ok()) << r2.status().message();
  EXPECT_EQ(r2->outcome, IngestOutcome::kUnchanged);
  auto s2 = store->Stats();
  ASSERT_TRUE(s2.ok());
  EXPECT_EQ(s2->documents, 1);
  EXPECT_EQ(s2->events, s1->events);
  EXPECT_EQ(s2->mentions, s1->mentions);

  // The same content under another id is a duplicate copy: skipped.
  auto copy = doc;
  copy.doc.id = "a1-copy";
  auto r3 = store->Ingest(copy);
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->outcome, IngestOutcome::kDuplicate);
  EXPECT_EQ(r3->duplicate_of, "a1");
  EXPECT_EQ(*store->Probe(copy.doc), IngestOutcome::kDuplicate);
  EXPECT_EQ(store->Stats()->documents, 1);
}

TEST_P(StoreTest, ChangedArticleReplacesItsEvents) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("a1", "20240301", "v1"),
                                  {MakeEvent(0, "RUS", "ARM", "020"), MakeEvent(1, "USA", "CHN", "111")}))
                  .ok());
  // Another article shares the RUS->ARM event: it must survive with a smaller count.
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("b1", "20240301", "other", "AP"), {MakeEvent(0, "RUS", "ARM", "020")}))
                  .ok());
  EXPECT_EQ(store->Stats()->events, 2);

  auto r = store->Ingest(Coded(MakeDoc("a1", "20240301", "v2 corrected"), {MakeEvent(2, "FRA", "DEU", "042")}));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->outcome, IngestOutcome::kReplaced);
  auto stats = store->Stats();
  EXPECT_EQ(stats->documents, 2);
  EXPECT_EQ(stats->mentions, 2);
  EXPECT_EQ(stats->events, 2);  // RUS->ARM (from b1 only) and FRA->DEU; USA->CHN is gone

  EventQuery q;
  q.source = "USA";
  EXPECT_TRUE(store->QueryEvents(q)->events.empty());
  q.source = "RUS";
  auto page = store->QueryEvents(q);
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].num_mentions, 1);
  EXPECT_EQ(page->events[0].num_articles, 1);
  ASSERT_EQ(page->events[0].mentions.size(), 1u);
  EXPECT_EQ(page->events[0].mentions[0].doc_id, "b1");

  auto doc = store->GetDocument("a1");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->text, "v2 corrected");
  ASSERT_EQ(doc->event_ids.size(), 1u);
}

TEST_P(StoreTest, DedupMergesOneEventFromSeveralSources) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<StoreDocument> batch;
  // Reuters: two sentences report the appeal.
  batch.push_back(Coded(MakeDoc("r1", "20240301", "reuters text", "Reuters"),
                        {MakeEvent(0, "RUS", "ARM", "020"), MakeEvent(2, "RUS", "ARM", "020")}));
  // AP, next day, more specific source actor and a more specific code with the same base.
  batch.push_back(Coded(MakeDoc("ap1", "20240302", "ap text", "AP"), {MakeEvent(1, "RUSGOV", "ARM", "0201")}));
  // TASS: same day, another Reuters-like copy from a third source.
  batch.push_back(Coded(MakeDoc("t1", "20240301", "tass text", "TASS"), {MakeEvent(0, "RUS", "ARM", "020")}));
  // Not the same event: outside the window, other base code, other dyad, incompatible actor.
  batch.push_back(Coded(MakeDoc("x1", "20240305", "later", "AP"), {MakeEvent(0, "RUS", "ARM", "020")}));
  batch.push_back(Coded(MakeDoc("x2", "20240301", "other code", "AP"), {MakeEvent(0, "RUS", "ARM", "036")}));
  batch.push_back(Coded(MakeDoc("x3", "20240301", "other dyad", "AP"), {MakeEvent(0, "ARM", "RUS", "020")}));
  batch.push_back(Coded(MakeDoc("x4", "20240301", "incompatible", "AP"), {MakeEvent(0, "RUSMIL", "ARM", "020")}));
  std::vector<IngestReport> reports;
  ASSERT_TRUE(store->Ingest(batch, &reports).ok());
  ASSERT_EQ(reports.size(), batch.size());
  for (const auto& r : reports) EXPECT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(reports[0].new_events, 1u);
  EXPECT_EQ(reports[0].merged, 1u);
  EXPECT_EQ(reports[1].merged, 1u);

  EventQuery q;
  q.source = "RUS";
  q.target = "ARM";
  q.code = "020";
  q.from = "20240301";
  q.to = "20240302";
  q.max_mentions = -1;
  auto page = store->QueryEvents(q);
  ASSERT_TRUE(page.ok()) << page.status().message();
  const StoredEvent* merged = nullptr;
  for (const auto& e : page->events) {
    if (e.num_mentions > 1) merged = &e;
  }
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->num_mentions, 4);
  EXPECT_EQ(merged->num_articles, 3);
  EXPECT_EQ(merged->num_sources, 3);
  EXPECT_EQ(merged->source, "RUSGOV");  // the most specific compatible code
  EXPECT_EQ(merged->date, "20240301");  // the earliest mention
  EXPECT_EQ(merged->base_code, "020");
  EXPECT_TRUE(merged->is_root);

  auto full = store->GetEvent(merged->id);
  ASSERT_TRUE(full.ok()) << full.status().message();
  ASSERT_EQ(full->mentions.size(), 4u);
  std::multiset<std::string> docs;
  for (const auto& m : full->mentions) {
    docs.insert(m.doc_id);
    EXPECT_FALSE(m.sentence_text.empty());
    EXPECT_EQ(m.source_text, "Russia");
    EXPECT_EQ(m.verb_text, "urges");
    EXPECT_EQ(m.verb_span, (Span{7, 12}));
  }
  EXPECT_EQ(docs, (std::multiset<std::string>{"ap1", "r1", "r1", "t1"}));

  auto stats = store->Stats();
  EXPECT_EQ(stats->mentions, 8);
  EXPECT_EQ(stats->events, 5);  // merged + x1..x4
  EXPECT_FALSE(store->GetEvent(987654).ok());
}

TEST_P(StoreTest, DedupWindowIsConfigurable) {
  StoreOptions opt;
  opt.dedup_window_days = 0;
  auto store = Open(opt);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("a", "20240301", "a"), {MakeEvent(0, "RUS", "ARM", "020")})).ok());
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("b", "20240302", "b", "AP"), {MakeEvent(0, "RUS", "ARM", "020")})).ok());
  EXPECT_EQ(store->Stats()->events, 2);
  EXPECT_EQ(store->Stats()->dedup_window_days, 0);
  store.reset();
  // The window is a property of the database: reopening with defaults keeps 0.
  auto again = Open();
  EXPECT_EQ(again->Stats()->dedup_window_days, 0);
}

TEST_P(StoreTest, UndatedMentionsMergeOnlyWithinTheirDocument) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("a", "", "a"),
                                  {MakeEvent(0, "RUS", "ARM", "020"), MakeEvent(1, "RUS", "ARM", "020")}))
                  .ok());
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("b", "", "b", "AP"), {MakeEvent(0, "RUS", "ARM", "020")})).ok());
  EXPECT_EQ(store->Stats()->events, 2);
  EXPECT_EQ(store->Stats()->mentions, 3);
}

TEST_P(StoreTest, EventDateOverridesDocumentDate) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(
      store->Ingest(Coded(MakeDoc("a", "20240310", "a"), {MakeEvent(0, "RUS", "ARM", "020", "20240301")})).ok());
  auto page = store->QueryEvents(EventQuery{});
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].date, "20240301");
  EXPECT_EQ(page->events[0].mentions[0].doc_date, "20240310");
}

// A corpus of 30 events over March 2024 for the query and timeline tests.
void IngestCorpus(Store* store) {
  std::vector<StoreDocument> batch;
  const char* dyads[][2] = {{"RUSGOV", "ARM"}, {"USA", "CHN"}, {"ARM", "AZE"}};
  const char* codes[] = {"020", "036", "111", "190", "057"};
  for (int i = 0; i < 30; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "202403%02d", 1 + i);
    if (i == 29) std::snprintf(date, sizeof date, "20240401");
    auto ev = MakeEvent(0, dyads[i % 3][0], dyads[i % 3][1], codes[i % 5]);
    if (i % 4 == 0) ev.sentence_text = "Ministers met in Geneva on Tuesday.";
    batch.push_back(Coded(MakeDoc("d" + std::to_string(i), date, "text " + std::to_string(i)), {ev}));
    batch.back().sentences.clear();
  }
  std::vector<IngestReport> reports;
  ASSERT_TRUE(store->Ingest(batch, &reports).ok());
}

TEST_P(StoreTest, QueryFiltersAndPagination) {
  auto store = Open();
  ASSERT_TRUE(store);
  IngestCorpus(store.get());
  auto count = [&](EventQuery q) {
    q.limit = 1000;
    auto page = store->QueryEvents(q);
    EXPECT_TRUE(page.ok()) << page.status().message();
    return page.ok() ? static_cast<int>(page->events.size()) : -1;
  };
  EventQuery q;
  EXPECT_EQ(count(q), 30);
  q.source = "RUS";  // prefix: matches RUSGOV
  EXPECT_EQ(count(q), 10);
  q.source = "rusgov";  // case-insensitive
  EXPECT_EQ(count(q), 10);
  q = {};
  q.target = "ARM";
  EXPECT_EQ(count(q), 10);
  q = {};
  q.actor = "ARM";  // source or target
  EXPECT_EQ(count(q), 20);
  q = {};
  q.root = "02";
  EXPECT_EQ(count(q), 6);
  q = {};
  q.code = "19";
  EXPECT_EQ(count(q), 6);
  q = {};
  q.from = "2024-03-10";
  q.to = "20240319";
  EXPECT_EQ(count(q), 10);
  q = {};
  q.text = "GENEVA ministers";
  EXPECT_EQ(count(q), 8);
  q.text = "Geneva Paris";
  EXPECT_EQ(count(q), 0);
  q = {};
  q.doc_id = "d3";
  EXPECT_EQ(count(q), 1);
  q = {};
  q.from = "bad";
  EXPECT_FALSE(store->QueryEvents(q).ok());
  q = {};
  q.cursor = "garbage";
  EXPECT_FALSE(store->QueryEvents(q).ok());

  // Pagination walks every event once, in date order, both directions.
  for (bool desc : {false, true}) {
    EventQuery p;
    p.limit = 7;
    p.descending = desc;
    p.max_mentions = 0;
    std::vector<std::string> dates;
    std::set<int64_t> ids;
    int pages = 0;
    do {
      auto page = store->QueryEvents(p);
      ASSERT_TRUE(page.ok()) << page.status().message();
      for (const auto& e : page->events) {
        dates.push_back(e.date);
        ids.insert(e.id);
        EXPECT_TRUE(e.mentions.empty());
      }
      p.cursor = page->next_cursor;
      ++pages;
    } while (!p.cursor.empty() && pages < 100);
    EXPECT_EQ(pages, 5);
    EXPECT_EQ(ids.size(), 30u);
    EXPECT_EQ(dates.size(), 30u);
    if (desc) std::reverse(dates.begin(), dates.end());
    EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
  }
}

TEST_P(StoreTest, TimelineBuckets) {
  auto store = Open();
  ASSERT_TRUE(store);
  IngestCorpus(store.get());
  TimelineQuery q;
  q.source = "RUS";
  q.target = "ARM";
  q.by = TimeBucket::kDay;
  auto days = store->Timeline(q);
  ASSERT_TRUE(days.ok()) << days.status().message();
  // RUSGOV->ARM on March 1, 4, 7, ..., 28: 10 events, gaps filled with zeros.
  ASSERT_EQ(days->size(), 28u);
  EXPECT_EQ((*days)[0].period, "2024-03-01");
  EXPECT_EQ((*days)[0].start, "20240301");
  EXPECT_EQ((*days)[0].events, 1);
  EXPECT_EQ((*days)[1].events, 0);
  int64_t total = 0;
  for (const auto& p : *days) total += p.events;
  EXPECT_EQ(total, 10);

  q.by = TimeBucket::kMonth;
  auto months = store->Timeline(q);
  ASSERT_EQ(months->size(), 1u);
  EXPECT_EQ((*months)[0].period, "2024-03");
  EXPECT_EQ((*months)[0].events, 10);
  // Codes cycle 020,036,111,190,057 over i = 0,3,6,...: quads 1,3,2,1,4,... per event.
  int64_t quads = 0;
  for (int k = 0; k < 4; ++k) quads += (*months)[0].by_quad[k];
  EXPECT_EQ(quads, 10);

  q = {};
  q.by = TimeBucket::kWeek;
  auto weeks = store->Timeline(q);
  ASSERT_TRUE(weeks.ok());
  // 2024-03-01 is a Friday in ISO week 9; 2024-04-01 a Monday in week 14.
  ASSERT_EQ(weeks->size(), 6u);
  EXPECT_EQ((*weeks)[0].period, "2024-W09");
  EXPECT_EQ((*weeks)[0].start, "20240226");
  EXPECT_EQ((*weeks)[0].events, 3);
  EXPECT_EQ(weeks->back().period, "2024-W14");
  int64_t all = 0;
  double g = 0;
  for (const auto& p : *weeks) all += p.events, g += p.mean_goldstein * p.events;
  EXPECT_EQ(all, 30);
  EXPECT_NEAR(g / 30, (6 * 3.0 + 6 * 1.0 * 3.0 + 6 * -4.0 + 6 * -9.0 + 6 * 3.0) / 30, 1e-9);
  EXPECT_FALSE(ParseTimeBucket("year").ok());
}

TEST_P(StoreTest, ActorsAndNetwork) {
  auto store = Open();
  ASSERT_TRUE(store);
  IngestCorpus(store.get());
  auto actors = store->SearchActors("ar");
  ASSERT_TRUE(actors.ok()) << actors.status().message();
  ASSERT_FALSE(actors->empty());
  EXPECT_EQ((*actors)[0].code, "ARM");
  EXPECT_EQ((*actors)[0].mentions, 20);
  auto by_name = store->SearchActors("russ");
  ASSERT_TRUE(by_name.ok());
  EXPECT_FALSE(by_name->empty());

  NetworkQuery nq;
  auto net = store->GetNetwork(nq);
  ASSERT_TRUE(net.ok()) << net.status().message();
  ASSERT_EQ(net->edges.size(), 3u);
  EXPECT_EQ(net->edges[0].events, 10);
  EXPECT_EQ(net->nodes.size(), 5u);
  nq.actor_prefix = 3;
  nq.min_events = 11;
  net = store->GetNetwork(nq);
  EXPECT_TRUE(net->edges.empty());
}

TEST_P(StoreTest, ExportRowsHaveGdeltColumnCounts) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto ev = MakeEvent(1, "RUSGOV", "ARM", "020");
  ev.sentence_text = "Russia\turges\nArmenia.";
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("a", "20240301", "text", "Mediamax", "https://mediamax.am/x"), {ev})).ok());
  EventQuery q;
  q.max_mentions = -1;
  auto page = store->QueryEvents(q);
  ASSERT_EQ(page->events.size(), 1u);
  const StoredEvent& e = page->events[0];
  std::string row = GdeltEventRow(e);
  EXPECT_EQ(CountFields(row), 61) << row;
  std::vector<std::string> f;
  size_t start = 0;
  for (size_t p; (p = row.find('\t', start)) != std::string::npos; start = p + 1) f.push_back(row.substr(start, p - start));
  f.push_back(row.substr(start));
  EXPECT_EQ(f[1], "20240301");
  EXPECT_EQ(f[2], "202403");
  EXPECT_EQ(f[3], "2024");
  EXPECT_EQ(f[5], "RUSGOV");
  EXPECT_EQ(f[6], "RUSSIA");
  EXPECT_EQ(f[7], "RUS");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[15], "ARM");
  EXPECT_EQ(f[26], "020");
  EXPECT_EQ(f[27], "020");
  EXPECT_EQ(f[28], "02");
  EXPECT_EQ(f[29], "1");
  EXPECT_EQ(f[30], "3.0");
  EXPECT_EQ(f[31], "1");
  EXPECT_EQ(f[60], "https://mediamax.am/x");
  ASSERT_EQ(e.mentions.size(), 1u);
  std::string mrow = GdeltMentionRow(e, e.mentions[0]);
  EXPECT_EQ(CountFields(mrow), 16) << mrow;
  EXPECT_EQ(mrow.find('\n'), std::string::npos);
  auto j = nlohmann::json::parse(EventJson(e));
  EXPECT_EQ(j["source"], "RUSGOV");
  EXPECT_EQ(j["mentions"][0]["verb_text"], "urges");
  EXPECT_EQ(j["mentions"][0]["verb_span"][0], 7);

  auto plover = PloverMap::Load(std::string(DYAD_SOURCE_DIR) + "/data/plover/cameo2plover.tsv");
  ASSERT_TRUE(plover.ok()) << plover.status().message();
  auto pj = nlohmann::json::parse(PloverJson(e, *plover));
  EXPECT_EQ(pj["event"], "REQUEST");
  ASSERT_NE(plover->Find("0874"), nullptr);
  EXPECT_EQ(plover->Find("0874")->event, "RETREAT");
  EXPECT_EQ(plover->Find("0874")->mode, "disarm");
  EXPECT_EQ(plover->Find("1999")->event, "ASSAULT");  // falls back to the root
  EXPECT_EQ(plover->Find("010")->event, "");
}

TEST_P(StoreTest, BadDocumentInBatchDoesNotLoseTheOthers) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<StoreDocument> batch;
  batch.push_back(Coded(MakeDoc("ok1", "20240301", "1"), {MakeEvent(0, "RUS", "ARM", "020")}));
  batch.push_back(Coded(MakeDoc("", "20240301", "no id"), {MakeEvent(0, "RUS", "ARM", "020")}));
  batch.push_back(Coded(MakeDoc("bad-event", "20240301", "3"), {MakeEvent(0, "RUS", "ARM", "")}));
  batch.push_back(Coded(MakeDoc("ok2", "20240301", "4", "AP"), {MakeEvent(0, "RUS", "ARM", "020")}));
  std::vector<IngestReport> reports;
  ASSERT_TRUE(store->Ingest(batch, &reports).ok());
  ASSERT_EQ(reports.size(), 4u);
  EXPECT_TRUE(reports[0].status.ok());
  EXPECT_FALSE(reports[1].status.ok());
  EXPECT_FALSE(reports[2].status.ok());
  EXPECT_NE(reports[2].status.message().find("bad-event.txt"), std::string::npos) << reports[2].status.message();
  EXPECT_TRUE(reports[3].status.ok());
  auto stats = store->Stats();
  EXPECT_EQ(stats->documents, 2);
  EXPECT_EQ(stats->events, 1);
  EXPECT_EQ(stats->mentions, 2);
  EXPECT_FALSE(store->GetDocument("bad-event").ok());
}

TEST_P(StoreTest, DeleteDocumentRecountsEvents) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("a", "20240301", "a"), {MakeEvent(0, "RUS", "ARM", "020")})).ok());
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("b", "20240301", "b", "AP"), {MakeEvent(0, "RUSGOV", "ARM", "020")})).ok());
  auto page = store->QueryEvents(EventQuery{});
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].source, "RUSGOV");
  ASSERT_TRUE(store->DeleteDocument("b").ok());
  page = store->QueryEvents(EventQuery{});
  ASSERT_EQ(page->events.size(), 1u);
  EXPECT_EQ(page->events[0].num_mentions, 1);
  EXPECT_EQ(page->events[0].source, "RUS");
  ASSERT_TRUE(store->DeleteDocument("a").ok());
  ASSERT_TRUE(store->DeleteDocument("never-there").ok());
  EXPECT_EQ(store->Stats()->events, 0);
}

TEST_P(StoreTest, GetDocumentKeepsSentencesAndSpans) {
  auto store = Open();
  ASSERT_TRUE(store);
  Document doc = MakeDoc("a", "20240301", "First sentence here. Russia urges Armenia.");
  Analysis an;
  Sentence s0;
  s0.span = {0, 20};
  s0.kind = BlockKind::kBody;
  Sentence s1;
  s1.span = {21, 42};
  s1.kind = BlockKind::kBody;
  an.sentences = {s0, s1};
  Event ev = MakeEvent(1, "RUS", "ARM", "020");
  ev.sentence_text = "Russia urges Armenia.";
  StoreDocument cd = StoreDocument::From(doc, an, {ev});
  ASSERT_EQ(cd.sentences.size(), 2u);
  EXPECT_EQ(cd.sentences[1].text, "Russia urges Armenia.");
  EXPECT_TRUE(cd.sentences[0].lead);
  ASSERT_TRUE(store->Ingest(cd).ok());
  auto got = store->GetDocument("a");
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_EQ(got->sentences.size(), 2u);
  EXPECT_EQ(got->sentences[0].text, "First sentence here.");  // refilled from the span
  EXPECT_EQ(got->sentences[1].text, "Russia urges Armenia.");
  EXPECT_EQ(got->content_hash, ContentHash(doc));
  EXPECT_EQ(got->agency, "Reuters");
  EXPECT_EQ(got->extra_json, "{}");
  EXPECT_FALSE(store->GetDocument("nope").ok());
}

TEST_P(StoreTest, MigratesOldSchemaForward) {
  StoreOptions v1;
  v1.max_schema_version = 1;
  {
    auto store = Open(v1);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schema_version(), 1);
    ASSERT_TRUE(store->Ingest(Coded(MakeDoc("old", "20240301", "old"), {MakeEvent(0, "RUS", "ARM", "020")})).ok());
  }
  {
    StoreOptions ro;
    ro.read_only = true;
    auto r = Store::Open(uri_, ro);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("needs migrating"), std::string::npos) << r.status().message();
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
  auto doc = store->GetDocument("old");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->extra_json, "{}");
  EXPECT_EQ(store->Stats()->events, 1);
  ASSERT_TRUE(store->Ingest(Coded(MakeDoc("new", "20240301", "new", "AP"), {MakeEvent(0, "RUS", "ARM", "020")})).ok());
  EXPECT_EQ(store->Stats()->events, 1);
  EXPECT_EQ(store->QueryEvents(EventQuery{})->events[0].num_sources, 2);
}

TEST_P(StoreTest, RefusesNewerSchema) {
  ASSERT_TRUE(Open());
  ASSERT_TRUE(RawExec("INSERT INTO schema_version(version, applied_at) VALUES (99, 'future')")) << pg_error_;
  auto r = Store::Open(uri_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("newer than this dyad"), std::string::npos) << r.status().message();
}

TEST_P(StoreTest, RefusesForeignDatabase) {
  ASSERT_TRUE(RawExec("CREATE TABLE documents (x INTEGER); CREATE TABLE payroll (y INTEGER)")) << pg_error_;
  auto r = Store::Open(uri_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not a dyad database"), std::string::npos) << r.status().message();
}

TEST_P(StoreTest, ConcurrentReaderSeesWholeBatches) {
  auto writer = Open();
  ASSERT_TRUE(writer);
  auto reader = Open();
  ASSERT_TRUE(reader);
  std::atomic<bool> done{false};
  std::atomic<int> reads{0}, bad{0};
  std::string first_bad;
  std::thread t([&] {
    while (!done.load()) {
      auto s = reader->Stats();
      if (!s.ok()) {
        if (bad++ == 0) first_bad = s.status().message();
        continue;
      }
      // Every document carries exactly 3 mentions, committed together.
      if (s->mentions != 3 * s->documents) {
        if (bad++ == 0) first_bad = "mentions " + std::to_string(s->mentions) + " documents " +
                                    std::to_string(s->documents);
      }
      EventQuery q;
      q.limit = 10000;
      q.max_mentions = 0;
      auto page = reader->QueryEvents(q);
      if (!page.ok()) {
        if (bad++ == 0) first_bad = page.status().message();
      }
      ++reads;
    }
  });
  const int kBatches = 20, kDocs = 10;
  for (int b = 0; b < kBatches; ++b) {
    std::vector<StoreDocument> batch;
    for (int d = 0; d < kDocs; ++d) {
      std::string id = "b" + std::to_string(b) + "d" + std::to_string(d);
      batch.push_back(Coded(MakeDoc(id, "20240301", id, "S" + std::to_string(d)),
                            {MakeEvent(0, "RUS", "ARM", "020"), MakeEvent(1, "USA", "CHN", "111"),
                             MakeEvent(2, "FRA", "DEU", std::to_string(40 + b % 7).insert(0, "0"))}));
    }
    ASSERT_TRUE(writer->Ingest(batch, nullptr).ok());
  }
  done = true;
  t.join();
  EXPECT_EQ(bad.load(), 0) << first_bad;
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(writer->Stats()->documents, kBatches * kDocs);
}

TEST_P(StoreTest, SharedStoreIsThreadSafe) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        std::string id = "t" + std::to_string(t) + "i" + std::to_string(i);
        if (!store->Ingest(Coded(MakeDoc(id, "20240301", id), {MakeEvent(0, "RUS", "ARM", "020")})).ok()) ++failures;
        if (!store->QueryEvents(EventQuery{}).ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(store->Stats()->documents, 40);
  EXPECT_EQ(store->Stats()->events, 1);
  EXPECT_EQ(store->QueryEvents(EventQuery{})->events[0].num_articles, 40);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         BackendName);

// ---- SQLite-only: files that are not dyad stores ----

class SqliteFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("dyad_sqlite_file_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(SqliteFileTest, CorruptFileGivesAClearError) {
  std::string path = Write("garbage.db", std::string(8192, 'x') + "this is not a database");
  auto r = Store::Open(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("not a SQLite database"), std::string::npos) << r.status().message();
}

TEST_F(SqliteFileTest, TruncatedStoreGivesAnErrorNotACrash) {
  std::string path = (dir_ / "trunc.db").string();
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().message();
    std::vector<StoreDocument> batch;
    for (int i = 0; i < 200; ++i) {
      std::string id = "d" + std::to_string(i);
      batch.push_back(Coded(MakeDoc(id, "20240301", std::string(2000, 'a' + i % 26) + id),
                            {MakeEvent(0, "RUS", "ARM", "020")}));
    }
    ASSERT_TRUE((*store)->Ingest(batch, nullptr).ok());
  }
  // Scribble over the middle of the file (the store is closed and checkpointed).
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096 * 3);
    std::string junk(4096 * 20, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  auto store = Store::Open(path);
  if (!store.ok()) {
    EXPECT_FALSE(store.status().message().empty());
    return;
  }
  // Whatever still opens must answer with errors (or data), never crash.
  auto page = (*store)->QueryEvents(EventQuery{});
  auto stats = (*store)->Stats();
  auto doc = (*store)->GetDocument("d100");
  EXPECT_TRUE(!page.ok() || !stats.ok() || !doc.ok() || doc.ok());
}

TEST_F(SqliteFileTest, EmptyFileBecomesAStore) {
  std::string path = Write("empty.db", "");
  auto r = Store::Open(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
}

TEST_F(SqliteFileTest, ForeignSqliteDatabaseIsRefused) {
  std::string path = (dir_ / "other.db").string();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE invoices(id INTEGER)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto r = Store::Open(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not a dyad database"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("invoices"), std::string::npos) << r.status().message();
}

TEST_F(SqliteFileTest, ReadOnlyMissingFileIsAnError) {
  StoreOptions ro;
  ro.read_only = true;
  auto r = Store::Open((dir_ / "missing.db").string(), ro);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no such database"), std::string::npos) << r.status().message();
}

TEST(StoreUtil, Sha256MatchesKnownVectors) {
  EXPECT_EQ(store::Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(store::Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(store::Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(store::Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(StoreUtil, DatesAndActors) {
  EXPECT_EQ(store::DaysFromYmd(19700101), 0);
  EXPECT_EQ(store::YmdFromDays(store::DaysFromYmd(20240229)), 20240229);
  EXPECT_FALSE(store::ParseYmd("20230229"));
  EXPECT_EQ(*store::ParseYmd("2024-02-29"), 20240229);
  EXPECT_TRUE(store::CompatibleActors("RUS", "RUSGOV"));
  EXPECT_TRUE(store::CompatibleActors("RUSGOV", "RUS"));
  EXPECT_FALSE(store::CompatibleActors("RUSGOV", "RUSMIL"));
  EXPECT_FALSE(store::CompatibleActors("RU", "RUS"));
  EXPECT_FALSE(store::CompatibleActors("", "RUS"));
  EXPECT_TRUE(store::CompatibleActors("", ""));
  EXPECT_EQ(store::BaseCode("0231"), "023");
  EXPECT_EQ(store::BaseCode("02"), "02");
}

}  // namespace
}  // namespace dyad::testing
