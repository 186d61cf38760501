// Text layout with the real fonts (the glyphs need an OpenGL context, so this suite runs under
// xvfb-run): ellipsis, wrapping and drawn widths keep every string inside its box, and glyphs
// loaded during a partial repaint do not wipe the others.
#include "game/ui/core/line_tip.hpp"
#include "game/ui/kit/drawn_text.hpp"
#include "game/ui/kit/font_set.hpp"
#include "game/ui/kit/text.hpp"
#include "game/ui/kit/text_area.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace rc::ui;

namespace {
const FontSet& fonts() {
    static FontSet f = [] {
        FontSet s;
        const std::string err = s.load();
        REQUIRE_MESSAGE(err.empty(), err);
        return s;
    }();
    return f;
}

bool isSpace(sf::Uint32 c) {
    return c == ' ' || c == '\t';
}

/// The obvious algorithm: drop one character at a time and measure again.
sf::String ellipsizeByHand(const TextStyle& st, const sf::String& s, float width) {
    if (measure(st, s) <= width) return s;
    const sf::String dots(sf::Uint32(0x2026));
    sf::String cut = s;
    while (!cut.isEmpty()) {
        cut.erase(cut.getSize() - 1);
        while (!cut.isEmpty() && isSpace(cut[cut.getSize() - 1]))
            cut.erase(cut.getSize() - 1);
        if (measure(st, cut + dots) <= width) return cut + dots;
    }
    return measure(st, dots) <= width ? dots : sf::String();
}

const std::vector<std::string> kSamples = {
    "Ask: Where exactly do you feel the pain? Can you point to it?",
    "L3 radiculopathy (L2–L3 or L3–L4 disc or foramen)",
    "Femoral nerve stretch test (prone knee bend), right",
    "AV To Wa fi ff — kerning pairs, “quotes” and an ellipsis…",
    "short",
    "a   b   c   d   e   f   g",
    "",
};
} // namespace

TEST_CASE("ellipsize keeps the longest prefix that fits, with no dangling space") {
    for (Weight w : {Weight::Regular, Weight::SemiBold})
        for (unsigned size : {12u, 15u, 22u})
            for (const std::string& raw : kSamples) {
                const TextStyle st{&fonts().get(w), size, sf::Color::Black};
                const sf::String s = utf8(raw);
                const float full = measure(st, s);
                for (float width = 0; width <= full + 20; width += 3.5f) {
                    CAPTURE(raw);
                    CAPTURE(size);
                    CAPTURE(width);
                    const sf::String got = ellipsize(st, s, width);
                    CHECK(got == ellipsizeByHand(st, s, width));
                    CHECK(measure(st, got) <= width);
                    if (full <= width) {
                        CHECK(got == s);
                    } else if (!got.isEmpty()) {
                        REQUIRE(got[got.getSize() - 1] == 0x2026);
                        const sf::String kept = got.substring(0, got.getSize() - 1);
                        CHECK(s.substring(0, kept.getSize()) == kept);
                        if (!kept.isEmpty()) CHECK_FALSE(isSpace(kept[kept.getSize() - 1]));
                    }
                }
            }
}

TEST_CASE("wrapped lines fit their width and keep every word") {
    const TextStyle st{&fonts().get(Weight::Regular), 16, sf::Color::Black};
    const sf::String s =
        utf8("By twelve weeks Maria is back on full shifts and at Zumba. The knee has not "
             "buckled again.\nA small numb patch above the knee remains.");
    for (float width : {80.0f, 150.0f, 333.0f, 900.0f}) {
        CAPTURE(width);
        const auto lines = wrap(st, s, width);
        std::string joined;
        for (const auto& l : lines) {
            CHECK(measure(st, l) <= width + 0.5f);
            joined += l.toAnsiString() + " ";
        }
        for (const char* word : {"twelve", "Zumba.", "buckled", "numb", "remains."})
            CHECK(joined.find(word) != std::string::npos);
    }
    const Paragraph two = layout(st, s, 150.0f, 2);
    CHECK(two.lines.size() == 2);
    CHECK(two.truncated);
    CHECK(measure(st, two.lines.back()) <= 150.0f);
}

TEST_CASE("glyphs first met during a scissored repaint leave the font's other glyphs intact") {
    // A size no other test uses, so its glyph page starts small and must grow.
    const TextStyle st{&fonts().get(Weight::Regular), 41, sf::Color::Black};
    sf::RenderTexture rt;
    REQUIRE(rt.create(120, 80));
    auto inkOfA = [&] {
        rt.clear(sf::Color::White);
        drawLine(rt, st, utf8("A"), 20, 40);
        rt.display();
        const sf::Image img = rt.getTexture().copyToImage();
        int ink = 0;
        for (unsigned y = 0; y < img.getSize().y; ++y)
            for (unsigned x = 0; x < img.getSize().x; ++x)
                ink += img.getPixel(x, y).r < 128;
        return ink;
    };
    const int before = inkOfA();
    REQUIRE(before > 50);
    const unsigned pageBefore = st.font->getTexture(st.size).getSize().x;
    // A partial repaint: the scissor keeps drawing to a corner while a text with many glyphs
    // not seen before is measured (as layout does), which makes SFML enlarge the glyph page.
    sf::String many;
    for (sf::Uint32 c = 0xC0; c < 0x180; ++c)
        many += c;
    REQUIRE(rt.setActive(true));
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, 4, 4);
    measure(st, many);
    CHECK(glIsEnabled(GL_SCISSOR_TEST) == GL_TRUE); // restored for the repaint
    glDisable(GL_SCISSOR_TEST);
    REQUIRE(st.font->getTexture(st.size).getSize().x > pageBefore);
    CHECK(inkOfA() == before);
}

