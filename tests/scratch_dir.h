// A per-process scratch directory under the system temp directory, removed
// when the test process exits. ctest runs every test case in its own process,
// so without the cleanup each run left one directory per case behind in /tmp.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>

namespace dyad::testing {

class ScratchDirs {
 public:
  ~ScratchDirs() {
    std::error_code ec;  // best effort: a failed removal must not fail the test
    for (const auto& [tag, dir] : dirs_) std::filesystem::remove_all(dir, ec);
  }
  const std::filesystem::path& Get(const std::string& tag) {
    auto it = dirs_.find(tag);
    if (it == dirs_.end()) {
      auto d = std::filesystem::temp_directory_path() / ("dyad_" + tag + "_" + std::to_string(::getpid()));
      std::filesystem::create_directories(d);
      it = dirs_.emplace(tag, std::move(d)).first;
    }
    return it->second;
  }

 private:
  std::map<std::string, std::filesystem::path> dirs_;
};

// The directory for `tag` ("dyad_<tag>_<pid>"), created on first use.
inline std::filesystem::path ScratchDir(const std::string& tag) {
  static ScratchDirs dirs;
  return dirs.Get(tag);
}

}  // namespace dyad::testing
