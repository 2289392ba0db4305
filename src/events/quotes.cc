#include "quotes.h"

#include <string_view>

#include "core/word_set.h"

namespace dyad::events {

bool IsReportingVerb(std::string_view n) {
  static constexpr std::string_view kVerbs[] = {
      "said", "says", "say", "told", "tells", "warned", "warns", "noted", "notes", "added", "adds",
      "stressed", "stresses", "stated", "states", "insisted", "insists", "declared", "declares",
      "explained", "emphasized", "emphasised", "underlined", "claimed", "claims", "argued",
      "argues", "wrote", "writes", "announced", "remarked", "asserted", "according", "continued",
      "concluded", "recalled", "pointed"};
  for (auto v : kVerbs) {
    if (n == v) return true;
  }
  return false;
}

void FindQuotes(const Analysis& a, const std::vector<actors::Mention>& mentions, Quotes* q) {
  q->quote_of_token.assign(a.tokens.size(), -1);
  q->speaker.clear();
  q->attribution_verb.clear();
  q->range.clear();
  // Quotation spans within each block (quotes may cross sentence boundaries
  // but never paragraphs).
  std::vector<uint32_t> quote_block;
  uint32_t si = 0;
  while (si < a.sentences.size()) {
    uint32_t block = a.sentences[si].block;
    Field field = a.sentences[si].field;
    uint32_t first = a.sentences[si].first_token;
    uint32_t sj = si;
    while (sj < a.sentences.size() && a.sentences[sj].block == block && a.sentences[sj].field == field) ++sj;
    uint32_t last = a.sentences[sj - 1].first_token + a.sentences[sj - 1].num_tokens;
    int32_t open = -1;
    for (uint32_t t = first; t < last; ++t) {
      const Token& tok = a.tokens[t];
      if (tok.flags & kTokQuote) {
        bool is_double = tok.norm == "\"";
        if (!is_double) continue;  // single quotes are too ambiguous (apostrophes)
        if ((tok.flags & kTokOpenQuote) && open < 0) {
          open = static_cast<int32_t>(t);
        } else if (open >= 0 && !(tok.flags & kTokOpenQuote)) {
          int32_t id = static_cast<int32_t>(q->range.size());
          q->range.push_back({static_cast<uint32_t>(open), t});
          q->speaker.push_back(-1);
          q->attribution_verb.push_back(-1);
          quote_block.push_back(block);
          for (uint32_t k = static_cast<uint32_t>(open); k <= t; ++k) q->quote_of_token[k] = id;
          open = -1;
        }
      }
    }
    // An unclosed quote runs to the end of the paragraph.
    if (open >= 0) {
      int32_t id = static_cast<int32_t>(q->range.size());
      q->range.push_back({static_cast<uint32_t>(open), last - 1});
      q->speaker.push_back(-1);
      q->attribution_verb.push_back(-1);
      quote_block.push_back(block);
      for (uint32_t k = static_cast<uint32_t>(open); k < last; ++k) q->quote_of_token[k] = id;
    }
    // Attribution: a reporting verb outside quotes; its speaker is the
    // nearest mention before it in the sentence, else after it. A quote's
    // own sentence first ("\"...,\" said Robert Skinner, an assistant deputy
    // minister in Canada's energy department"), else the paragraph's first
    // (a quote paragraph introduced by "Galuzin warned:").
    auto attribution_in = [&](uint32_t s, int32_t* verb, int32_t* speaker) {
      uint32_t b = a.sentences[s].first_token, e = b + a.sentences[s].num_tokens;
      for (uint32_t t = b; t < e; ++t) {
        if (q->quote_of_token[t] >= 0 || !IsReportingVerb(a.tokens[t].norm)) continue;
        int32_t before = -1, after = -1, before_free = -1;
        // (A mention in a prepositional phrase is where the speaker is, or
        // whose: "an official at the Canadian embassy in Copenhagen said" is
        // the official's, not Copenhagen's.)
        auto in_phrase = [&](const actors::Mention& mm) {
          uint32_t k = mm.begin;
          while (k > b && In(a.tokens[k - 1].norm, {"the", "a", "an"})) --k;
          return k > b && In(a.tokens[k - 1].norm, {"in", "at", "of", "for", "from", "to", "with", "by", "on"});
        };
        for (size_t m = 0; m < mentions.size(); ++m) {
          const auto& mm = mentions[m];
          if (mm.sentence != s || mm.code.empty() || mm.modifier || q->quote_of_token[mm.begin] >= 0) continue;
          if (mm.end <= t) {
            before = static_cast<int32_t>(m);
            if (!in_phrase(mm)) before_free = static_cast<int32_t>(m);
          } else if (after < 0 && mm.begin > t) {
            after = static_cast<int32_t>(m);
          }
        }
        int32_t who = before_free >= 0 ? before_free : before >= 0 ? before : after;
        // With a parse, the reporting verb's subject, when it is an actor:
        // "an official at the Canadian embassy in Copenhagen said" is the
        // official, not the last actor before "said".
        if (!a.parse.empty() && a.parse[t].head >= 0) {
          for (uint32_t u = b; u < t; ++u) {
            if (a.parse[u].head != static_cast<int16_t>(t - b + 1) || a.parse[u].deprel_name != "nsubj") continue;
            for (size_t m = 0; m < mentions.size(); ++m) {
              const auto& mm = mentions[m];
              if (mm.sentence == s && !mm.code.empty() && !mm.modifier && mm.begin <= u && u < mm.end &&
                  q->quote_of_token[mm.begin] < 0)
                who = static_cast<int32_t>(m);
            }
          }
        }
        if (who >= 0) {
          *verb = static_cast<int32_t>(t);
          *speaker = who;
          return true;
        }
      }
      return false;
    };
    int32_t verb = -1, speaker = -1;
    for (uint32_t s = si; s < sj; ++s) {
      if (attribution_in(s, &verb, &speaker)) break;
    }
    for (size_t id = 0; id < q->range.size(); ++id) {
      if (quote_block[id] != block || q->range[id].first < first || q->range[id].first >= last) continue;
      q->speaker[id] = speaker;
      q->attribution_verb[id] = verb;
      // (The sentences the quote ends in: where "said X" follows it.)
      for (uint32_t s = si; s < sj; ++s) {
        const uint32_t b = a.sentences[s].first_token, e = b + a.sentences[s].num_tokens;
        if (q->range[id].second < b || q->range[id].second >= e) continue;
        int32_t own_verb = -1, own_speaker = -1;
        if (attribution_in(s, &own_verb, &own_speaker)) {
          q->speaker[id] = own_speaker;
          q->attribution_verb[id] = own_verb;
        }
      }
    }
    si = sj;
  }
}

}  // namespace dyad::events
