// Internals of the dyad tagger / lemmatizer / parser, shared by inference
// (src/parse) and training (src/parse/train). The feature functions here are
// the single definition used by both, so a trained model always sees the
// features it was trained on.
//
//   tagger:     left-to-right averaged perceptron over joint (UPOS, XPOS) tags,
//               lexical/suffix/shape/context features + the two previous tags +
//               tag-dictionary ambiguity classes; greedy, or a beam with a
//               globally trained model (tag_beam.h).
//   lemmatizer: (form, UPOS) exceptions from the training data, else the longest
//               matching (UPOS, suffix) edit rule learnt from training word types.
//   parser:     arc-hybrid transition system (ROOT at the end of the buffer, one
//               root), labelled actions, greedy decoding, averaged perceptron over
//               Zhang & Nivre (2011) style features.
//
// Thread-safety: the model structs are immutable after loading; Scratch is
// per-thread.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/parse.h"
#include "parse/bytes.h"
#include "parse/hash.h"
#include "parse/weights.h"

namespace dyad::parse {

class TagBeam;  // parse/tag_beam.h

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'P', 'A', 'R', 'S'};
inline constexpr uint32_t kModelFormatVersion = 3;

// ---------------------------------------------------------------------------
// Small open-addressing map uint64 -> uint64 (keys != 0), for the tag
// dictionary and the lemmatizer tables. Immutable after Build().
class FlatMap64 {
 public:
  void Insert(uint64_t key, uint64_t value) { pairs_.push_back({key, value}); }
  void Build();
  // Returns true and sets *value when present.
  bool Find(uint64_t key, uint64_t* value) const {
    if (slots_.empty()) return false;
    uint64_t s = key & mask_;
    while (true) {
      const Pair& p = slots_[s];
      if (p.key == key) {
        *value = p.value;
        return true;
      }
      if (p.key == 0) return false;
      s = (s + 1) & mask_;
    }
  }
  size_t size() const { return pairs_.size(); }
  void Write(ByteWriter* out) const { out->PutArray(pairs_); }
  bool Read(ByteReader* in) {
    if (!in->GetArray(&pairs_)) return false;
    for (const Pair& p : pairs_) {
      if (p.key == 0) return false;
    }
    Build();
    return true;
  }

 private:
  struct Pair {
    uint64_t key;
    uint64_t value;
  };
  std::vector<Pair> pairs_;  // insertion order (what is serialised)
  std::vector<Pair> slots_;
  uint64_t mask_ = 0;
};

// ---------------------------------------------------------------------------
// Per-token atoms computed once per sentence.
struct TokenAtoms {
  uint64_t form = 0;       // hash of the surface form
  uint64_t norm = 0;       // hash of the normalised form (ASCII lower-case, digits -> 0)
  uint64_t suffix[5] = {};  // hashes of the last 1..5 bytes of the normalised form
  uint64_t prefix[3] = {};  // hashes of the first 1..3 bytes
  uint64_t shape = 0;      // hash of the compressed word shape ("Xx", "d.d", ...)
  uint64_t amb = 0;        // tag-dictionary ambiguity class of `norm` (0: unseen word)
  uint64_t lex = 0;        // lexicon class of `norm` (kNoLexClass: not in the lexicon;
                           // 0: the model has no lexicon)
  uint32_t flags = 0;      // kAtom* bits
};
enum AtomFlag : uint32_t {
  kAtomDigit = 1, kAtomUpper = 2, kAtomAllUpper = 4, kAtomHyphen = 8, kAtomFirstUpper = 16,
  kAtomAlpha = 32, kAtomFirstWord = 64,
};

// Hash of a normalised form: TokenAtoms::norm, and the key of the tag dictionary
// and the lexicon.
inline uint64_t NormKey(std::string_view norm) { return HashBytes(norm, 2); }
inline constexpr uint64_t kNoLexClass = 0x6e6f6c6578ULL;

// Normalised form used for word features and the tag dictionary.
void NormalizeForm(std::string_view form, std::string* out);
// Fills atoms (except `amb`) for one word; `buf` is scratch.
void ComputeAtoms(std::string_view form, bool first_word, std::string* buf, TokenAtoms* a);

