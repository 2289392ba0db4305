// Export formats: GDELT 2.0 Events (61 columns) and Mentions (16 columns)
// rows, event JSON, and the CAMEO -> PLOVER mapping.
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "dyad/paths.h"
#include "dyad/store.h"
#include "store/util.h"

namespace dyad {
namespace {

constexpr int kGdeltEventColumns = 61;
constexpr int kGdeltMentionColumns = 16;

// Tabs and line breaks would break the row: replace them with spaces.
std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Upper(std::string_view s) { return store::ToUpperAscii(Clean(s)); }

// CAMEO role/type codes that may follow (or stand in for) a country code.
const std::set<std::string>& TypeCodes() {
  static const std::set<std::string> codes = {
      "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD",
      "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF"};
  return codes;
}
// First-part codes that are organisations or non-state groupings, not countries.
const std::set<std::string>& NonCountryCodes() {
  static const std::set<std::string> codes = {"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "UNO"};
  return codes;
}

// Actor fields 1..10 of a GDELT row: Code, Name, CountryCode, KnownGroupCode,
// EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
void ActorFields(const std::string& code, const std::string& name, std::vector<std::string>* out) {
  std::string country, group;
  std::vector<std::string> types;
  for (size_t p = 0; p + 3 <= code.size(); p += 3) {
    std::string part = code.substr(p, 3);
    if (TypeCodes().count(part)) {
      if (types.size() < 3) types.push_back(part);
    } else if (p == 0 && NonCountryCodes().count(part)) {
      group = part;
    } else if (p == 0) {
      country = part;
    }
  }
  out->push_back(Clean(code));
  out->push_back(code.empty() ? std::string() : Upper(name));
  out->push_back(country);
  out->push_back(group);
  out->push_back("");  // ethnic
  out->push_back("");  // religion 1
  out->push_back("");  // religion 2
  for (size_t i = 0; i < 3; ++i) out->push_back(i < types.size() ? types[i] : std::string());
}

std::string Join(const std::vector<std::string>& cols) {
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i) out += '\t';
    out += cols[i];
  }
  return out;
}

std::string Goldstein(double g) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", g);
  return buf;
}

nlohmann::json SpanJson(Span s) { return nlohmann::json::array({s.begin, s.end}); }

}  // namespace

std::string GdeltEventRow(const StoredEvent& e) {
  std::vector<std::string> c;
  c.reserve(kGdeltEventColumns);
  c.push_back(std::to_string(e.id));
  auto ymd = store::ParseYmd(e.date);
  if (ymd) {
    int y = *ymd / 10000, m = (*ymd / 100) % 100, d = *ymd % 100;
    char frac[32];
    std::snprintf(frac, sizeof frac, "%.4f", y + (m * 30 + d) / 365.0);
    c.push_back(e.date);
    c.push_back(e.date.substr(0, 6));
    c.push_back(e.date.substr(0, 4));
    c.push_back(frac);
  } else {
    c.insert(c.end(), 4, std::string());
  }
  ActorFields(e.source, e.source_name_text, &c);
  ActorFields(e.target, e.target_name_text, &c);
  c.push_back(e.is_root ? "1" : "0");
  c.push_back(Clean(e.code));
  c.push_back(Clean(e.base_code));
  c.push_back(Clean(e.root));
  c.push_back(std::to_string(e.quad_class));
  c.push_back(Goldstein(e.goldstein));
  c.push_back(std::to_string(e.num_mentions));
  c.push_back(std::to_string(e.num_sources));
  c.push_back(std::to_string(e.num_articles));
  c.push_back("");                  // AvgTone: not computed
  c.insert(c.end(), 3 * 8, std::string());  // Actor1Geo, Actor2Geo, ActionGeo: not geocoded
  c.push_back(e.date_added);
  c.push_back(Clean(e.first_url));
  return Join(c);
}

std::string GdeltMentionRow(const StoredEvent& e, const EventMention& m) {
  std::vector<std::string> c;
  c.reserve(kGdeltMentionColumns);
  auto stamp = [](const std::string& ymd) { return ymd.empty() ? std::string() : ymd + "000000"; };
  auto offset = [&](Span s) {
    return (m.in == Field::kTitle || s.empty()) ? std::string("-1") : std::to_string(s.begin);
  };
  c.push_back(std::to_string(e.id));
  c.push_back(stamp(e.date));
  c.push_back(stamp(m.doc_date.empty() ? m.date : m.doc_date));
  c.push_back(m.url.empty() ? "2" : "1");  // 1 WEB (a URL), 2 CITATIONONLY (our document id)
  c.push_back(Clean(m.source_name));
  c.push_back(Clean(m.url.empty() ? m.doc_id : m.url));
  c.push_back(std::to_string(m.sentence + 1));
  c.push_back(offset(m.source_span));
  c.push_back(offset(m.target_span));
  c.push_back(offset(m.verb_span));
  c.push_back("1");  // InRawText: coded from the article's own words
  c.push_back("");   // Confidence: not estimated
  c.push_back(std::to_string(m.doc_length));
  c.push_back("");   // MentionDocTone
  c.push_back("");   // MentionDocTranslationInfo
  c.push_back("");   // Extras
  return Join(c);
}

