// ParserModel: loading, the model file, and Annotate (tag -> lemmatize -> parse).
#include <algorithm>
#include <cassert>
#include <cstring>
#include <cstdio>

#include "parse/model.h"
#include "parse/tag_beam.h"

void std::default_delete<dyad::ParserScratch>::operator()(dyad::ParserScratch* p) const {
  delete p;
}

namespace dyad {
namespace parse {
namespace {

// Sentences longer than this are annotated in consecutive pieces (heads are
// int16 and the parser's arrays are sized per sentence).
constexpr int kMaxPiece = 1000;

uint64_t Checksum(std::string_view bytes) { return HashBytes(bytes, 0x5eed); }

}  // namespace

// A British "-ise" spelling the tagger never saw is read as its "-ize"
// spelling where training saw that one: EWT is American web text, so
// "recognised" (unseen) was tagged X and "Israel recognised Kosovo's
// independence" lost its verb, while "recognized" is a known past tense.
// Only an unseen word whose "-iz-" form is in the tag dictionary: "promised"
// or "raised" (seen, and no "promized") stay as they are.
void DyadParserModel::BritishSpelling(std::string_view form, bool first_word, ParserScratch* sc,
                                      TokenAtoms* a) const {
  // (The ending first, on the form itself: most words end otherwise, and
  // the tag dictionary is not probed twice for them.)
  static constexpr std::string_view kEndings[] = {"ise", "ised", "ises", "ising", "isation", "isations", "iser",
                                                  "isers"};
  auto ends_with = [&](std::string_view e) {
    if (form.size() <= e.size() + 2) return false;
    for (size_t i = 0; i < e.size(); ++i) {
      if ((form[form.size() - e.size() + i] | 0x20) != e[i]) return false;
    }
    return true;
  };
  uint64_t unused = 0;
  std::string& alt = sc->buf;
  for (std::string_view e : kEndings) {
    if (!ends_with(e)) continue;
    if (tagger.dict.Find(a->norm, &unused)) return;  // seen as spelt
    NormalizeForm(form, &alt);
    const size_t s = alt.size() - e.size() + 1;  // the 's' after the 'i'
    alt[s] = 'z';
    if (!tagger.dict.Find(NormKey(alt), &unused)) return;
    std::string spelled(form);
    spelled[s] = spelled[s] == 'S' ? 'Z' : 'z';
    ComputeAtoms(spelled, first_word, &sc->buf, a);
    return;
  }
}

void DyadParserModel::Tag(std::span<const std::string_view> forms, ParserScratch* sc) const {
  const int n = static_cast<int>(forms.size());
  if (sc->atoms.size() < forms.size()) {
    sc->atoms.resize(forms.size());
    sc->tags.resize(forms.size());
  }
  for (int i = 0; i < n; ++i) {
    ComputeAtoms(forms[i], i == 0, &sc->buf, &sc->atoms[i]);
    BritishSpelling(forms[i], i == 0, sc, &sc->atoms[i]);
  }
  tagger.FillAmbiguity(std::span<TokenAtoms>(sc->atoms.data(), forms.size()));
  const int nt = tagger.num_tags();
  sc->feats.resize(std::max<size_t>(sc->feats.size(), ParserWeightsModel::kMaxFeatures));
  // Room for the padded dense rows of either weight table (score_capacity()).
  sc->scores.resize(std::max<size_t>(sc->scores.size(), 256));
  assert(tagger.weights.score_capacity() <= 256 && parser.weights.score_capacity() <= 256);
  uint64_t* f = sc->feats.data();
  float* scores = sc->scores.data();
  if (tagger.beam > 1 && n > 0) {
    if (!sc->tag_beam) sc->tag_beam = std::make_unique<TagBeam>();
    TagBeam& bm = *sc->tag_beam;
    bm.Reset(n, tagger.beam, tagger.weights.score_capacity(), tagger.beam_margin);
    auto score = [&](const uint64_t* keys, int k, float* out) { tagger.weights.Accumulate(keys, k, out); };
    for (int i = 0; i < n; ++i) bm.Step(sc->atoms.data(), i, nt, score);
    bm.Best(n - 1, sc->tags.data());
    return;
  }
  for (int i = 0; i < n; ++i) {
    const int k = TaggerFeatures(sc->atoms.data(), n, i, sc->tags.data(), f);
    std::fill_n(scores, tagger.weights.score_capacity(), 0.0f);
    tagger.weights.Accumulate(f, k, scores);
    sc->tags[i] = static_cast<int>(std::max_element(scores, scores + nt) - scores);
  }
}

void DyadParserModel::Parse(std::span<const std::string_view> forms, ParserScratch* sc) const {
  const int n = static_cast<int>(forms.size());
  ParseState& s = sc->state;
  sc->arrays.Init(n, &s);
  uint64_t* word = sc->arrays.word.data();
  uint16_t* tag = sc->arrays.tag.data();
  for (int i = 1; i <= n; ++i) {
    word[i] = sc->atoms[i - 1].norm;
    tag[i] = static_cast<uint16_t>(sc->tags[i - 1] + 1);
  }
  const int nl = parser.num_labels();
  uint64_t* f = sc->feats.data();
  float* scores = sc->scores.data();
  while (!s.terminal()) {
    // Two moves per sentence have no alternative and need no scores: the
    // first SHIFT (empty stack) and the last word's LEFT onto ROOT.
    // (BestValidAction would pick the same: it is the only valid action.)
    if (s.sp == 0) {
      s.Apply(0, nl);
      continue;
    }
    if (s.b == s.n + 1 && s.sp == 1) {
      s.Apply(1 + parser.root_label, nl);
      continue;
    }
    const int k = ParserFeatures(s, f);
    assert(k <= ParserWeightsModel::kMaxFeatures);
    std::fill_n(scores, parser.weights.score_capacity(), 0.0f);
    parser.weights.Accumulate(f, k, scores);
    s.Apply(BestValidAction(s, scores, parser), nl);
  }
}

void DyadParserModel::AnnotateKeep(std::span<const std::string_view> forms,
                                   std::span<TokenParse> out, ParserScratch* sc) const {
  size_t total = std::min(forms.size(), out.size());
  for (size_t begin = 0; begin < total; begin += kMaxPiece) {
    const size_t len = std::min<size_t>(kMaxPiece, total - begin);
    std::span<const std::string_view> piece = forms.subspan(begin, len);
    Tag(piece, sc);
    RetagHyphenatedWords(piece, sc);
    RetagIngWords(piece, sc);
    Parse(piece, sc);
    const int n = static_cast<int>(len);
    for (int i = 0; i < n; ++i) {
      TokenParse& tp = out[begin + i];
      const int t = sc->tags[i];
      tp.upos = tagger.tag_upos[t];
      tp.xpos = tagger.tag_xpos[t];
      tp.lemma = Lemmatize(piece[i], tp.upos, &sc->arena);
      const int h = sc->state.head[i + 1];
      // Heads are sentence-local: later pieces are offset by `begin`.
      tp.head = static_cast<int16_t>(h == n + 1 ? 0 : h + static_cast<int>(begin));
      tp.deprel = sc->state.label[i + 1];
      tp.deprel_name = parser.labels[tp.deprel];
    }
  }
}

void DyadParserModel::Annotate(std::span<const std::string_view> forms,
                               std::span<TokenParse> out, ParserScratch* sc) const {
  sc->arena.Reset();
  AnnotateKeep(forms, out, sc);
}

// --- model file -----------------------------------------------------------

std::string DyadParserModel::Serialize() const {
  ByteWriter w;
  w.bytes().append(kModelMagic, sizeof(kModelMagic));
  w.Put<uint32_t>(kModelFormatVersion);
  // Tagger.
  w.Put<uint32_t>(static_cast<uint32_t>(tagger.tag_upos.size()));
  for (size_t i = 0; i < tagger.tag_upos.size(); ++i) {
    w.Put<uint8_t>(tagger.tag_upos[i]);
    w.PutString(tagger.tag_xpos[i]);
  }
  tagger.dict.Write(&w);
  tagger.lexicon.Write(&w);
  tagger.weights.Write(&w);
  w.Put<uint32_t>(static_cast<uint32_t>(tagger.beam));
  w.Put<float>(tagger.beam_margin);

  // Lemmatizer.
  lemmatizer.exceptions.Write(&w);
  lemmatizer.rules.Write(&w);
  w.PutArray(lemmatizer.rule_table);
  w.PutArray(std::vector<char>(lemmatizer.blob.begin(), lemmatizer.blob.end()));
  // Parser.
  w.Put<uint32_t>(static_cast<uint32_t>(parser.labels.size()));
  for (const std::string& l : parser.labels) w.PutString(l);
  w.Put<uint32_t>(static_cast<uint32_t>(parser.root_label));
  parser.weights.Write(&w);
  w.Put<uint64_t>(Checksum(w.bytes()));
  return std::move(w.bytes());
}

Result<std::unique_ptr<DyadParserModel>> DyadParserModel::Deserialize(std::string_view bytes,
                                                                     const std::string& name) {
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0) {
    return Status::Error(name + ": not a dyad parser model (bad magic)");
  }
  uint32_t version = 0;
  std::memcpy(&version, bytes.data() + 8, 4);
  // Version 2 is version 3 without the tagger's beam fields (greedy decoding).
  if (version != kModelFormatVersion && version != 2) {
    return Status::Error(name + ": parser model format version " + std::to_string(version) +
                         ", but this dyad reads version " + std::to_string(kModelFormatVersion) +
                         " (and 2); retrain it with `dyad train-parser`");
  }
  if (bytes.size() < 20) return Status::Error(name + ": truncated parser model");
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  if (Checksum(bytes.substr(0, bytes.size() - 8)) != stored) {
    return Status::Error(name + ": parser model is corrupt (checksum mismatch)");
  }
  auto m = std::make_unique<DyadParserModel>();
  ByteReader r(bytes.substr(12, bytes.size() - 20));
  auto bad = [&](const char* what) {
    return Status::Error(name + ": malformed parser model (" + what + ")");
  };
  uint32_t ntags = 0;
  if (!r.Get(&ntags) || ntags == 0 || ntags > 255) return bad("tag set");
  m->tagger.tag_upos.resize(ntags);
  m->tagger.tag_xpos.resize(ntags);
  for (uint32_t i = 0; i < ntags; ++i) {
    if (!r.Get(&m->tagger.tag_upos[i]) || !r.GetString(&m->tagger.tag_xpos[i]) ||
        m->tagger.tag_upos[i] >= std::size(kUposNames)) {
      return bad("tag set");
    }
  }
  if (!m->tagger.dict.Read(&r)) return bad("tag dictionary");
  if (!m->tagger.lexicon.Read(&r)) return bad("lexicon");
  if (!m->tagger.weights.Read(&r) || m->tagger.weights.num_classes() != static_cast<int>(ntags)) {
    return bad("tagger weights");
  }
  if (version >= 3) {
    uint32_t beam = 0;
    if (!r.Get(&beam) || beam == 0 || beam > TaggerModel::kMaxBeam) return bad("tagger beam width");
    m->tagger.beam = static_cast<int>(beam);
    if (!r.Get(&m->tagger.beam_margin) || !(m->tagger.beam_margin >= 0)) return bad("tagger beam margin");
  }
  std::vector<char> blob;
  if (!m->lemmatizer.exceptions.Read(&r) || !m->lemmatizer.rules.Read(&r) ||
      !r.GetArray(&m->lemmatizer.rule_table) || !r.GetArray(&blob)) {
    return bad("lemmatizer");
  }
  m->lemmatizer.blob.assign(blob.begin(), blob.end());
  for (const LemmaRule& rule : m->lemmatizer.rule_table) {
    if (static_cast<size_t>(rule.append_off) + rule.append_len > m->lemmatizer.blob.size()) {
      return bad("lemma rules");
    }
  }
  uint32_t nlabels = 0, root = 0;
  if (!r.Get(&nlabels) || nlabels == 0 || nlabels > 127) return bad("labels");
  m->parser.labels.resize(nlabels);
  for (uint32_t i = 0; i < nlabels; ++i) {
    if (!r.GetString(&m->parser.labels[i])) return bad("labels");
  }
  if (!r.Get(&root) || root >= nlabels) return bad("root label");
  m->parser.root_label = static_cast<int>(root);
  m->parser.IndexLabels();
  if (!m->parser.weights.Read(&r) ||
      m->parser.weights.num_classes() != 1 + 2 * static_cast<int>(nlabels)) {
    return bad("parser weights");
  }
  if (!r.at_end()) return bad("trailing bytes");
  return m;
}

}  // namespace parse

