// rootcause-board: the HTML report in a real browser, headless Chromium. The report must not
// scroll sideways at 1280 or 800 px whatever the students typed (a megabyte-long name, markup,
// right-to-left text, long ids and file names), and the pass-mark label must overlap no bar.
//
// How it measures, without touching the report: the test writes a small page of its own that
// loads the report in an <iframe> of the width under test and, once loaded, writes the
// iframe's scrollWidth and clientWidth (and any element reaching past the right edge) into its
// own DOM; `chromium --dump-dom` prints that DOM. --allow-file-access-from-files lets a file://
// page read a file:// iframe's document. The report itself stays script-free.
// Without Chromium the tests print "SKIPPED: chromium missing" (CTest reports them skipped);
// tools/test installs it (tools/lib/setup.sh, rc_chromium).
#include "game/grading/board_items.hpp"
#include "tests/tools/board_testutil.hpp"
#include "tools/board_html.hpp"

#include <doctest/doctest.h>
#include <memory>
#include <regex>
#include <vector>

using namespace boardtest;

namespace {

/// The Chromium command, "" when none is installed.
std::string chromium() {
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"})
        if (run(std::string("command -v ") + name).status == 0) return name;
    return "";
}

/// Loads `page` (a file) headless at the given window width and returns the DOM after load.
/// Each run has its own profile folder: CTest runs tests in parallel.
std::string dumpDom(const std::string& browser, const std::string& page, int width,
                    const std::string& profile) {
    RunResult r = run(
        "timeout 180 " + browser +
        " --headless=new --no-sandbox --disable-gpu --no-first-run --allow-file-access-from-files"
        " --virtual-time-budget=10000 --user-data-dir=" +
        quote(profile) + " --window-size=" + std::to_string(width) + ",1000 --dump-dom " +
        quote("file://" + page) + " 2>/dev/null");
    return r.output;
}

/// The text of <pre id="result">…</pre> in a dumped DOM ("" if the script never ran).
std::string resultOf(const std::string& dom) {
    std::smatch m;
    std::regex re(R"re(<pre id="result">([^<]*)</pre>)re");
    return std::regex_search(dom, m, re) ? m[1].str() : "";
}

struct Width {
    int scroll = -1, client = -1, past = -1; ///< past: elements reaching beyond the right edge
    std::string first;                       ///< the first of them, for the failure message
};

/// The report at `width` px: the measuring page loads it in an iframe that wide.
Width measure(const std::string& browser, const std::string& dir, const std::string& report,
              int width) {
    std::string page = dir + "/measure-" + std::to_string(width) + ".html";
    spit(page, R"(<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" src="file://)" +
                   report + R"(" style="width:)" + std::to_string(width) +
                   R"(px;height:900px;border:0;display:block"></iframe><pre id="result"></pre>
<script>
window.addEventListener('load', function () {
  var w = document.getElementById('f').contentWindow, d = w.document.documentElement;
  var past = [], all = w.document.body.getElementsByTagName('*');
  for (var i = 0; i < all.length; ++i) {
    var r = all[i].getBoundingClientRect();
    if (r.right > d.clientWidth + 1) past.push(all[i].tagName + '.' + all[i].className + '@' + Math.round(r.right));
  }
  document.getElementById('result').textContent =
    'scroll=' + d.scrollWidth + ' client=' + d.clientWidth + ' past=' + past.length + ' first=' + (past[0] || '-');
});
</script></body></html>)");
    std::string res =
        resultOf(dumpDom(browser, page, width + 40, dir + "/profile-" + std::to_string(width)));
    Width out;
    std::smatch m;
    if (std::regex_search(res, m,
                          std::regex(R"(scroll=(\d+) client=(\d+) past=(\d+) first=(\S*))"))) {
        out.scroll = std::stoi(m[1]);
        out.client = std::stoi(m[2]);
        out.past = std::stoi(m[3]);
        out.first = m[4];
    }
    return out;
}

/// A class of simulated students with everything awkward a results file can carry.
rc::board::Board awkwardClass(const std::string& dir) {
    auto b = boardOf(writeStudents(dir, 12, 33));
    REQUIRE(b.students.size() >= 6);
    // A megabyte-long name without a single space (multi-byte characters, so a careless cut
    // would split one), markup, right-to-left text with a bidi override, a long id.
    std::string huge;
    while (huge.size() < (1u << 20))
        huge += "Zo\xC3\xAB"
                "Ba\xC5\x9F"
                "ak";
    b.students[0].player = huge;
    b.students[0].attempt = 2;
    b.students[0].attempts = 3;
    b.students[1].player = "<script>alert('x')</script> Bobby \"Tables\"";
    b.students[1].flags = {"score mismatch"};
    b.students[2].player =
        "\xD9\x85\xD8\xB1\xD9\x8A\xD9\x85 \xD8\xA7\xD9\x84\xD8\xAD\xD8\xB3\xD9\x8A\xD9\x86\xD9\x8A";
    b.students[2].studentId = "\xE2\x80\xAE"
                              "0042S";
    b.students[2].flags = {"seed differs", "duplicate case", "seed differs"};
    b.students[3].studentId = std::string(300, '7');
    b.students[3].file = dir + "/" + std::string(200, 'f') + ".xml";
    // Two files held back for one student id, and problems with long unbreakable text.
    rc::board::Student h1 = b.students[4], h2 = b.students[5];
    h1.file = dir + "/held-first-" + std::string(150, 'h') + ".xml";
    h2.file = dir + "/held-second.xml";
    h1.studentId = h2.studentId = "S-HELD-" + std::string(80, '9');
    b.held = {h1, h2};
    rc::board::Problem p;
    p.file = b.students[1].file;
    p.student = b.students[1].player;
    p.studentId = b.students[1].studentId;
    p.reason = "score mismatch";
    p.detail = "case 'knee-l3-disc': the file shows 99.0\nbut " + std::string(5000, 'x');
    b.problems.push_back(p);
    p.file = b.students[3].file + ":12";
    p.student = huge;
    p.studentId = b.students[3].studentId;
    p.reason = "seed differs";
    p.detail = "the file says seed " + std::string(400, '9');
    b.problems.push_back(p);
    return b;
}

} // namespace

