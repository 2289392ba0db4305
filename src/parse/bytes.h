// Little-endian binary writer/reader for the model file (docs/formats/parser-model.md).
// The reader checks bounds and reports truncation as a Status. Not thread-safe
// per instance.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "dyad/status.h"

namespace dyad::parse {

static_assert(std::endian::native == std::endian::little,
              "the model format is little-endian; add byte swapping for this host");

class ByteWriter {
 public:
  template <class T>
  void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const char* p = reinterpret_cast<const char*>(&v);
    out_.append(p, sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }
  template <class T, class A>
  void PutArray(const std::vector<T, A>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  template <class T>
  bool Get(T* v) {
    if (data_.size() - pos_ < sizeof(T)) return Fail();
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t n = 0;
    if (!Get(&n) || data_.size() - pos_ < n) return Fail();
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <class T, class A>
  bool GetArray(std::vector<T, A>* v) {
    uint64_t n = 0;
    if (!Get(&n) || n > (data_.size() - pos_) / sizeof(T)) return Fail();
    v->resize(n);
    // An empty vector's data() may be null, and memcpy from/to null is undefined
    // even for 0 bytes (an empty lexicon map is a normal model section).
    if (n > 0) std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  bool failed() const { return failed_; }
  size_t pos() const { return pos_; }
  bool at_end() const { return pos_ == data_.size(); }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace dyad::parse
