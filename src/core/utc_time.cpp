#include "core/utc_time.hpp"

namespace handout {

std::tm utc_fields(std::int64_t seconds) {
  const auto t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

std::string iso8601_utc(std::int64_t seconds) {
  const std::tm tm = utc_fields(seconds);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace handout
