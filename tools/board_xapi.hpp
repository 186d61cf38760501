#pragma once
// rootcause-board, part 6: xAPI statements (a JSON array) following the MedBiquitous virtual
// patient profile (https://w3id.org/xapi/virtual-patient).
//
// IRI scheme (stable; kIriBase is an example.org-style domain an institution may replace with its own):
//   case activity        https://rootcause.example/cases/<case-id>
//   challenge activity   https://rootcause.example/challenges/<challenge-id>
//   actor account        homePage https://rootcause.example/students, name = student id
//   extensions           https://rootcause.example/xapi/extensions/<name>
// Statement ids are name-based UUIDs (RFC 4122 version 5, SHA-1) in the namespace
// uuid5(URL, "https://rootcause.example/xapi"), named "statement/<challenge-id>/<challenge
// hash>/<student-id>/<case-id>/<verb>"; the registration is "registration/<challenge-id>/
// <challenge hash>/<student-id>". The same results give the same statements, byte for byte.
// Timestamps: the challenge starts at the results file's `written` time minus the time spent
// on all cases; each case starts where the previous ended.
#include <array>
#include <cstdint>
#include <string>

#include "tools/board_rescore.hpp"

namespace rc::board {

inline constexpr const char* kIriBase = "https://rootcause.example";
inline constexpr const char* kVirtualPatientProfile = "https://w3id.org/xapi/virtual-patient";

/// Every statement, as a pretty-printed JSON array.
std::string xapiStatements(const Board& b);

/// SHA-1 of some bytes (for name-based UUIDs).
std::array<std::uint8_t, 20> sha1(const std::string& bytes);
/// RFC 4122 version 5 UUID of `name` in namespace `ns` (a UUID in text form).
std::string uuid5(const std::string& ns, const std::string& name);
/// ISO 8601 duration, e.g. 612.5 s -> "PT10M12.5S".
std::string isoDuration(double seconds);
/// Seconds since 1970 of an ISO 8601 UTC time ("2026-03-02T09:00:00Z"); false if malformed.
bool parseIsoTime(const std::string& s, double& epochSeconds);
/// ISO 8601 UTC time with milliseconds ("2026-03-02T09:00:00.000Z").
std::string isoTime(double epochSeconds);

} // namespace rc::board
