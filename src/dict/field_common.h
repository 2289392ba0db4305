// Helpers shared by the PETRARCH2 and TABARI dictionary readers
// (docs/formats/petrarch-tabari.md): legacy text decoding, phrase words,
// code blocks with date restrictions, verb-pattern elements. Thread-safe
// (pure functions).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/lexicon.h"

namespace dyad::dict {

// One word of a field-format phrase ("GOLDEN_GOBLIN_GALLEONS" -> 3 words).
struct FieldWord {
  std::string norm;       // lower-cased, tokenised like text
  bool exact = false;     // written with a trailing `_` (TABARI: not a stem)
  bool joined = false;    // joined to the previous word by `_` (must be adjacent)
  bool no_endings = false;  // TABARI `WORD=`: exact, and no regular endings either
};

// Splits a phrase on `_` and blanks into normalised words. Words holding an
// apostrophe are tokenised like text ("DIDN'T" -> did n't).
std::vector<FieldWord> FieldWords(std::string_view phrase);
std::vector<std::string> FieldNorms(std::string_view phrase);

// Strips a trailing comment that starts with `marker` (e.g. '#', ';').
std::string_view StripComment(std::string_view line, char marker);
std::string_view TrimView(std::string_view s);

// Parses the inside of one code block "CODE", "CODE >YYMMDD", "CODE <YYMMDD",
// "CODE YYMMDD-YYMMDD" (6 or 8 digit dates; 6-digit years < 30 are 20xx).
// Codes stay strings. Returns false with *err set when malformed.
bool ParseFieldActorCode(std::string_view inside, ActorCode* out, std::string* err);

// Extracts every "[...]" block of `s` (in order); *rest gets the text before
// the first block. Returns false if brackets are unbalanced.
bool CodeBlocks(std::string_view s, std::string_view* rest, std::vector<std::string_view>* blocks);

// Parses a verb pattern's elements (everything between "-" and "[code]").
// `petrarch` selects `{}`/`()` grouping (PETRARCH2) versus TABARI. Fills
// pattern->before/after. Returns false with *err when there is no `*` or a
// synset is unknown.
bool ParsePatternElements(std::string_view text, bool petrarch, Lexicon* lex, VerbPattern* pattern,
                          std::string* err);

// "050", "0231:0232", "---", "###" -> code / passive code. False if malformed.
bool ParseEventCode(std::string_view inside, std::string* code, std::string* passive, bool* discard,
                    std::string* err, char* priority = nullptr);

// Regular verb forms for a field-format verb (PETRARCH2 generates them).
std::vector<std::string> FieldVerbForms(const std::string& lemma);

// Date int YYYYMMDD from "YYMMDD" or "YYYYMMDD"; -1 if malformed.
int32_t FieldDate(std::string_view d);

}  // namespace dyad::dict