std::string EventJson(const StoredEvent& e) {
  nlohmann::json j;
  j["id"] = e.id;
  j["date"] = e.date.empty() ? nlohmann::json() : nlohmann::json(e.date);
  j["source"] = e.source;
  j["target"] = e.target;
  j["code"] = e.code;
  j["base_code"] = e.base_code;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  if (e.negated) j["negated"] = true;
  j["num_mentions"] = e.num_mentions;
  j["num_sources"] = e.num_sources;
  j["num_articles"] = e.num_articles;
  j["is_root"] = e.is_root;
  j["source_text"] = e.source_name_text;
  j["target_text"] = e.target_name_text;
  j["url"] = e.first_url;
  j["date_added"] = e.date_added;
  if (!e.mentions.empty()) {
    nlohmann::json ms = nlohmann::json::array();
    for (const EventMention& m : e.mentions) {
      nlohmann::json mj;
      mj["doc_id"] = m.doc_id;
      if (!m.url.empty()) mj["url"] = m.url;
      mj["title"] = m.title;
      mj["doc_date"] = m.doc_date.empty() ? nlohmann::json() : nlohmann::json(m.doc_date);
      mj["source_name"] = m.source_name;
      mj["sentence"] = m.sentence;
      mj["sentence_text"] = m.sentence_text;
      mj["lead"] = m.lead;
      mj["source"] = m.source;
      mj["target"] = m.target;
      mj["code"] = m.code;
      mj["in"] = m.in == Field::kTitle ? "title" : "text";
      mj["source_span"] = SpanJson(m.source_span);
      mj["target_span"] = SpanJson(m.target_span);
      mj["verb_span"] = SpanJson(m.verb_span);
      mj["source_text"] = m.source_text;
      mj["target_text"] = m.target_text;
      mj["verb_text"] = m.verb_text;
      mj["rules"] = m.rules;
      if (m.negated) mj["negated"] = true;
      ms.push_back(std::move(mj));
    }
    j["mentions"] = std::move(ms);
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<PloverMap> PloverMap::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open CAMEO-to-PLOVER table");
  PloverMap map;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 2 || cols[0].empty()) {
      return Status::Error(path + ":" + std::to_string(lineno) + ": cameo: expected `code<TAB>event...`");
    }
    for (char ch : cols[0]) {
      if (ch < '0' || ch > '9') {
        return Status::Error(path + ":" + std::to_string(lineno) + ": cameo: not a CAMEO code '" + cols[0] + "'");
      }
    }
    PloverType t;
    t.event = cols[1];
    if (cols.size() > 2) t.mode = cols[2];
    if (cols.size() > 3) t.context = cols[3];
    map.map_.emplace_back(cols[0], std::move(t));
  }
  std::stable_sort(map.map_.begin(), map.map_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // Keep the first entry of a repeated code.
  map.map_.erase(std::unique(map.map_.begin(), map.map_.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 map.map_.end());
  return map;
}

Result<PloverMap> PloverMap::LoadDefault() { return Load(DataDir() + "/plover/cameo2plover.tsv"); }

const PloverType* PloverMap::Find(std::string_view code) const {
  std::string key(code);
  while (key.size() >= 2) {
    auto it = std::lower_bound(map_.begin(), map_.end(), key,
                               [](const auto& a, const std::string& k) { return a.first < k; });
    if (it != map_.end() && it->first == key) return &it->second;
    key.pop_back();
  }
  return nullptr;
}

std::string PloverJson(const StoredEvent& e, const PloverMap& map) {
  nlohmann::json j;
  const PloverType* t = map.Find(e.code);
  j["id"] = e.id;
  j["date"] = e.date.empty() ? nlohmann::json() : nlohmann::json(e.date);
  j["source"] = e.source;
  j["target"] = e.target;
  j["event"] = (t && !t->event.empty()) ? nlohmann::json(t->event) : nlohmann::json();
  j["mode"] = (t && !t->mode.empty()) ? nlohmann::json(t->mode) : nlohmann::json();
  j["context"] = (t && !t->context.empty()) ? nlohmann::json(t->context) : nlohmann::json();
  j["cameo"] = e.code;
  j["num_mentions"] = e.num_mentions;
  j["num_sources"] = e.num_sources;
  j["num_articles"] = e.num_articles;
  j["source_text"] = e.source_name_text;
  j["target_text"] = e.target_name_text;
  j["url"] = e.first_url;
  if (!e.mentions.empty()) {
    const EventMention& m = e.mentions.front();
    j["doc_id"] = m.doc_id;
    j["sentence_text"] = m.sentence_text;
    j["event_text"] = m.verb_text;
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dyad
