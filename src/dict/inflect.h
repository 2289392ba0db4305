// English verb and noun inflection for dictionary entries (regular forms only;
// irregular forms come from the dictionaries). Thread-safe.
#pragma once

#include <string>
#include <vector>

namespace dyad::dict {

// "urge" -> urges, urged, urging; "try" -> tries, tried, trying.
std::vector<std::string> RegularVerbForms(const std::string& lemma);
// "minister" -> ministers; "ally" -> allies; "bus" -> buses.
std::string RegularPlural(const std::string& noun);

}  // namespace dyad::dict