TEST_CASE("a text area's lines fit its width, cover the text, and a click lands on a character") {
    sf::RenderTexture rt;
    REQUIRE(rt.create(400, 300));
    const Theme th;
    const Painter p{rt, fonts(), th};
    const TextStyle st{&fonts().get(Weight::Regular), 16, sf::Color::Black};
    TextArea area(10000, 10000, true);
    area.edit().set("Pain front of thigh to knee, back stiff first.\n\nCheck L3: PKB, quads "
                    "power, knee jerk. Supercalifragilisticexpialidociousandthensomemore text.");
    for (const float width : {90.0f, 160.0f, 300.0f}) {
        CAPTURE(width);
        area.draw(p, {20, 20, width, 260}, st, true, "");
        const auto& lines = area.lines();
        const sf::String& s = area.edit().text();
        REQUIRE(!lines.empty());
        CHECK(lines.front().first == 0);
        CHECK(lines.back().second == s.getSize());
        for (std::size_t k = 0; k < lines.size(); ++k) {
            sf::String line = s.substring(lines[k].first, lines[k].second - lines[k].first);
            while (!line.isEmpty() && isSpace(line[line.getSize() - 1]))
                line.erase(line.getSize() - 1); // trailing spaces may hang past the edge
            CHECK(measure(st, line) <= width - th.px(8) + 0.5f);
            if (k + 1 < lines.size()) {
                // Lines follow on: a wrap keeps every character, a line feed is the only gap.
                const std::size_t next = lines[k + 1].first;
                const bool feed = lines[k].second < s.getSize() && s[lines[k].second] == '\n';
                CHECK(next == lines[k].second + (feed ? 1 : 0));
            }
        }
    }
    // A click at the start of the second drawn line puts the caret there.
    area.draw(p, {20, 20, 300, 260}, st, true, "");
    const float lh = Theme::lineHeight(st.size);
    REQUIRE(area.click({21, 20 + lh * 1.5f}, false));
    CHECK(area.edit().caret() == area.lines()[1].first);
    CHECK_FALSE(area.click({5, 5}, false));
}

// What the kit tells DrawnText (the frame loop's tips and --layout-check): a shortened line keeps
// its whole text under the pointer, a cut paragraph its last line, and the problems the layout
// check reports are found: a cut no tip can show, texts over texts, a text off the window.
TEST_CASE("drawn text: shortened lines show whole under the pointer, and each layout problem is "
          "found") {
    sf::RenderTexture rt;
    REQUIRE(rt.create(400, 200));
    DrawnText drawn;
    drawn.begin();
    drawn.setRecording(true);
    TextStyle st{&fonts().get(Weight::Regular), 16, sf::Color::Black, &drawn};
    const sf::String longLine =
        utf8("A question far too long to fit the narrow row it is drawn in");
    drawLine(rt, st, longLine, 10, 20, Align::Left, 120);
    drawLine(rt, st, utf8("Short"), 10, 60, Align::Left, 120);
    // A paragraph cut to one line: its last (only) line holds the whole paragraph.
    const sf::String para = utf8("The first line of a report. The second line. And a third one.");
    drawParagraph(rt, st, para, {10, 90, 150, 22});
    CHECK(drawn.problems({400, 200}).empty());

    const DrawnText::Line* l = drawn.shortenedAt({40, 20});
    REQUIRE(l != nullptr);
    CHECK(l->full == "A question far too long to fit the narrow row it is drawn in");
    CHECK(drawn.shortenedAt({40, 60}) == nullptr); // "Short" fits: no tip
    const DrawnText::Line* p = drawn.shortenedAt({40, 101});
    REQUIRE(p != nullptr);
    CHECK(p->full == "The first line of a report. The second line. And a third one.");
    int shortened = 0;
    drawn.forEachShortened([&](const std::string&) { ++shortened; });
    CHECK(shortened == 2);

    // A tip of the line under the pointer, inside the window.
    LineTip tip;
    CHECK(tip.pointer({40, 20}, drawn));
    CHECK(tip.text() == l->full);
    Theme th;
    FontSet const& f = fonts();
    const sf::FloatRect box = tip.draw(rt, f, th, {400, 200});
    CHECK(box.left >= 0);
    CHECK(box.left + box.width <= 400);
    CHECK(box.top + box.height <= 200);
    CHECK_FALSE(tip.pointer({40, 20}, drawn)); // the same line: no change
    CHECK(tip.hide());

    // Each problem the layout check reports.
    drawn.begin();
    drawLine(rt, st, utf8("Overlapping words"), 10, 20);
    drawLine(rt, st, utf8("Other words here"), 14, 24);
    drawLine(rt, st, utf8("Past the right edge of the window"), 330, 150);
    (void)ellipsize(st, longLine, 80);              // shortened for a caller to draw: no tip
    drawParagraph(rt, st, para, {10, 180, 150, 6}); // no room for a line
    const auto problems = drawn.problems({400, 200});
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].find("text cut with no way to read the rest") == 0);
    CHECK(problems[1].find("a paragraph given no room for a line") == 0);
    CHECK(problems[2].find("texts overlap") == 0);
    CHECK(problems[3].find("text off the window") == 0);

    // Not recording (a scene under a dialog): nothing is kept.
    drawn.begin();
    drawn.setRecording(false);
    drawLine(rt, st, longLine, 10, 20, Align::Left, 120);
    CHECK(drawn.shortenedAt({40, 20}) == nullptr);
}
