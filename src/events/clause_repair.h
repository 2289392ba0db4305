// Reattaches reported "that"-clauses the parser hung on the noun before them
// ("said Monday that ...", "told reporters that ...") to the reporting verb,
// as its ccomp. Runs on our own parses before the coder reads them
// (clause_repair.cc says why).
#pragma once

#include "dyad/analysis.h"

namespace dyad::events {

void ReattachReportedClauses(Analysis* a);

}  // namespace dyad::events
