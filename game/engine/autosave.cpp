#include "game/engine/autosave.hpp"

#include "game/engine/atomic_file.hpp"
#include "game/engine/content_text.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/xml_reader.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace rc {

namespace {
constexpr std::string_view kNoteMark = "#| ";

} // namespace

std::string formatNoteLines(const std::string& notes) {
    if (notes.empty()) return {};
    std::string out;
    std::size_t from = 0;
    while (true) {
        const std::size_t eol = notes.find('\n', from);
        const std::string_view line =
            std::string_view(notes).substr(from, eol == std::string::npos ? eol : eol - from);
        out += line.empty() ? std::string("#|") : std::string(kNoteMark) + std::string(line);
        out += '\n';
        if (eol == std::string::npos) break;
        from = eol + 1;
    }
    return out;
}

std::string readNoteLines(std::string_view text) {
    std::string notes;
    bool any = false;
    for (std::size_t from = 0; from < text.size();) {
        std::size_t eol = text.find('\n', from);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(from, eol - from);
        from = eol + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.substr(0, 2) != "#|") continue;
        line.remove_prefix(2);
        if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        if (any) notes += '\n';
        notes.append(line.data(), line.size());
        any = true;
        if (notes.size() > kMaxNotesBytes) break; // refused by notesAcceptable; read no further
    }
    return notes;
}

bool notesAcceptable(std::string_view notes, std::string& why) {
    if (notes.size() > kMaxNotesBytes) {
        why = "the notes are longer than " + std::to_string(kMaxNotesBytes / 1024) + " KiB";
        return false;
    }
    const char* what = nullptr;
    const std::size_t at = firstNotPlain(notes, what);
    if (at != std::string_view::npos) {
        why = std::string("the notes hold ") + what + " at byte " + std::to_string(at);
        return false;
    }
    const std::size_t cr = notes.find('\r');
    if (cr != std::string_view::npos) {
        why = "the notes hold a control character at byte " + std::to_string(cr);
        return false;
    }
    return true;
}

std::string formatSavedGame(const SavedGame& g) {
    ActionLog log = g.log;
    log.header.clear();
    log.header["case"] = g.caseId;
    if (!g.caseFile.empty()) log.header["case-file"] = g.caseFile;
    log.header["seed"] = std::to_string(g.seed);
    if (!g.player.empty()) log.header["player"] = g.player;
    log.header["mode"] = g.mode;
    log.header["actions"] = std::to_string(g.log.actions.size());
    return formatActionLog(log) + formatNoteLines(g.notes) + "# end\n";
}

std::optional<SavedGame> parseSavedGame(const std::string& path, const std::string& text,
                                        Diagnostics& diags) {
    int before = diags.errorCount();
    ActionLog log = parseActionLog(text, path, diags);
    SavedGame g;
    auto field = [&](const char* k) -> std::string {
        auto it = log.header.find(k);
        return it == log.header.end() ? std::string() : it->second;
    };
    g.caseId = field("case");
    g.caseFile = field("case-file");
    g.player = field("player");
    g.mode = field("mode").empty() ? "practice" : field("mode");
    if (g.caseId.empty() || !isValidId(g.caseId))
        diags.error(path, 1, 0, "bad-save", "the save does not name a case");
    std::string seed = field("seed");
    char* end = nullptr;
    g.seed = std::strtoull(seed.c_str(), &end, 10);
    if (seed.empty() || *end != '\0')
        diags.error(path, 1, 0, "bad-save", "the save has no valid seed");
    // A save ends with "# end" and states its action count: a cut-off file is caught.
    std::string count = field("actions");
    std::size_t tail = text.find_last_not_of("\n ");
    bool ended = tail != std::string::npos && tail >= 4 && text.compare(tail - 4, 5, "# end") == 0;
    if (!ended || count != std::to_string(log.actions.size()))
        diags.error(path, 0, 0, "truncated-save", "the save is incomplete (it was cut off)");
    if (g.mode != "practice" && g.mode != "exam")
        diags.error(path, 1, 0, "bad-save", "unknown mode '" + g.mode + "'");
    g.notes = readNoteLines(text);
    std::string why;
    if (!notesAcceptable(g.notes, why)) diags.error(path, 0, 0, "bad-notes", why);
    if (diags.errorCount() > before) return std::nullopt;
    g.log = log;
    return g;
}

std::string userDataDir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/rootcause";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/rootcause";
}

std::string expandHome(const std::string& path) {
    if (path != "~" && path.rfind("~/", 0) != 0) return path;
    const char* home = std::getenv("HOME");
    if (!home || !*home) return path;
    return std::string(home) + path.substr(1);
}

bool writeSavedGame(const std::string& path, const SavedGame& g, std::string& error) {
    std::error_code ec;
    fs::path dir = fs::path(path).parent_path();
    if (!dir.empty()) fs::create_directories(dir, ec);
    return writeFileAtomically(path, formatSavedGame(g), error);
}

LoadStatus loadSavedGame(const std::string& path, std::optional<SavedGame>& out, Diagnostics& diags,
                         std::string* setAside) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return LoadStatus::Missing;
    std::string text;
    Diagnostics local;
    FileError why;
    if (readFile(path, FileKind::Save, text, why))
        out = parseSavedGame(path, text, local);
    else
        local.error(path, 0, 0, "bad-save", "the save " + why.message);
    if (out) return LoadStatus::Loaded;
    diags.append(local);
    for (int n = 1; n < 1000; ++n) {
        std::string aside = path + ".corrupt-" + std::to_string(n);
        if (fs::exists(aside, ec)) continue;
        fs::rename(path, aside, ec);
        if (!ec && setAside) *setAside = aside;
        break;
    }
    return LoadStatus::Corrupt;
}

} // namespace rc