// ---------------------------------------------------------------------------
// Tagger.
struct TaggerModel {
  std::vector<uint8_t> tag_upos;      // per joint tag: index into kUposNames
  std::vector<std::string> tag_xpos;  // per joint tag: XPOS string
  FlatMap64 dict;                     // norm hash -> ambiguity class hash
  FlatMap64 lexicon;                  // norm hash -> LexBit set (src/parse/train/lexicon.h)
  SparseWeights weights;              // classes = joint tags
  int beam = 1;                       // decoding beam width (1: greedy; parse/tag_beam.h)
  float beam_margin = 0;              // drop beam items this far below the best (score
                                      // units of `weights`; 0: keep all `beam`)
  static constexpr int kMaxBeam = 16;

  static constexpr int kMaxFeatures = 48;
  int num_tags() const { return static_cast<int>(tag_upos.size()); }
  // The joint tag with this UPOS and XPOS, or -1 (for the tag corrections
  // between tagging and parsing).
  int FindTag(int upos, std::string_view xpos) const {
    for (int i = 0; i < num_tags(); ++i) {
      if (tag_upos[i] == upos && tag_xpos[i] == xpos) return i;
    }
    return -1;
  }
  // Fills `amb` and `lex` of every atom.
  void FillAmbiguity(std::span<TokenAtoms> atoms) const;
};
// Features of word i given the predicted tags of words < i: the static ones
// (the words around i) followed by the history ones (the previous two tags
// t1, t2; 0xffff before the sentence). Split so that a beam scores the static
// part once per word and only the history part per beam item.
int TaggerFeatures(const TokenAtoms* a, int n, int i, const int* tags, uint64_t* out);
int TaggerStaticFeatures(const TokenAtoms* a, int n, int i, uint64_t* out);
int TaggerHistoryFeatures(const TokenAtoms* a, int n, int i, uint64_t t1, uint64_t t2, uint64_t* out);
inline constexpr int kTaggerMaxHistoryFeatures = 8;

// ---------------------------------------------------------------------------
// Lemmatizer.
struct LemmaRule {
  uint8_t lower = 0;     // 1: apply to the lower-cased form
  uint8_t strip = 0;     // bytes removed from the end
  uint16_t append_len = 0;
  uint32_t append_off = 0;  // appended bytes: blob[append_off, +append_len)
};
struct LemmatizerModel {
  FlatMap64 exceptions;  // LemmaKey(form, upos) -> (offset << 16 | length) into blob
  FlatMap64 rules;       // RuleKey(upos, suffix) -> index into rule_table
  std::vector<LemmaRule> rule_table;
  std::string blob;
  static constexpr int kMaxSuffix = 6;
};
uint64_t LemmaExceptionKey(std::string_view form, int upos, bool lowered);
uint64_t LemmaRuleKey(int upos, std::string_view suffix);
// ASCII lower-casing (the lemmatizer's notion of "lower-cased").
void LowerAscii(std::string_view s, std::string* out);

// ---------------------------------------------------------------------------
// Parser: arc-hybrid. Words 1..n; ROOT is word n+1 (end of the buffer).
// Actions: 0 = SHIFT, 1+l = LEFT with label l (s0 <- b0), 1+L+l = RIGHT (s1 -> s0).
struct ParserWeightsModel {
  std::vector<std::string> labels;  // deprel names; index = label id
  int root_label = 0;               // id of "root"
  SparseWeights weights;            // classes = 1 + 2 * labels
  // Decoding constraint (derived from `labels`, not stored): a word with a
  // `case` dependent is a nominal in an oblique or modifier, never a subject
  // or object (UD), so those labels are not offered for it.
  uint64_t case_label_bits = 0;     // bit (l & 63) of each case* label
  uint64_t core_label_bits = 0;     // bits of nsubj*, csubj*, obj, iobj, expl*
  void IndexLabels();
  static constexpr int kMaxFeatures = 112;
  int num_labels() const { return static_cast<int>(labels.size()); }
};

// Parser configuration; arrays are indexed by word (0 unused, n+1 = ROOT).
struct ParseState {
  int n = 0;
  int b = 1;           // buffer front (n+1 = ROOT)
  int sp = 0;          // stack size
  int* stack = nullptr;
  int16_t* head = nullptr;   // 0 = unattached during parsing
  uint8_t* label = nullptr;
  int16_t* lc1 = nullptr;    // leftmost / second leftmost left child (0 none)
  int16_t* lc2 = nullptr;
  int16_t* rc1 = nullptr;    // rightmost / second rightmost right child
  int16_t* rc2 = nullptr;
  uint8_t* nl = nullptr;     // number of left / right children
  uint8_t* nr = nullptr;
  uint64_t* lset = nullptr;  // bit set of left / right child labels
  uint64_t* rset = nullptr;
  const uint64_t* word = nullptr;  // word hash per position (ROOT has its own)
  const uint16_t* tag = nullptr;   // joint tag + 1 per position (ROOT = 0xfffe)

