// CoNLL-U reader and writer (https://universaldependencies.org/format.html).
// Keeps every field, multiword token lines ("1-2") and empty nodes ("1.1") so
// that a file round-trips byte for byte (modulo a final newline). Errors name
// "file:line: FIELD: what". Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::conllu {

// One syntactic word (integer ID line).
struct Word {
  int id = 0;             // 1..n, consecutive within the sentence
  std::string form;       // FORM
  std::string lemma;      // LEMMA ("_" when unknown)
  std::string upos;       // UPOS ("_" when unknown)
  std::string xpos;       // XPOS ("_" when unknown)
  std::string feats;      // FEATS, kept verbatim
  int head = -1;          // HEAD: 0 is root, 1..n a word; -1 when the column is "_"
  std::string deprel;     // DEPREL ("_" when unknown)
  std::string deps;       // DEPS, kept verbatim
  std::string misc;       // MISC, kept verbatim (SpaceAfter=No lives here)
  int line = 0;           // 1-based line number in the source (0 if built in memory)
};

// A multiword token line "first-last FORM _ ... MISC" (e.g. "don't" = do + n't).
struct MultiwordToken {
  int first = 0;          // first word id covered
  int last = 0;           // last word id covered (inclusive)
  std::string form;       // surface form of the whole token
  std::string misc;       // MISC of the token line
};

// An empty node line "i.k ..." (enhanced graphs only), kept verbatim.
struct EmptyNode {
  int after = 0;          // the integer part i: the node follows word i (0 = before word 1)
  std::string line;       // the whole line without the newline
};

struct Sentence {
  std::vector<std::string> comments;  // "# ..." lines, without the newline
  std::vector<Word> words;
  std::vector<MultiwordToken> tokens;  // sorted by `first`
  std::vector<EmptyNode> empty_nodes;  // in file order
  int line = 0;                        // line of the first line of the sentence

  // Value of the comment "# key = value", or "" when absent.
  std::string_view Comment(std::string_view key) const;
  // True when the word (index into words) is followed by no space (MISC SpaceAfter=No,
  // or the enclosing multiword token's MISC).
  bool NoSpaceAfter(size_t word_index) const;
};

struct ReadOptions {
  // Require a well-formed tree: every HEAD an integer in 0..n, no cycles. When
  // false, "_" heads are accepted (HEAD = -1) and cycles are not checked (used
  // by `dyad parse --pretokenized`, whose input may have no heads).
  bool require_tree = true;
};

// Parses CoNLL-U text. `filename` is only used in error messages.
Status Read(std::string_view text, const std::string& filename, std::vector<Sentence>* out,
            const ReadOptions& options = {});
// Reads a file (or stdin when path is "-").
Status ReadFile(const std::string& path, std::vector<Sentence>* out,
                const ReadOptions& options = {});

// Appends the sentence in CoNLL-U (terminated by an empty line).
void Write(const Sentence& sentence, std::string* out);

// Splits a MISC/FEATS-like "a=b|c=d" field and reports whether `item` is present.
bool HasItem(std::string_view field, std::string_view item);

}  // namespace dyad::conllu
