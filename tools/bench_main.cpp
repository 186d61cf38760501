// rootcause-bench: the headless benchmarks behind tools/bench. Each figure is measured
// several times; the median and the spread (min..max) are printed and written as JSON.
#include "game/body/exam_sim.hpp"
#include "game/engine/atomic_file.hpp"
#include "game/engine/content.hpp"
#include "game/engine/content_locate.hpp"
#include "game/engine/file_read.hpp"
#include "game/engine/scoring.hpp"
#include "tools/bench_stats.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <tinyxml2.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

/// Writes a pack of `n` cases made from the bundled ones (new ids), with the catalogue.
std::uint64_t writePack(const rc::Content& src, const std::string& dir, int n) {
    fs::remove_all(dir);
    fs::create_directories(dir + "/cases");
    fs::copy(src.dir + "/catalog", dir + "/catalog", fs::copy_options::recursive);
    fs::copy_file(src.dir + "/references.xml", dir + "/references.xml");
    fs::copy_file(src.dir + "/scoring.xml", dir + "/scoring.xml");
    std::uint64_t bytes = 0;
    for (int i = 0; i < n; ++i) {
        const rc::Case& c = src.cases[static_cast<std::size_t>(i) % src.cases.size()];
        std::string text;
        if (rc::FileError why; !rc::readFile(c.file, rc::FileKind::Content, text, why))
            throw std::runtime_error(c.file + ": " + why.message);
        std::string id = c.id + "-" + std::to_string(i);
        std::size_t at = text.find("id=\"" + c.id + "\"");
        if (at != std::string::npos) text.replace(at, c.id.size() + 5, "id=\"" + id + "\"");
        std::ofstream(dir + "/cases/" + id + ".xml", std::ios::binary) << text;
        bytes += text.size();
    }
    return bytes;
}

/// Reads what a parse delivers: every element's name, attribute values and texts. XML 1.0 makes
/// line-end normalisation and entity decoding part of parsing (§2.11, §4.6); TinyXML-2 defers
/// both to the first read of each value, so Parse() alone leaves that part of the parse undone
/// and any program that uses the document pays it later. Returns a checksum of first bytes.
unsigned readAll(const tinyxml2::XMLNode* node) {
    unsigned sum = 0;
    for (const tinyxml2::XMLNode* n = node->FirstChild(); n; n = n->NextSibling()) {
        if (const tinyxml2::XMLElement* e = n->ToElement()) {
            sum += static_cast<unsigned char>(e->Name()[0]);
            for (const tinyxml2::XMLAttribute* a = e->FirstAttribute(); a; a = a->Next())
                sum += static_cast<unsigned char>(a->Value()[0]);
            sum += readAll(e);
        } else if (const tinyxml2::XMLText* t = n->ToText()) {
            sum += static_cast<unsigned char>(t->Value()[0]);
        }
    }
    return sum;
}

} // namespace