TEST_CASE(
    "board html in Chromium: no horizontal scroll at 1280 or 800 px, awkward names included") {
    std::string browser = chromium();
    if (browser.empty()) {
        MESSAGE("SKIPPED: chromium missing (tools/test installs it: apt-get install chromium)");
        return;
    }
    std::string dir = tempDir("html-browser");
    auto b = awkwardClass(dir);
    std::string report = dir + "/report.html";
    spit(report, rc::board::htmlReport(b, rc::board::itemAnalysis(b)));
    for (int width : {1280, 800}) {
        Width w = measure(browser, dir, report, width);
        INFO("width " << width << ": scrollWidth " << w.scroll << ", clientWidth " << w.client
                      << ", " << w.past << " elements past the right edge, first " << w.first);
        REQUIRE_MESSAGE(w.scroll > 0, "the measuring page did not run");
        CHECK(w.client <= width);
        CHECK(w.scroll <= w.client);
        CHECK(w.past == 0);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("board html in Chromium: the pass-mark label overlaps no bar and stays in the chart") {
    std::string browser = chromium();
    if (browser.empty()) {
        MESSAGE("SKIPPED: chromium missing (tools/test installs it: apt-get install chromium)");
        return;
    }
    std::string dir = tempDir("html-passmark");
    // Pass marks at both ends and mid-bin, over classes whose tallest bar sits under the label.
    std::string svgs;
    std::vector<std::unique_ptr<rc::Challenge>> keep;
    for (double mastery : {0.0, 5.0, 50.0, 70.0, 75.0, 95.0, 100.0})
        for (double total : {mastery, 100.0 - mastery, 55.0}) {
            auto ch = std::make_unique<rc::Challenge>();
            ch->mastery = mastery;
            rc::board::Board b;
            b.challenge = ch.get();
            for (int i = 0; i < 9; ++i)
                b.students.push_back({});
            for (std::size_t i = 0; i < b.students.size(); ++i)
                b.students[i].total = i < 7 ? total : 30.0;
            svgs += "<div>" + rc::board::histogramSvg(b) + "</div>\n";
            keep.push_back(std::move(ch));
        }
    std::string page = dir + "/passmark.html";
    // Bars are the blue rects; the label is the text that starts "pass mark". Each box is
    // compared with every bar and every other text; the label must also lie inside the chart.
    spit(page, "<!DOCTYPE html><html><body>" + svgs + R"(<pre id="result"></pre>
<script>
window.addEventListener('load', function () {
  var bad = [], svgs = document.getElementsByTagName('svg');
  function meets(a, b) { return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height; }
  for (var i = 0; i < svgs.length; ++i) {
    var s = svgs[i], label = null, texts = s.getElementsByTagName('text');
    for (var k = 0; k < texts.length; ++k) if (texts[k].textContent.indexOf('pass mark') === 0) label = texts[k];
    if (!label) { bad.push(i + ':no-label'); continue; }
    var box = label.getBBox(), w = s.viewBox.baseVal.width, rects = s.getElementsByTagName('rect');
    if (box.x < 0 || box.x + box.width > w || box.y < 0) bad.push(i + ':outside');
    for (var r = 0; r < rects.length; ++r)
      if (rects[r].getAttribute('fill') === '#0072B2' && rects[r].getBBox().height > 0 && meets(box, rects[r].getBBox()))
        bad.push(i + ':bar' + r);
    for (var t = 0; t < texts.length; ++t)
      if (texts[t] !== label && meets(box, texts[t].getBBox())) bad.push(i + ':text' + t);
  }
  document.getElementById('result').textContent = 'charts=' + svgs.length + ' bad=' + (bad.join(',') || 'none');
});
</script></body></html>)");
    std::string res = resultOf(dumpDom(browser, page, 800, dir + "/profile"));
    INFO(res);
    CHECK(res == "charts=21 bad=none");
    std::filesystem::remove_all(dir);
}
