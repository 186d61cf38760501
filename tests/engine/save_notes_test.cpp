// The student's notes in the autosave: they round-trip exactly (blank lines, spaces, tabs, any
// script), an autosave written before notes existed still loads, and notes are hostile input on
// load: too long, invalid UTF-8, a control character, a carriage return inside a line or a
// bidirectional override each refuses the save with a diagnostic naming the notes.
#include "game/engine/autosave.hpp"

#include <doctest/doctest.h>

using namespace rc;

namespace {

SavedGame twoQuestions() {
    SavedGame g;
    g.caseId = "knee-l3-disc";
    g.seed = 3;
    g.player = "Notes Test";
    for (const char* q : {"onset", "bladder-bowel"}) {
        Action a;
        a.verb = Verb::Ask;
        a.args = {q};
        g.log.actions.push_back(a);
    }
    return g;
}

/// A save's text whose notes are `raw`, written as they would be by hand (no checks).
std::string withRawNotes(const std::string& raw) {
    std::string text = formatSavedGame(twoQuestions());
    const std::size_t end = text.rfind("# end");
    return text.substr(0, end) + "#| " + raw + "\n# end\n";
}

/// The diagnostics of loading `text`, or "" when it loads.
std::string refusal(const std::string& text) {
    Diagnostics d;
    auto g = parseSavedGame("s.log", text, d);
    return g ? std::string() : d.str();
}

} // namespace

TEST_CASE("notes round-trip through the autosave exactly") {
    SavedGame g = twoQuestions();
    g.notes = "Pain front of knee, worse sitting.\n\n  indented\twith a tab\nL3? ✓ Größe 疼痛\n";
    Diagnostics d;
    auto back = parseSavedGame("s.log", formatSavedGame(g), d);
    REQUIRE(back);
    CHECK(back->notes == g.notes);
    CHECK(back->log.actions.size() == 2);
    // The notes are not actions and not header fields.
    CHECK(back->log.header.count("notes") == 0);
    CHECK(formatActionLog(back->log).find("Pain front") == std::string::npos);
}

TEST_CASE("notes that look like save lines stay notes") {
    SavedGame g = twoQuestions();
    g.notes = "# end\nask onset\n# actions: 9\ncase: other";
    Diagnostics d;
    auto back = parseSavedGame("s.log", formatSavedGame(g), d);
    REQUIRE(back);
    CHECK(back->notes == g.notes);
    CHECK(back->log.actions.size() == 2);
    CHECK(back->caseId == "knee-l3-disc");
}

TEST_CASE("an autosave written before notes existed still loads, with no notes") {
    const std::string old = "# rootcause action log\n# actions: 1\n# case: knee-l3-disc\n"
                            "# mode: practice\n# seed: 3\nask onset\n# end\n";
    Diagnostics d;
    auto g = parseSavedGame("old.log", old, d);
    REQUIRE(g);
    CHECK(g->notes.empty());
    CHECK(g->log.actions.size() == 1);
    CHECK(formatSavedGame(*g).find("#|") == std::string::npos);
}

TEST_CASE("notes at the size limit load and one byte more is refused") {
    std::string full(kMaxNotesBytes, 'a');
    CHECK(refusal(withRawNotes(full)).empty());
    const std::string why = refusal(withRawNotes(full + "a"));
    CHECK(why.find("bad-notes") != std::string::npos);
    CHECK(why.find("longer than") != std::string::npos);
}

TEST_CASE("notes with invalid UTF-8 are refused") {
    for (const std::string& bad : {std::string("caf\xC3"), std::string("\xFF\xFE"),
                                   std::string("over\xC0\xAFlong"), std::string("\xED\xA0\x80")}) {
        const std::string why = refusal(withRawNotes(bad));
        CHECK(why.find("bad-notes") != std::string::npos);
        CHECK(why.find("invalid UTF-8") != std::string::npos);
    }
}

TEST_CASE("notes with a control character other than newline or tab are refused") {
    for (const std::string& bad :
         {std::string("bell\x07"), std::string("esc\x1b[2J"), std::string("nul") + '\0' + "x",
          std::string("del\x7f"), std::string("c1\xC2\x9B")}) {
        const std::string why = refusal(withRawNotes(bad));
        CHECK(why.find("bad-notes") != std::string::npos);
        CHECK(why.find("control character") != std::string::npos);
    }
    // A carriage return inside a line (not a CRLF line end) too.
    const std::string why = refusal(withRawNotes("a\rb"));
    CHECK(why.find("control character") != std::string::npos);
    // Tabs are fine; a CRLF file's line ends are line ends.
    CHECK(refusal(withRawNotes("a\tb")).empty());
    CHECK(refusal(withRawNotes("crlf\r")).empty());
}

TEST_CASE("notes with a bidirectional override are refused") {
    const std::string why = refusal(withRawNotes("name \xE2\x80\xAE"
                                                 "evil"));
    CHECK(why.find("bad-notes") != std::string::npos);
    CHECK(why.find("bidirectional") != std::string::npos);
}

TEST_CASE("notesAcceptable checks what the game would save") {
    std::string why;
    CHECK(notesAcceptable("two\nlines\tand a tab", why));
    CHECK_FALSE(notesAcceptable(std::string(kMaxNotesBytes + 1, 'x'), why));
    CHECK_FALSE(notesAcceptable("a\rb", why));
    CHECK_FALSE(notesAcceptable("\x01", why));
}
