#include "game/cli/man_page.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <iostream>
#include <sstream>
#include <vector>

namespace rc {

namespace {

/// Text made safe for roff: backslashes and hyphens escaped, no line opening with a control
/// character, runs of white space (the help text's line breaks) made single spaces.
std::string roff(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ', space = false;
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else if (c == '"')
            out += "\\(dq";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string upper(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

/// The description without a leading "name: " (tools open their description with their name).
std::string body(const CLI::App& app) {
    std::string d = app.get_description();
    const std::size_t colon = d.find(": ");
    if (colon != std::string::npos && colon < 24 && d.find('\n') > colon) d = d.substr(colon + 2);
    return d;
}

/// The first sentence of the description, without its full stop.
std::string summary(const std::string& description) {
    std::size_t end = description.size();
    for (const char* stop : {". ", ".\n", "\n\n"})
        end = std::min(end, description.find(stop));
    std::string s = description.substr(0, end);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

/// The description's paragraphs (separated by an empty line), each as one roff paragraph.
void paragraphs(std::ostream& out, const std::string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        const std::string p = roff(text.substr(start, end - start));
        if (!p.empty()) out << ".PP\n" << p << "\n";
        start = end + 2;
    }
}

} // namespace

std::string manPage(const CLI::App& app, int section, const std::string& version,
                    bool findsContent) {
    std::string name = app.get_name();
    if (const std::size_t slash = name.rfind('/'); slash != std::string::npos)
        name = name.substr(slash + 1);
    const std::string description = body(app);
    const CLI::Formatter fmt;
    std::ostringstream out;
    out << ".TH " << upper(roff(name)) << " " << section << " \"\" \"" << roff(name + " " + version)
        << "\" \"" << (section == 6 ? "Games" : "User Commands") << "\"\n";
    out << ".SH NAME\n" << roff(name) << " \\- " << roff(summary(description)) << "\n";

    std::vector<const CLI::Option*> positionals, options;
    for (const CLI::Option* o : app.get_options()) {
        if (o->get_group().empty()) continue; // hidden (as in --help)
        (o->get_positional() ? positionals : options).push_back(o);
    }
    out << ".SH SYNOPSIS\n.B " << roff(name) << "\n";
    if (!options.empty()) out << "[\\fIOPTIONS\\fR]\n";
    for (const CLI::Option* p : positionals)
        out << (p->get_required() ? "\\fI" : "[\\fI") << roff(upper(p->get_name())) << "\\fR"
            << (p->get_expected_max() > 1 ? " ..." : "") << (p->get_required() ? "" : "]") << "\n";
    out << ".SH DESCRIPTION\n";
    paragraphs(out, description);

    auto item = [&](const CLI::Option* o, bool positional) {
        out << ".TP\n\\fB" << roff(fmt.make_option_name(o, positional)) << "\\fR";
        if (const std::string opts = fmt.make_option_opts(o); !opts.empty())
            out << " \\fI" << roff(opts) << "\\fR";
        out << "\n"
            << roff(o->get_description().empty() ? "(no description)" : o->get_description())
            << "\n";
    };
    if (!positionals.empty()) {
        out << ".SH ARGUMENTS\n";
        for (const CLI::Option* p : positionals)
            item(p, true);
    }
    if (!options.empty()) {
        out << ".SH OPTIONS\n";
        for (const CLI::Option* o : options)
            item(o, false);
    }
    if (findsContent) {
        out << ".SH CONTENT\n"
            << roff("The content folder (catalog/, cases/, challenges/) is the first of:") << "\n"
            << ".IP 1. 4\n"
            << roff("the folder given on the command line;") << "\n.IP 2. 4\n"
            << ".B ROOTCAUSE_CONTENT\n"
            << roff("in the environment;") << "\n.IP 3. 4\n"
            << roff("../share/rootcause/content beside the folder of the executable (an installed "
                    "game);")
            << "\n.IP 4. 4\n"
            << roff("rootcause/content in each folder of $XDG_DATA_DIRS (default "
                    "/usr/local/share:/usr/share);")
            << "\n.IP 5. 4\n"
            << roff("the source tree's content/, for a build run in place.") << "\n.PP\n"
            << roff("--help shows which was found.") << "\n";
    }
    out << ".SH SEE ALSO\n"
        << roff("rootcause(6), rootcause-lint(1), rootcause-replay(1), rootcause-board(1), "
                "rootcause-pack(1), rootcause-genresults(1), rootcause-host(1), "
                "rootcause-classbots(1)")
        << "\n";
    return out.str();
}

void addManFlag(CLI::App& app, int section, const std::string& version, bool findsContent) {
    app.add_flag_callback(
           "--man",
           [&app, section, version, findsContent] {
               std::cout << manPage(app, section, version, findsContent);
               throw CLI::Success();
           },
           "Print this program's manual page (roff) and exit")
        ->group("");
}

} // namespace rc