int main(int argc, char** argv) {
    rc::setExecutablePath(argv[0]);
    CLI::App app{"rootcause-bench: headless benchmarks (content loading, replay, physics)."};
    std::string contentDir, json, work = "build/bench";
    int repeats = 7;
    const rc::ContentLocation found = rc::locateContent();
    app.add_option("--content", contentDir,
                   "content folder (default: the one found at run time, below)");
    app.add_option("--json", json, "also write the figures to this JSON file");
    app.add_option("--work", work, "scratch folder for generated packs (default build/bench)");
    app.add_option("--repeats", repeats, "measurements per figure (default 7)")->check(CLI::Range(3, 100));
    app.footer("Content found: " + found.describe());
    app.set_version_flag("--version", std::string("rootcause-bench ") + rc::kVersion);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e); // prints help, version or the error
        return code == 0 ? 0 : 2; // bad usage: exit status 2
    }

    if (contentDir.empty()) contentDir = found.dir;
    rc::bench::Report report;
    rc::Diagnostics diags;
    rc::Content content = rc::loadContent(contentDir, diags);
    if (diags.hasErrors() || content.cases.empty()) {
        std::cerr << diags.str() << "rootcause-bench: the content does not load\n";
        return 1;
    }

    // 1. Load and validate all bundled content.
    report.add("content_load_ms", "load + validate bundled content", "ms", 50, true,
               rc::bench::measure(repeats, [&] {
                   rc::Diagnostics d;
                   auto t = Clock::now();
                   rc::Content c = rc::loadContent(contentDir, d);
                   return secondsSince(t) * 1000;
               }));

    // 2. A generated pack of 1,000 cases: loader throughput against TinyXML-2 parsing the same
    // files. The budget's reference is the complete parse (every value read once, which is
    // when TinyXML-2 decodes it); the lazy one, Parse() alone, is shown beside it.
    std::string pack = work + "/pack";
    double mb = writePack(content, pack, 1000) / 1e6;
    std::vector<std::string> files = rc::xmlFilesIn(pack + "/cases");
    unsigned checksum = 0;
    auto parseAll = [&](bool complete) {
        auto t = Clock::now();
        for (const auto& f : files) {
            std::string text;
            if (rc::FileError why; !rc::readFile(f, rc::FileKind::Content, text, why))
                throw std::runtime_error(f + ": " + why.message);
            tinyxml2::XMLDocument doc;
            doc.Parse(text.data(), text.size());
            if (complete) checksum += readAll(&doc);
        }
        return mb / secondsSince(t);
    };
    auto lazy = rc::bench::measure(repeats, [&] { return parseAll(false); });
    auto parsed = rc::bench::measure(repeats, [&] { return parseAll(true); });
    auto full = rc::bench::measure(repeats, [&] {
        rc::Diagnostics d;
        auto t = Clock::now();
        rc::Content c = rc::loadContent(pack, d);
        return mb / secondsSince(t);
    });
    if (checksum == 0) std::cerr << "rootcause-bench: the pack parsed to nothing\n";
    report.add("pack_lazy_parse_mbps", "1,000-case pack: TinyXML-2 Parse() alone", "MB/s", 0, false, lazy);
    report.add("pack_parse_mbps", "1,000-case pack: TinyXML-2 parse, values read", "MB/s", 0, false,
               parsed);
    report.add("pack_load_mbps", "1,000-case pack: load + validate", "MB/s", parsed.median / 2, false, full);
    auto ratio = [](double r) { return rc::bench::Stats{r, r, r, 1}; };
    report.add("pack_load_over_parse", "  load / parse with values read (budget >= 0.5)", "x", 0, false,
               ratio(full.median / parsed.median));
    report.add("pack_load_over_lazy_parse", "  load / Parse() alone", "x", 0, false,
               ratio(full.median / lazy.median));

    // 3. Headless replay of expert paths (one core).
    auto replay = rc::bench::measure(repeats, [&] {
        long sessions = 0;
        auto t = Clock::now();
        while (secondsSince(t) < 0.3) {
            for (const auto& c : content.cases) {
                rc::Session s(c, content.catalog, 1);
                for (const auto& a : c.expert) s.apply(a);
                rc::Score sc = rc::scoreSession(s, s.ledger());
                (void)sc;
                ++sessions;
            }
        }
        return sessions / secondsSince(t);
    });
    report.add("replay_sessions_per_s", "headless replay + scoring of expert paths", "sessions/s", 10000, false, replay);

    // 4. One Box2D step of the examination body.
    auto step = rc::bench::measure(repeats, [&] {
        rc::body::ManoeuvreSpec spec;
        spec.manoeuvre = rc::body::Manoeuvre::slr;
        spec.onsetDeg = 45;
        rc::body::ExamSimulation sim(spec);
        const int n = 3000;
        auto t = Clock::now();
        for (int i = 0; i < n; ++i) {
            sim.push(i % 400 < 200 ? 1.0 : -1.0);
            sim.step();
        }
        return secondsSince(t) / n * 1e6;
    });
    report.add("body_step_us", "one Box2D step of the examination body", "\xC2\xB5s", 50, true, step);

    report.print(std::cout);
    if (!json.empty()) {
        std::string err;
        if (!rc::writeFileAtomically(json, report.json().dump(2) + "\n", err)) {
            std::cerr << "rootcause-bench: " << err << "\n";
            return 1;
        }
    }
    return report.allWithinBudget() ? 0 : 3;
}
