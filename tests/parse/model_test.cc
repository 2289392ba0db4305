// A tiny model trained inside the test on the fixture sentences must tag,
// lemmatize and parse those sentences exactly; the model file round-trips and
// other format versions are refused.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <gtest/gtest.h>

#include "dyad/parse.h"
#include "parse/conllu.h"
#include "parse/model.h"
#include "parse/train/trainer.h"

namespace dyad::parse {
namespace {

std::vector<conllu::Sentence> Fixture() {
  std::vector<conllu::Sentence> s;
  Status st = conllu::ReadFile(std::string(DYAD_TEST_DIR) + "/parse/testdata/small.conllu", &s);
  EXPECT_TRUE(st.ok()) << st.message();
  return s;
}

std::unique_ptr<DyadParserModel> TinyModel() {
  TrainOptions o;
  o.tagger_iterations = 10;
  o.parser_iterations = 20;
  o.jackknife_folds = 0;
  auto m = Train(Fixture(), {}, o);
  EXPECT_TRUE(m.ok()) << m.status().message();
  return std::move(m).value();
}

void ExpectParsesFixture(const ParserModel& model) {
  auto scratch = ParserModel::NewScratch();
  for (const conllu::Sentence& s : Fixture()) {
    std::vector<std::string_view> forms;
    for (const conllu::Word& w : s.words) forms.push_back(w.form);
    std::vector<TokenParse> out(forms.size());
    model.Annotate(forms, out, scratch.get());
    for (size_t i = 0; i < forms.size(); ++i) {
      const conllu::Word& g = s.words[i];
      SCOPED_TRACE(std::string(s.Comment("sent_id")) + " word " + g.form);
      EXPECT_EQ(kUposNames[out[i].upos], g.upos);
      EXPECT_EQ(out[i].xpos, g.xpos);
      EXPECT_EQ(out[i].lemma, g.lemma);
      EXPECT_EQ(out[i].head, g.head);
      EXPECT_EQ(out[i].deprel_name, g.deprel);
    }
  }
}

TEST(ParserModel, TinyModelParsesItsTrainingSentences) {
  auto m = TinyModel();
  ExpectParsesFixture(*m);
}

TEST(ParserModel, TrainingIsDeterministic) {
  EXPECT_EQ(TinyModel()->Serialize(), TinyModel()->Serialize());
}

TEST(ParserModel, SerializedModelLoadsAndParsesTheSame) {
  const std::string bytes = TinyModel()->Serialize();
  const std::string path = ::testing::TempDir() + "/tiny.dyadparse";
  {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  auto loaded = ParserModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ExpectParsesFixture(*loaded.value());
  std::remove(path.c_str());
}

TEST(ParserModel, OtherFormatVersionIsRefused) {
  std::string bytes = TinyModel()->Serialize();
  const uint32_t other = kModelFormatVersion + 1;
  std::memcpy(bytes.data() + 8, &other, 4);
  auto m = DyadParserModel::Deserialize(bytes, "old.dyadparse");
  ASSERT_FALSE(m.ok());
  const std::string msg = m.status().message();
  EXPECT_NE(msg.find("old.dyadparse"), std::string::npos) << msg;
  EXPECT_NE(msg.find("version " + std::to_string(other)), std::string::npos) << msg;
  EXPECT_NE(msg.find("version " + std::to_string(kModelFormatVersion)), std::string::npos) << msg;
}

TEST(ParserModel, CorruptOrForeignFilesAreRefused) {
  std::string bytes = TinyModel()->Serialize();
  bytes[bytes.size() / 2] ^= 0x55;
  auto m = DyadParserModel::Deserialize(bytes, "x.dyadparse");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("checksum"), std::string::npos) << m.status().message();
  auto n = DyadParserModel::Deserialize("hello world, not a model", "y.dyadparse");
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.status().message().find("y.dyadparse"), std::string::npos);
  auto missing = ParserModel::Load("/nonexistent/model.dyadparse");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/model.dyadparse"), std::string::npos);
}

// A model trained with a lexicon stores it: the loaded model gives words the
// same lexicon classes without the dictionaries, and still parses its sentences.
TEST(ParserModel, LexiconIsStoredInTheModel) {
  const std::string dir = std::string(DYAD_TEST_DIR) + "/parse/testdata/lexicon";
  auto lex = ReadLexicon(dir, dir + "/words.txt");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  TrainOptions o;
  o.tagger_iterations = 10;
  o.parser_iterations = 20;
  o.jackknife_folds = 0;
  o.lexicon = &lex.value();
  auto trained = Train(Fixture(), {}, o);
  ASSERT_TRUE(trained.ok()) << trained.status().message();
  EXPECT_EQ(trained.value()->tagger.lexicon.size(), lex.value().classes.size());
  auto loaded = DyadParserModel::Deserialize(trained.value()->Serialize(), "lexicon-model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const TaggerModel& t = loaded.value()->tagger;
  std::string buf;
  TokenAtoms atoms[3];
  ComputeAtoms("Dogs", true, &buf, &atoms[0]);
  ComputeAtoms("dogs", false, &buf, &atoms[1]);
  ComputeAtoms("zzyzx", false, &buf, &atoms[2]);
  t.FillAmbiguity(atoms);
  EXPECT_EQ(atoms[0].lex, atoms[1].lex);  // classes are looked up by the normalised form
  EXPECT_NE(atoms[1].lex, kNoLexClass);
  EXPECT_EQ(atoms[2].lex, kNoLexClass);
  ExpectParsesFixture(*loaded.value());
}

TEST(ParserModel, AnnotateAllFillsEverySentenceAndHandlesEmptyInput) {
  auto m = TinyModel();
  Analysis a;
  std::vector<std::string_view> forms = {"The", "army", "attacked", "the", "town", ".",
                                         "They", "do", "n't", "trust", "him", "."};
  for (std::string_view f : forms) {
    Token t;
    t.form = f;
    a.tokens.push_back(t);
  }
  Sentence s1;
  s1.first_token = 0;
  s1.num_tokens = 6;
  Sentence s2;
  s2.first_token = 6;
  s2.num_tokens = 6;
  a.sentences = {s1, s2};
  auto scratch = ParserModel::NewScratch();
  AnnotateAll(*m, &a, scratch.get());
  ASSERT_EQ(a.parse.size(), forms.size());
  EXPECT_EQ(a.parse[2].head, 0);
  EXPECT_EQ(a.parse[1].deprel_name, "nsubj");
  EXPECT_EQ(a.parse[9].head, 0);
  EXPECT_EQ(a.parse[8].lemma, "not");
  // Empty sentence: nothing to do, no crash.
  std::vector<TokenParse> none;
  m->Annotate({}, none, scratch.get());
}

// A word with a `case` dependent is an oblique or a modifier in UD, never a
// subject or object: decoding does not offer those labels for it.
TEST(BestValidAction, NoCoreArgumentLabelForAWordWithACaseDependent) {
  ParserWeightsModel m;
  m.labels = {"case", "nsubj:pass", "obl", "root"};
  m.root_label = 3;
  m.IndexLabels();
  const int nl = m.num_labels();
  ParseArrays arrays;
  ParseState s;
  arrays.Init(3, &s);  // "at(1) Emirates(2) reported(3)"
  s.Apply(0, nl);      // SHIFT at
  s.Apply(1 + 0, nl);  // LEFT-case: at <- Emirates
  s.Apply(0, nl);      // SHIFT Emirates; b0 = reported
  std::vector<float> scores(1 + 2 * nl, 0.0f);
  scores[1 + 1] = 10.0f;  // LEFT-nsubj:pass: the model's favourite
  scores[1 + 2] = 5.0f;   // LEFT-obl
  EXPECT_EQ(BestValidAction(s, scores.data(), m), 1 + 2);
  // Without the case dependent the favourite wins.
  ParseState t;
  arrays.Init(3, &t);
  t.Apply(0, nl);
  t.Apply(0, nl);  // stack: at, Emirates (no children)
  EXPECT_EQ(BestValidAction(t, scores.data(), m), 1 + 1);
}

TEST(Projectivize, LiftsCrossingArcs) {
  // 1 <- 3, 2 <- 4 (crossing), 3 root, 4 <- 3.
  std::vector<int> heads = {0, 3, 4, 0, 3};
  EXPECT_GE(Projectivize(&heads), 1);
  EXPECT_EQ(heads[2], 3);
  std::vector<int> proj = {0, 2, 0, 2};
  EXPECT_EQ(Projectivize(&proj), 0);
}

}  // namespace
}  // namespace dyad::parse