  bool terminal() const { return sp == 0 && b == n + 1; }
  bool CanShift() const { return b <= n; }
  bool CanLeft() const { return sp >= 1 && (b <= n || sp == 1); }
  bool CanRight() const { return sp >= 2; }
  void Apply(int action, int num_labels);
};

// Owns the arrays a ParseState points to; grows, never shrinks.
struct ParseArrays {
  std::vector<int> stack;
  std::vector<int16_t> head, lc1, lc2, rc1, rc2;
  std::vector<uint8_t> label, nl, nr;
  std::vector<uint64_t> lset, rset, word;
  std::vector<uint16_t> tag;
  // Resets for a sentence of n words; word/tag must be filled by the caller.
  void Init(int n, ParseState* s);
};

int ParserFeatures(const ParseState& s, uint64_t* out);
// Best valid action under `scores`; `root_label` is only allowed for LEFT onto ROOT;
// core-argument labels are not offered for an s0 with a case dependent.
int BestValidAction(const ParseState& s, const float* scores, const ParserWeightsModel& m);

// ---------------------------------------------------------------------------
// Per-thread scratch.
class LemmaArena {
 public:
  // Returns a stable view of a+b (valid until Reset()).
  std::string_view Concat(std::string_view a, std::string_view b);
  void Reset() { chunk_ = 0; used_ = 0; }

 private:
  static constexpr size_t kChunk = 1 << 14;
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t chunk_ = 0, used_ = 0;
};

}  // namespace dyad::parse

namespace dyad {

class ParserScratch {
 public:
  std::vector<std::string_view> forms;  // AnnotateAll's per-sentence forms
  std::vector<parse::TokenAtoms> atoms;
  std::vector<int> tags;
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  std::string buf;
  parse::ParseArrays arrays;
  parse::ParseState state;
  parse::LemmaArena arena;
  std::unique_ptr<parse::TagBeam> tag_beam;  // made on first use (beam > 1)
};

namespace parse {

// The model behind ParserModel.
class DyadParserModel final : public ParserModel {
 public:
  TaggerModel tagger;
  LemmatizerModel lemmatizer;
  ParserWeightsModel parser;

  void Annotate(std::span<const std::string_view> forms, std::span<TokenParse> out,
                ParserScratch* scratch) const override;
  // Annotate without resetting the scratch's lemma arena (AnnotateAll).
  void AnnotateKeep(std::span<const std::string_view> forms, std::span<TokenParse> out,
                    ParserScratch* scratch) const;

  // Pieces, used by training and evaluation.
  void Tag(std::span<const std::string_view> forms, ParserScratch* scratch) const;
  // Reads an unseen British "-ise" spelling as its seen "-ize" one (model.cc).
  void BritishSpelling(std::string_view form, bool first_word, ParserScratch* scratch, TokenAtoms* atoms) const;
  // Corrects the tags of hyphenated participles and names (hyphenated.cc).
  void RetagHyphenatedWords(std::span<const std::string_view> forms, ParserScratch* scratch) const;
  // Corrects -ing words the tagger misreads ("had been shipping arms", "managing
  // director"; ing_words.cc).
  void RetagIngWords(std::span<const std::string_view> forms, ParserScratch* scratch) const;
  std::string_view Lemmatize(std::string_view form, int upos, LemmaArena* arena) const;
  // Lemmatize's steps after the exceptions: the learnt suffix rule, then the
  // lexicon's check of its output (lemmatizer.cc).
  std::string_view RuleLemma(std::string_view form, std::string_view lower, bool has_upper,
                             int upos, LemmaArena* arena) const;
  std::string_view CheckLemma(std::string_view lower, int upos, std::string_view lemma,
                              LemmaArena* arena) const;
  // Parses with tags already in scratch->tags; fills scratch->state.head/label.
  void Parse(std::span<const std::string_view> forms, ParserScratch* scratch) const;

  std::string Serialize() const;
  static Result<std::unique_ptr<DyadParserModel>> Deserialize(std::string_view bytes,
                                                             const std::string& name);
};

// Parser atoms for a sentence: word hash per word (norm form), ROOT constant.
inline constexpr uint64_t kRootWord = 0x726f6f74726f6f74ULL;
inline constexpr uint16_t kRootTag = 0xfffe;

}  // namespace parse
}  // namespace dyad
