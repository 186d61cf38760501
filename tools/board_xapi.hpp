#pragma once
// rootcause-board, part 6: xAPI statements (a JSON array) following the MedBiquitous virtual
// patient profile (https://w3id.org/xapi/virtual-patient).
//
// IRI scheme, under the institution's base IRI (XapiIris::base):
//   challenge activity   <base>/challenges/<challenge-id>
//   case activity        <base>/cases/<case-id>
//   extensions           <base>/xapi/extensions/<name>
// Actor: `mbox` ("mailto:" + e-mail) when the results file gives an e-mail that looks valid,
// otherwise an `account` {homePage: XapiIris::homepage, name: student id}; never both (an
// Agent has exactly one identifier, and an LRS refuses two).
//
// Per student (the attempt that counts): one statement for the challenge as a whole (passed
// or failed against the challenge's mastery: weighted total, scaled, success, completion,
// duration); per counted case `initialized`, `completed` when the case reached an outcome, and
// the case's result: `passed`/`failed` with `success` where the pack gives the case a pass mark
// (case@pass), otherwise `scored` with no `success` (the mastery is for the total only).
//
// Statement ids are name-based UUIDs (RFC 4122 version 5) of the statement's own bytes (its
// compact JSON without the id) in the namespace uuid5(URL, "<base>/xapi"): the same result
// gives the same statement and id, byte for byte, so re-posting it to an LRS is harmless; a
// different result gives a different id, never a 409 Conflict. The registration is one per
// student and attempt: "registration/<challenge-id>/<challenge hash>/<student-id>/<attempt>".
// Timestamps: the challenge starts at the results file's `written` time minus the time spent
// on all cases; each case starts where the previous ended.
#include "game/grading/board_rescore.hpp"

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace rc::board {

/// The placeholder an institution replaces with its own IRIs (README, "xAPI").
inline constexpr const char* kPlaceholderBase = "https://rootcause.example";
inline constexpr const char* kPlaceholderHomepage = "https://rootcause.example/students";
inline constexpr const char* kVirtualPatientProfile = "https://w3id.org/xapi/virtual-patient";
/// The xAPI version the statements follow and the header an LRS is sent.
inline constexpr const char* kXapiVersion = "1.0.3";

/// Where the statements live: the institution's IRIs.
struct XapiIris {
    std::string base = kPlaceholderBase;         ///< no trailing '/'
    std::string homepage = kPlaceholderHomepage; ///< the system that issued the student ids
};

/// Every statement, in rank order of the students.
nlohmann::ordered_json xapiStatementArray(const Board& b, const XapiIris& iris = {});
/// The same as a pretty-printed JSON array (the --xapi file).
std::string xapiStatements(const Board& b, const XapiIris& iris = {});

/// True for an absolute http or https IRI with a host and no user info, query, fragment,
/// spaces or control characters (what a base IRI or a homePage may be); else says why.
bool isHttpIri(const std::string& s, std::string& why);
/// True when an e-mail address looks deliverable enough to be an xAPI `mbox`: one '@', a
/// local part and a dotted domain, no spaces, controls or characters a mailto IRI would need
/// escaped.
bool looksLikeEmail(const std::string& email);

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