namespace dyad::parse {
namespace {

// The committed model; the tests that need it skip when it is absent.
std::string BundledModelPath() { return std::string(DYAD_SOURCE_DIR) + "/data/models/en_ewt.dyadparse"; }

// The bundled model on the first 300 EWT dev sentences (skipped without the data).
TEST(BundledModel, ScoresOnEwtDev) {
  const std::string dev = std::string(DYAD_SHARED_DATA_DIR) + "/ud-english-ewt/en_ewt-ud-dev.conllu";
  std::vector<conllu::Sentence> sents;
  if (!conllu::ReadFile(dev, &sents).ok()) GTEST_SKIP() << "UD English-EWT not found at " << dev;
  auto m = ParserModel::Load(BundledModelPath());
  if (!m.ok()) GTEST_SKIP() << "no bundled model: " << m.status().message();
  sents.resize(std::min<size_t>(sents.size(), 300));
  size_t n = 0, upos = 0, uas = 0;
  auto scratch = ParserModel::NewScratch();
  for (const conllu::Sentence& s : sents) {
    std::vector<std::string_view> forms;
    for (const conllu::Word& w : s.words) forms.push_back(w.form);
    std::vector<TokenParse> out(forms.size());
    m.value()->Annotate(forms, out, scratch.get());
    for (size_t i = 0; i < forms.size(); ++i, ++n) {
      upos += s.words[i].upos == kUposNames[out[i].upos];
      uas += s.words[i].head == out[i].head;
    }
  }
  EXPECT_GT(100.0 * upos / n, 90.0);
  EXPECT_GT(100.0 * uas / n, 78.0);
}


// Well-formed UTF-8 (structure only: lead byte, then its continuation bytes).
bool IsUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

// Lemma rules strip bytes; the bundled model learnt "'m" -> "be" (strip 2), which
// must not cut the two-byte '´' of "´m" (EWT test has that typo) into invalid UTF-8.
TEST(BundledModel, LemmasAreValidUtf8WhenARuleWouldCutACharacter) {
  auto m = ParserModel::Load(BundledModelPath());
  if (!m.ok()) GTEST_SKIP() << "no bundled model: " << m.status().message();
  auto* model = static_cast<const DyadParserModel*>(m.value().get());
  LemmaArena arena;
  EXPECT_EQ(model->Lemmatize("'m", kAUX, &arena), "be");
  for (std::string_view form : {"\xC2\xB4m", "\xE2\x80\x99m", "caf\xC3\xA9s", "\xC3\xA9"}) {
    for (int upos = 0; upos <= kX; ++upos) {
      const std::string_view lemma = model->Lemmatize(form, upos, &arena);
      SCOPED_TRACE(std::string(form) + " as " + std::string(kUposNames[upos]) + " -> " + std::string(lemma));
      EXPECT_TRUE(IsUtf8(lemma));
    }
  }
}

// The suffix rules give an unseen word the edit of the longest training suffix
// it shares ("upgraded" -> "upgrad", "shelled" -> "shel"); the lexicon, which
// knows these are inflected verbs and nouns, picks the regular detachment that
// is a lemma instead, and leaves the rules' right answers alone.
TEST(BundledModel, LexiconCorrectsSuffixRuleLemmasOfUnseenWords) {
  auto m = ParserModel::Load(BundledModelPath());
  if (!m.ok()) GTEST_SKIP() << "no bundled model: " << m.status().message();
  auto* model = static_cast<const DyadParserModel*>(m.value().get());
  LemmaArena arena;
  EXPECT_EQ(model->Lemmatize("upgraded", kVERB, &arena), "upgrade");
  EXPECT_EQ(model->Lemmatize("shelled", kVERB, &arena), "shell");
  EXPECT_EQ(model->Lemmatize("blockaded", kVERB, &arena), "blockade");
  EXPECT_EQ(model->Lemmatize("initialled", kVERB, &arena), "initial");
  EXPECT_EQ(model->Lemmatize("Persuaded", kVERB, &arena), "persuade");
  EXPECT_EQ(model->Lemmatize("heroes", kNOUN, &arena), "hero");
  EXPECT_EQ(model->Lemmatize("kebabs", kNOUN, &arena), "kebab");
  EXPECT_EQ(model->Lemmatize("visited", kVERB, &arena), "visit");
  EXPECT_EQ(model->Lemmatize("attacked", kVERB, &arena), "attack");
  EXPECT_EQ(model->Lemmatize("Shelled", kPROPN, &arena), "Shelled");  // names are not checked
}

// The bundled model's annotation of pre-tokenised sentences, for the tag
// corrections between tagging and parsing (skipped without the model).
class BundledTagCorrections : public ::testing::Test {
 protected:
  void SetUp() override {
    auto m = ParserModel::Load(BundledModelPath());
    if (!m.ok()) GTEST_SKIP() << "no bundled model: " << m.status().message();
    model_ = std::move(m.value());
  }
  std::vector<TokenParse> annotate(std::vector<std::string_view> forms) {
    std::vector<TokenParse> out(forms.size());
    model_->Annotate(forms, out, scratch_.get());
    return out;
  }
  // The tag corrections alone, on the tagger's tags with some replaced by
  // the given misreadings (as another tagger made them): the XPOS after.
  std::vector<std::string_view> retag(std::vector<std::string_view> forms,
                                      std::vector<std::pair<int, std::pair<Upos, std::string_view>>> wrong) {
    auto* m = static_cast<const DyadParserModel*>(model_.get());
    m->Tag(forms, scratch_.get());
    for (const auto& [i, tag] : wrong) {
      const int id = m->tagger.FindTag(tag.first, tag.second);
      EXPECT_GE(id, 0);
      scratch_->tags[static_cast<size_t>(i)] = id;
    }
    m->RetagIngWords(forms, scratch_.get());
    std::vector<std::string_view> out;
    for (size_t i = 0; i < forms.size(); ++i) out.push_back(m->tagger.tag_xpos[scratch_->tags[i]]);
    return out;
  }

