// Repairs newswire constructions the parser misreads, in place: a reported
// "that"-clause hung on the noun before it ("said Monday that ...", "told
// reporters that ...") becomes the reporting verb's ccomp; "said 42 countries
// opposed ..." a clause with its subject; a past tense read as a participle
// or an adjective ("Four American warships shelled ...", "Zambia extradited
// ...") the sentence's verb; a preposition under the first word of a name
// ("by Kofi Annan") the name's head's. Runs on our own parses before the
// coder reads them (clause_repair.cc says why).
#pragma once

#include "dyad/analysis.h"

namespace dyad::events {

void ReattachReportedClauses(Analysis* a);

// Trees no UD parse has, found in another model's parses, repaired for
// every dictionary dialect: a title read as one subject and the name it
// introduces as another ("Gryffindor's head Minerva McGonagall left") become
// the title and its apposition; a past form after "and" read as an
// adjective of its object ("and promised raids to the villages") becomes the
// verb's conjunct (clause_repair.cc).
void RepairMalformedClauses(Analysis* a);

}  // namespace dyad::events
