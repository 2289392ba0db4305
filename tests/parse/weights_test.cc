// SparseWeights keeps long runs as dense rows at load time; the sums must be
// exactly those of the sparse entries, for short runs, long runs, unknown keys
// and after a serialisation round trip.
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "parse/weights.h"

namespace dyad::parse {
namespace {

constexpr int kClasses = 103;  // the parser's action count: not a multiple of 16

// Reference: the same model as plain dense float rows.
struct Reference {
  std::vector<uint64_t> keys;
  std::vector<std::vector<float>> rows;
};

SparseWeights Build(Reference* ref) {
  std::mt19937_64 rng(7);
  SparseWeights w;
  w.Reset(kClasses, 1.0f);
  for (int f = 0; f < 400; ++f) {
    const uint64_t key = rng() | 1;
    // Run lengths from 1 to all classes, so both representations occur.
    const int count = 1 + f % kClasses;
    std::vector<uint8_t> cls;
    std::vector<float> wt;
    std::vector<float> row(kClasses, 0.0f);
    for (int c = 0; c < kClasses && static_cast<int>(cls.size()) < count; c += 1 + (f % 3 == 0)) {
      const float v = static_cast<float>(static_cast<int>(rng() % 2001) - 1000);
      if (v == 0) continue;
      cls.push_back(static_cast<uint8_t>(c));
      wt.push_back(v);
      row[c] = v;
    }
    w.AddFeature(key, cls.data(), wt.data(), static_cast<int>(cls.size()));
    ref->keys.push_back(key);
    ref->rows.push_back(row);
  }
  w.Finish();
  return w;
}

void ExpectSameSums(const SparseWeights& w, const Reference& ref) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<uint64_t> feats;
    std::vector<float> want(kClasses, 0.0f);
    for (int i = 0; i < 60; ++i) {
      if (i % 7 == 0) {
        feats.push_back(rng() | 1);  // unknown key: adds nothing
        continue;
      }
      const size_t f = rng() % ref.keys.size();
      feats.push_back(ref.keys[f]);
      for (int c = 0; c < kClasses; ++c) want[c] += ref.rows[f][c];
    }
    std::vector<float> got(w.score_capacity(), 0.0f);
    w.Accumulate(feats.data(), static_cast<int>(feats.size()), got.data());
    for (int c = 0; c < kClasses; ++c) ASSERT_EQ(got[c], want[c]) << "class " << c << " trial " << trial;
    for (int c = kClasses; c < w.score_capacity(); ++c) ASSERT_EQ(got[c], 0.0f) << "padding lane " << c;
  }
}

TEST(SparseWeights, DenseRowsSumExactlyLikeSparseRuns) {
  Reference ref;
  const SparseWeights w = Build(&ref);
  EXPECT_GE(w.score_capacity(), kClasses);
  EXPECT_EQ(w.score_capacity() % 16, 0);
  EXPECT_GT(w.num_dense_rows(), 0u);
  EXPECT_LT(w.num_dense_rows(), w.num_features());
  ExpectSameSums(w, ref);
}

TEST(SparseWeights, RoundTripRebuildsTheSameTables) {
  Reference ref;
  const SparseWeights w = Build(&ref);
  ByteWriter out;
  w.Write(&out);
  SparseWeights back;
  ByteReader in(out.bytes());
  ASSERT_TRUE(back.Read(&in));
  EXPECT_EQ(back.num_dense_rows(), w.num_dense_rows());
  ExpectSameSums(back, ref);
}

// The sum of two tables scores every feature set as the two tables together
// (the ensemble of two greedy models), keys of one member included.
TEST(SparseWeights, SumScoresAsItsMembersTogether) {
  SparseWeights a, b;
  a.Reset(kClasses, 0.5f);
  b.Reset(kClasses, 2.0f);
  const uint8_t c01[] = {0, 1}, c1[] = {1}, c102[] = {102};
  const float wa[] = {3.0f, -4.0f}, wb[] = {8.0f}, wc[] = {-6.0f};
  a.AddFeature(10, c01, wa, 2);    // shared key
  b.AddFeature(10, c1, wb, 1);
  a.AddFeature(20, c102, wc, 1);   // only in a
  b.AddFeature(30, c01, wa, 2);    // only in b (rounds to units of 2: 4, -4)
  a.Finish();
  b.Finish();
  SparseWeights sum;
  ASSERT_TRUE(SparseWeights::Sum({&a, &b}, &sum));
  EXPECT_EQ(sum.num_features(), 3u);
  const uint64_t feats[] = {10, 20, 30, 99};
  std::vector<float> got(sum.score_capacity(), 0.0f);
  sum.Accumulate(feats, 4, got.data());
  std::vector<float> want(kClasses, 0.0f);
  want[0] = 3 + 4;
  want[1] = -4 + 8 - 4;
  want[102] = -6;
  for (int c = 0; c < kClasses; ++c) EXPECT_NEAR(got[c] * sum.scale(), want[c], 1e-3) << "class " << c;
  SparseWeights other;
  other.Reset(kClasses - 1, 1.0f);
  other.Finish();
  EXPECT_FALSE(SparseWeights::Sum({&a, &other}, &sum));
}

}  // namespace
}  // namespace dyad::parse
