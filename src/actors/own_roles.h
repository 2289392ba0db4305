// A role after "its"/"their" ("its warships", "their leaders") is first given
// to the nearest actor before it (FindMentions, before any parse). Once the
// sentence is parsed, the clause that holds the role knows better: the owner
// is that clause's subject, or its controller. Runs on our own dictionaries'
// mentions after the parse (pipeline.cc); own_roles.cc says why.
#pragma once

#include <vector>

#include "mentions.h"
#include "dyad/analysis.h"
#include "dyad/lexicon.h"

namespace dyad::actors {

void BindOwnRolesToClauseSubjects(const Lexicon& lex, const Analysis& a, std::vector<Mention>* mentions);

}  // namespace dyad::actors
