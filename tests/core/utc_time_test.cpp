// Timestamps as UTC dates, whatever the machine's time zone.
#include <catch2/catch.hpp>

#include "core/utc_time.hpp"

TEST_CASE("utc time: ISO 8601 and calendar fields in UTC", "[core][time]") {
  CHECK(handout::iso8601_utc(1700000000) == "2023-11-14T22:13:20Z");
  CHECK(handout::iso8601_utc(0) == "1970-01-01T00:00:00Z");
  const std::tm tm = handout::utc_fields(1700000000);
  CHECK(tm.tm_year + 1900 == 2023);
  CHECK(tm.tm_mon + 1 == 11);
  CHECK(tm.tm_mday == 14);
  CHECK(tm.tm_hour == 22);
}