 private:
  std::unique_ptr<ParserModel> model_;
  std::unique_ptr<ParserScratch> scratch_ = ParserModel::NewScratch();
};

// EWT splits hyphenated words, so the tagger never saw one whole; a
// hyphenated participle before a noun is the noun's modifier (JJ), and two
// capitalised parts a name (hyphenated.cc).
TEST_F(BundledTagCorrections, HyphenatedParticiplesAndNames) {
  // The tagger alone makes "war-torn" a base-form verb after "to".
  auto a = annotate({"Britain", "has", "promised", "to", "continue", "military", "aid", "to", "war-torn",
                     "Mozambique", "."});
  EXPECT_EQ(a[8].xpos, "JJ");
  EXPECT_EQ(a[8].deprel_name, "amod");
  EXPECT_EQ(a[8].head, 10);  // Mozambique
  auto b = annotate({"The", "ADB", "extended", "a", "line", "of", "credit", "to", "state-owned", "Industrial",
                     "Finance", "Corp", "of", "India", "."});
  EXPECT_EQ(b[8].xpos, "JJ");  // the tagger alone: VB
  // Tagged a participle, one that opens the sentence was its root, and the
  // verb of the sentence a conjunct ("U.S.-led" too: a period before the
  // hyphen).
  auto l = annotate({"Saudi-led", "coalition", "jets", "bombed", "the", "Yemeni", "capital", "Sanaa", "."});
  EXPECT_EQ(l[0].xpos, "JJ");
  EXPECT_EQ(l[3].head, 0);  // bombed
  auto u = annotate({"U.S.-led", "forces", "attacked", "Iraqi", "positions", "."});
  EXPECT_EQ(u[0].xpos, "JJ");
  auto q = annotate({"Q-Med", "Inc", "said", "EC-produced", "oilseeds", "would", "not", "benefit", "."});
  EXPECT_EQ(q[0].upos, kPROPN);  // the tagger alone: VBD
  // A hyphenated verb that is a verb stays one.
  auto c = annotate({"Canada", "will", "re-export", "the", "grain", "."});
  EXPECT_EQ(c[2].upos, kVERB);
  EXPECT_EQ(c[2].xpos, "VB");
}

// An unseen British "-ise" spelling is read as the "-ize" one training saw
// (model.cc); a seen "-ise" word ("promised") is not respelt.
TEST_F(BundledTagCorrections, BritishIseSpellings) {
  // The tagger alone: "recognised" X (GW), "Israel" the root.
  auto a = annotate({"Israel", "recognised", "Kosovo", "'s", "independence", "in", "2020", "."});
  EXPECT_EQ(a[1].upos, kVERB);
  EXPECT_EQ(a[1].head, 0);
  EXPECT_EQ(a[1].lemma, "recognise");  // the word's own spelling
  EXPECT_EQ(a[0].deprel_name, "nsubj");
  auto b = annotate({"Britain", "promised", "aid", "to", "Sudan", "."});
  EXPECT_EQ(b[1].upos, kVERB);
  EXPECT_EQ(b[1].lemma, "promise");
}

// An -ing word after "the" and a name, with no object, names an act: "the
// Khashoggi killing" (the tagger alone: VBG, an adverbial clause whose "to"
// phrase became the killing's target); with an object it stays the verb.
TEST_F(BundledTagCorrections, ActNamedAfterItsVictim) {
  auto a = annotate({"Ankara", "passed", "recordings", "of", "the", "Khashoggi", "killing", "to", "Washington", "."});
  EXPECT_EQ(a[6].upos, kNOUN);
  EXPECT_EQ(a[6].deprel_name, "nmod");  // of the recordings, no clause
  auto b = annotate({"He", "said", "the", "Taliban", "killing", "civilians", "must", "stop", "."});
  EXPECT_NE(b[4].upos, kNOUN);  // an object follows: not retagged
}

// Progressive verbs read as nouns, and "managing" in a title (ing_words.cc).
TEST_F(BundledTagCorrections, MisreadIngWords) {
  // The tagger alone makes "shipping" a noun and "arms" the root.
  auto a = annotate({"The", "United", "States", "had", "been", "shipping", "arms", "to", "Iran", "."});
  EXPECT_EQ(a[5].xpos, "VBG");
  EXPECT_EQ(a[5].head, 0);
  EXPECT_EQ(a[6].deprel_name, "obj");
  // "managing director" is a title: "managing" an adjective, no clause.
  auto c = annotate({"IMF", "managing", "director", "Michel", "Camdessus", "said", "."});
  EXPECT_EQ(c[1].upos, kADJ);
  EXPECT_EQ(c[1].deprel_name, "amod");
  // A past participle with no base form of its own is no base-form verb after
  // "to" (the tagger alone: VB, "to slay"): "to" is the preposition, and the
  // participle before a name its adjective.
  auto s = annotate({"They", "paid", "tribute", "to", "slain", "Indian", "Prime", "Minister", "Indira", "Gandhi", "."});
  EXPECT_EQ(s[3].xpos, "IN");
  EXPECT_EQ(s[4].xpos, "JJ");
  // Before a base form "to" stays the infinitive's marker.
  auto t = annotate({"They", "wanted", "to", "free", "the", "prisoners", "."});
  EXPECT_EQ(t[2].xpos, "TO");
  // A verb right after a modal is no adjective (the tagger alone: "free" JJ).
  auto f = annotate({"It", "said", "it", "would", "free", "32", "Armenian", "servicemen", "."});
  EXPECT_EQ(f[4].upos, kVERB);
  EXPECT_EQ(f[7].deprel_name, "obj");
  // A possessive "'s" is no "is": "Mexico's financing package" keeps its noun.
  auto b = annotate({"Citibank", "said", "Mexico", "'s", "financing", "package", "was", "ready", "."});
  EXPECT_EQ(b[4].upos, kNOUN);
  // A capitalised word between a title and a name is the name (the tagger
  // alone: "Wang" NN, and "ministry" the object of "condemned").
  auto w = annotate({"Chinese", "foreign", "ministry", "spokesman", "Wang", "Wenbin", "on", "Tuesday", "condemned",
                     "Japan", "'s", "decision", "."});
  EXPECT_EQ(w[4].upos, kPROPN);
  EXPECT_EQ(w[8].head, 0);
  EXPECT_EQ(w[2].deprel_name, "compound");
  // ... also with a negation between (the tagger alone: "free" JJ, the
  // servicemen an oblique).
  auto n = annotate({"It", "said", "it", "would", "not", "free", "32", "Armenian", "servicemen", "."});
  EXPECT_EQ(n[5].upos, kVERB);
  EXPECT_EQ(n[8].deprel_name, "obj");
  // A capitalised word unseen in training is no closed-class word (the tagger
  // alone: "WHEAT" a wh-pronoun in a headline in capitals).
  auto h = annotate({"U.K.", ",", "AUSTRALIA", "OFFER", "WHEAT", "TO", "BANGLADESH"});
  EXPECT_EQ(h[4].upos, kPROPN);
  EXPECT_EQ(h[4].deprel_name, "obj");
  // A lower-case word the lexicon knows only as an adjective is no name (the
  // tagger alone: "laden" NNP, the object of "planes").
  auto l = annotate({"Turkish", "cargo", "planes", "laden", "with", "tents", "landed", "in", "Islamabad", "."});
  EXPECT_EQ(l[3].upos, kADJ);
  EXPECT_EQ(l[3].deprel_name, "amod");
  // ... but a rare function word stays one.
  auto r = annotate({"Whilst", "the", "talks", "went", "on", ",", "Iran", "waited", "."});
  EXPECT_NE(r[0].upos, kPROPN);
  // A noun read as an adjective of "today" before its verb is the subject
  // (the tagger alone: "official" JJ, "praised" VBN, no subject).
  // (The tags only: the parser may still read "today praised" as a relative
  // clause of the official, which the coder reads as the official's act.)
  auto o = annotate({"A", "top", "U.S.", "official", "today", "praised", "Haiti", "'s", "efforts", "."});
  EXPECT_EQ(o[3].upos, kNOUN);
  EXPECT_EQ(o[5].upos, kVERB);
  EXPECT_EQ(o[5].xpos, "VBD");
  // ... but "last Monday" stays a time.
  auto lm = annotate({"Iran", "said", "last", "Monday", "it", "would", "talk", "."});
  EXPECT_EQ(lm[2].upos, kADJ);
  // A past tense after a prepositional phrase's noun, before a preposition,
  // in a clause with its verb, is a participle of the noun (tagger alone:
  // "imported" VBD, an xcomp of "opened").
  auto im = annotate({"The", "Commission", "opened", "an", "investigation", "into", "electric", "vehicles", "imported",
                      "from", "China", "."});
  EXPECT_EQ(im[8].deprel_name, "acl");
  EXPECT_EQ(im[8].head, 8);
}

// Misreadings another tagger (an ensemble of four) made on newswire, each
// corrected between tagging and parsing (ing_words.cc).
TEST_F(BundledTagCorrections, MisreadingsOfOtherTaggers) {
  // "that" after a day, before a subject, is the complementizer.
  auto t = retag({"Biden", "announced", "on", "Wednesday", "that", "Washington", "would", "send", "tanks", "."},
                 {{4, {kPRON, "WDT"}}});
  EXPECT_EQ(t[4], "IN");
  // ... not before a verb ("links today that strongly indicate"), nor after
  // a determiner.
  auto r = retag({"I", "followed", "links", "today", "that", "strongly", "indicate", "it", "."}, {{4, {kPRON, "WDT"}}});
  EXPECT_EQ(r[4], "WDT");
  auto d = retag({"It", "was", "the", "Monday", "that", "he", "left", "."}, {{4, {kPRON, "WDT"}}});
  EXPECT_EQ(d[4], "WDT");
  // A base-form verb after an article, or after "a" and a hyphenated
  // modifier, is a noun.
  auto a = retag({"an", "investigation", "into", "a", "cross-border", "raid", "that", "killed", "officers", "."},
                 {{5, {kVERB, "VB"}}});
  EXPECT_EQ(a[5], "NN");
  // ... not a plural subject's verb after "the" and a noun.
  auto p = retag({"the", "numbers", "indicate", "a", "rise", "."}, {});
  EXPECT_EQ(p[2], "VBP");
  // A past form before "dead" and "set" before "fire" are verbs; "ahead" no noun.
  auto s = retag({"A", "Turkish", "police", "officer", "shot", "dead", "the", "ambassador", "."}, {{4, {kNOUN, "NN"}}});
  EXPECT_EQ(s[4], "VBD");
  auto sp = retag({"The", "ambassador", "was", "shot", "dead", "."}, {{3, {kADJ, "JJ"}}});
  EXPECT_EQ(sp[3], "VBN");
  // (With no other verb, a headline's present tense, VBP, is right too.)
  auto f = retag({"Demonstrators", "set", "fire", "to", "the", "embassy", "."}, {{1, {kADJ, "JJ"}}});
  EXPECT_TRUE(f[1] == "VBD" || f[1] == "VBP") << f[1];
  auto fv = retag({"Demonstrators", "set", "fire", "to", "the", "embassy", "that", "was", "closed", "."},
                  {{1, {kADJ, "JJ"}}});
  EXPECT_EQ(fv[1], "VBD");
  auto h = retag({"Japan", "put", "units", "on", "alert", "ahead", "of", "a", "launch", "."}, {{5, {kNOUN, "NN"}}});
  EXPECT_EQ(h[5], "RB");
}

// "military" read as an adjective between a possessive and a past form is
// the subject noun of that past tense (ing_words.cc).
TEST_F(BundledTagCorrections, PossessiveMilitaryBeforeAPastForm) {
  auto a = annotate({"Pakistan", "'s", "military", "declined", "comment", "on", "Indian", "troop", "movements", ",",
                     "Reuters", "reported", "."});
  EXPECT_EQ(a[2].upos, kNOUN);  // the tagger alone: JJ
  EXPECT_EQ(a[3].xpos, "VBD");  // the tagger alone: VBN, an amod of "comment"
  EXPECT_EQ(a[2].head, 4);      // declined
  // (The adjective stays before a noun: "Pakistan's military leaders met".)
  auto r = retag({"Pakistan", "'s", "military", "leaders", "met", "."}, {{2, {kADJ, "JJ"}}});
  EXPECT_EQ(r[2], "JJ");
}

// A participle right after a possessor's noun, before a noun phrase, in a
// sentence with no finite verb is the past tense (ing_words.cc).
TEST_F(BundledTagCorrections, ParticipleAfterAPossessorsNoun) {
  auto r = retag({"Russia", "'s", "media", "regulator", "blocked", "access", "to", "the", "website", "."},
                 {{4, {kVERB, "VBN"}}});
  EXPECT_EQ(r[4], "VBD");
  // (Not with a finite verb elsewhere: "the company's shares sold abroad rose".)
  auto f = retag({"the", "company", "'s", "shares", "sold", "abroad", "rose", "sharply", "."},
                 {{4, {kVERB, "VBN"}}, {6, {kVERB, "VBD"}}});
  EXPECT_EQ(f[4], "VBN");
}

// "to" read as a preposition after a verb that takes an infinitive, before a
// verb's base form read as a noun, is the infinitive (ing_words.cc).
TEST_F(BundledTagCorrections, InfinitiveAfterThreatened) {
  auto r = retag({"North", "Korea", "threatened", "to", "fire", "missiles", "toward", "Guam", "."},
                 {{3, {kADP, "IN"}}, {4, {kNOUN, "NN"}}});
  EXPECT_EQ(r[3], "TO");
  EXPECT_EQ(r[4], "VB");
  // (Not after another verb: "returned to work" keeps its preposition.)
  auto w = retag({"Miners", "returned", "to", "work", "on", "Monday", "."}, {{2, {kADP, "IN"}}, {3, {kNOUN, "NN"}}});
  EXPECT_EQ(w[2], "IN");
}

// "to" after an adjective of readiness ("poised", "ready") before a verb's
// base form read as a noun is the infinitive (ing_words.cc).
TEST_F(BundledTagCorrections, InfinitiveAfterPoised) {
  auto r = retag({"Washington", "is", "poised", "to", "ease", "sanctions", "on", "Myanmar", "."},
                 {{3, {kADP, "IN"}}, {4, {kNOUN, "NN"}}});
  EXPECT_EQ(r[3], "TO");
  EXPECT_EQ(r[4], "VB");
  // (Not after "due", whose "to" is mostly the preposition: "due to pressure".)
  auto n = retag({"Prices", "rose", "due", "to", "pressure", "."}, {{3, {kADP, "IN"}}, {4, {kNOUN, "NN"}}});
  EXPECT_EQ(n[3], "IN");
}

// A participle after a name is the past tense also before a trailing report
// clause, whose "said" is not the sentence's verb (ing_words.cc).
TEST_F(BundledTagCorrections, ParticipleBeforeATrailingReportClause) {
  auto r = retag({"Mexico", "extradited", "drug", "lord", "Joaquin", "Guzman", "to", "the", "United", "States", ",",
                  "the", "Foreign", "Ministry", "said", "."},
                 {{1, {kVERB, "VBN"}}, {14, {kVERB, "VBD"}}});
  EXPECT_EQ(r[1], "VBD");
  // (Not with a finite verb before the report clause: "Troops sent by
  // Mexico crossed the border, officials said".)
  auto f = retag({"Mexico", "sent", "troops", "crossed", "the", "border", ",", "officials", "said", "."},
                 {{1, {kVERB, "VBN"}}, {3, {kVERB, "VBD"}}, {8, {kVERB, "VBD"}}});
  EXPECT_EQ(f[1], "VBN");
  // (Nor when "said" opens no clause of its own at the end.)
  auto m = retag({"Mexico", "extradited", "drug", "lord", "Guzman", ",", "who", "said", "he", "was", "innocent", "."},
                 {{1, {kVERB, "VBN"}}, {7, {kVERB, "VBD"}}, {9, {kAUX, "VBD"}}});
  EXPECT_EQ(m[1], "VBN");
}

// A plural noun ending a plain noun phrase that opens the sentence, then a
// participle before a noun phrase, with no finite verb: the past tense; and
// a crowd's verb of gathering after a noun (ing_words.cc).
TEST_F(BundledTagCorrections, ParticipleAfterAnOpeningPluralAndCrowds) {
  auto r = retag({"Pakistan-based", "militants", "attacked", "hotels", "in", "Mumbai", "."},
                 {{0, {kADJ, "JJ"}}, {2, {kVERB, "VBN"}}});
  EXPECT_EQ(r[2], "VBD");
  // (Not after a preposition's noun: "talks with rebels held in Rome" keeps it.)
  auto p = retag({"Talks", "with", "rebels", "held", "in", "Rome", "."}, {{3, {kVERB, "VBN"}}});
  EXPECT_EQ(p[3], "VBN");
  auto c = retag({"Thousands", "of", "people", "rallied", "in", "Istanbul", "."}, {{3, {kVERB, "VBN"}}});
  EXPECT_EQ(c[3], "VBD");
  // (Also after one "from" or "of" phrase of the opening plural: "Gunmen
  // from the Pakistan-based Lashkar-e-Taiba attacked luxury hotels".)
  auto g = retag({"Gunmen", "from", "the", "Pakistan-based", "Lashkar-e-Taiba", "attacked", "luxury", "hotels", "."},
                 {{3, {kADJ, "JJ"}}, {4, {kNOUN, "NN"}}, {5, {kVERB, "VBN"}}});
  EXPECT_EQ(g[5], "VBD");
}

// "visiting" after a preposition or determiner, before a capitalised title,
// is an adjective (ing_words.cc).
TEST_F(BundledTagCorrections, VisitingBeforeATitle) {
  auto r = retag({"Xi", "held", "talks", "with", "visiting", "Egyptian", "President", "Sisi", "."},
                 {{4, {kVERB, "VBG"}}});
  EXPECT_EQ(r[4], "JJ");
  // (Not a gerund with an object: "with visiting the site".)
  auto g = retag({"He", "was", "charged", "with", "visiting", "the", "site", "."}, {{4, {kVERB, "VBG"}}});
  EXPECT_EQ(g[4], "VBG");
}

}  // namespace
}  // namespace dyad::parse