Result<std::unique_ptr<ParserModel>> ParserModel::Load(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::Error(path + ": cannot open parser model");
  std::string bytes;
  char buf[1 << 16];
  size_t got;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) bytes.reserve(static_cast<size_t>(size));
    std::fseek(f, 0, SEEK_SET);
  }
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, got);
  const bool read_error = std::ferror(f) != 0;
  std::fclose(f);
  if (read_error) return Status::Error(path + ": cannot read parser model");
  auto m = parse::DyadParserModel::Deserialize(bytes, path);
  if (!m.ok()) return m.status();
  return std::unique_ptr<ParserModel>(std::move(m).value());
}

std::unique_ptr<ParserScratch> ParserModel::NewScratch() {
  return std::unique_ptr<ParserScratch>(new ParserScratch());
}

void AnnotateAll(const ParserModel& model, Analysis* analysis, ParserScratch* scratch) {
  AnnotateSelected(model, analysis, std::vector<uint8_t>(analysis->sentences.size(), 1), scratch);
}

namespace {

// Newswire copy often capitalises the word after "U.S." as if a sentence
// began there ("the U.S. May be able to lift sanctions", "the U.S. Will
// soon"); the sentence splitter keeps such sentences whole, but the tagger
// reads a capitalised "May" or "Will" as a name and the modal is lost. A
// capitalised modal right after a mid-sentence abbreviation is tagged as
// the modal it is. (News pipeline only: evaluation tags the gold forms.)
std::string_view LowerCaseModalAfterAbbreviation(std::span<const std::string_view> before, std::string_view form) {
  static constexpr std::string_view kModals[][2] = {{"May", "may"},     {"Will", "will"},     {"Would", "would"},
                                                    {"Can", "can"},     {"Could", "could"},   {"Should", "should"},
                                                    {"Must", "must"},   {"Might", "might"},   {"Shall", "shall"}};
  if (before.empty()) return form;
  const std::string_view prev = before.back();
  // (An abbreviation with inner periods: "U.S.", "U.K.", not "Inc." or "Co.")
  if (prev.size() < 4 || !prev.ends_with('.') || prev.find('.') == prev.size() - 1) return form;
  for (const auto& m : kModals) {
    if (form == m[0]) return m[1];
  }
  return form;
}

}  // namespace

void AnnotateSelected(const ParserModel& model, Analysis* analysis, const std::vector<uint8_t>& need,
                      ParserScratch* scratch) {
  analysis->parse.assign(analysis->tokens.size(), TokenParse{});
  scratch->arena.Reset();
  const auto* dm = dynamic_cast<const parse::DyadParserModel*>(&model);
  std::vector<std::string_view>& forms = scratch->forms;
  for (size_t si = 0; si < analysis->sentences.size(); ++si) {
    const Sentence& s = analysis->sentences[si];
    if (s.num_tokens == 0 || si >= need.size() || !need[si]) continue;
    forms.clear();
    for (uint32_t i = 0; i < s.num_tokens; ++i) {
      forms.push_back(LowerCaseModalAfterAbbreviation(forms, analysis->tokens[s.first_token + i].form));
    }
    std::span<TokenParse> out(analysis->parse.data() + s.first_token, s.num_tokens);
    if (dm) {
      dm->AnnotateKeep(forms, out, scratch);
    } else {
      model.Annotate(forms, out, scratch);
    }
  }
}

}  // namespace dyad
