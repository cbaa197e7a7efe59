// Timestamps (seconds since the epoch: SOURCE_DATE_EPOCH or the input's mtime) as UTC dates, the
// same on every machine whatever its time zone, so that rebuilding gives the same bytes.
#pragma once
#include <cstdint>
#include <ctime>
#include <string>

namespace handout {

// The calendar fields of `seconds` in UTC.
std::tm utc_fields(std::int64_t seconds);

// "2023-11-14T22:13:20Z": ISO 8601 in UTC, the W3CDTF form that XMP (PDF) and the DOCX core
// properties both use.
std::string iso8601_utc(std::int64_t seconds);

}  // namespace handout
