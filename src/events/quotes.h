// Reported speech: finds quotations and who said them. A quotation's speaker
// is the actor mention attached to a reporting verb ("said", "told",
// "warned"...) in the same paragraph but outside the quotation marks.
// Thread-safe (pure function).
#pragma once

#include <cstdint>
#include <vector>

#include "dyad/analysis.h"
#include "../actors/mentions.h"

namespace dyad::events {

struct Quotes {
  // Per token: quotation id, or -1 when the token is outside quotation marks.
  std::vector<int32_t> quote_of_token;
  // Per quotation: speaker mention index (into the mention list), or -1.
  std::vector<int32_t> speaker;
  // Per quotation: the reporting verb token, or -1.
  std::vector<int32_t> attribution_verb;
  // Per quotation: first and last token.
  std::vector<std::pair<uint32_t, uint32_t>> range;
};

void FindQuotes(const Analysis& a, const std::vector<actors::Mention>& mentions, Quotes* q);

bool IsReportingVerb(std::string_view norm);

}  // namespace dyad::events
