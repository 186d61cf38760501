#include "game/ui/scenes/transcript_panel.hpp"

#include "game/ui/kit/shapes.hpp"

#include <algorithm>

namespace rc::ui {

namespace {

using Kind = play::TranscriptEntry::Kind;

/// The styles of an entry's three parts.
struct Styles {
    TextStyle meta, title, body, heading, narrative;
};

Styles stylesOf(const Painter& p) {
    const Theme& th = p.theme;
    return {p.text(TextSize::Caption, Weight::SemiBold, th.c.textSecondary),
            p.text(TextSize::Caption, Weight::SemiBold, th.c.text),
            p.text(TextSize::Caption, Weight::Regular, th.c.text),
            p.text(TextSize::Caption, Weight::Bold, th.c.accent),
            p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary)};
}

/// The words an entry shows: its meta line, its title (if any) and its text.
struct Block {
    std::string meta, title, text;
    bool visit = false;
};

Block blockOf(const play::TranscriptEntry& e) {
    Block b;
    if (e.kind == Kind::Visit) {
        b.visit = true;
        b.title = e.title;
        b.text = e.text;
        return b;
    }
    b.meta = std::to_string(e.minutes) + " min  ·  " + play::kindWord(e.kind);
    if (e.repeat) b.meta += " again";
    const bool titled = e.kind == Kind::Question || e.kind == Kind::Exam || e.kind == Kind::Order ||
                        e.kind == Kind::Cancel || e.kind == Kind::Report;
    if (titled) b.title = e.title;
    b.text = e.kind == Kind::Question ? "“" + e.text + "”" : e.text;
    return b;
}

/// Lays out (and, with `draw`, draws) one block at `r`; returns its height.
float block(const Painter& p, const Styles& st, const Block& b, const sf::FloatRect& r, bool draw) {
    const Theme& th = p.theme;
    float y = r.top + th.px(6);
    if (b.visit) {
        y += th.px(6);
        if (draw) roundedRect(p.target, {r.left, y, r.width, 1}, 0, th.c.divider);
        y += th.px(8);
        const Paragraph h = ui::layout(st.heading, utf8(b.title), r.width);
        if (draw)
            drawParagraph(p.target, st.heading, utf8(b.title), {r.left, y, r.width, h.height()});
        y += h.height();
        if (!b.text.empty()) {
            const Paragraph n = ui::layout(st.narrative, utf8(b.text), r.width);
            if (draw)
                drawParagraph(p.target, st.narrative, utf8(b.text),
                              {r.left, y + th.px(2), r.width, n.height()});
            y += n.height() + th.px(2);
        }
        return y + th.px(6) - r.top;
    }
    const float mh = Theme::lineHeight(st.meta.size);
    if (draw) drawLine(p.target, st.meta, utf8(b.meta), r.left, y + mh / 2, Align::Left, 0);
    y += mh;
    if (!b.title.empty()) {
        const Paragraph t = ui::layout(st.title, utf8(b.title), r.width);
        if (draw)
            drawParagraph(p.target, st.title, utf8(b.title), {r.left, y, r.width, t.height()});
        y += t.height();
    }
    if (!b.text.empty()) {
        const float indent = th.px(10);
        const Paragraph x = ui::layout(st.body, utf8(b.text), r.width - indent);
        if (draw) {
            roundedRect(p.target, {r.left, y + th.px(4), th.px(2), x.height() - th.px(4)}, 0,
                        th.c.accentSoft);
            drawParagraph(p.target, st.body, utf8(b.text),
                          {r.left + indent, y + th.px(2), r.width - indent, x.height()});
        }
        y += x.height() + th.px(2);
    }
    return y + th.px(4) - r.top;
}

} // namespace

void TranscriptPanel::setEntries(std::vector<play::TranscriptEntry> entries) {
    if (entries.size() > entries_.size()) follow_ = true;
    entries_ = std::move(entries);
    measuredWidth_ = -1; // wrap again at the next drawing
}

void TranscriptPanel::measure(const Painter& p) {
    const Theme& th = p.theme;
    const Styles st = stylesOf(p);
    const float w = rect_.width - th.px(12); // room for the scrollbar
    std::vector<ListItem> items;
    for (const auto& e : entries_) {
        const float h = block(p, st, blockOf(e), {0, 0, w, 0}, false);
        items.push_back({true, h / th.scale});
    }
    list_.setItems(std::move(items));
    measuredWidth_ = rect_.width;
    measuredScale_ = th.scale;
}

void TranscriptPanel::draw(const Painter& p) {
    const Theme& th = p.theme;
    if (measuredWidth_ != rect_.width || measuredScale_ != th.scale) measure(p);
    list_.setRect(rect_, th.scale);
    if (follow_) list_.scrollToEnd(), follow_ = false;
    const Styles st = stylesOf(p);
    list_.draw(p.target, th, [&](int i, const sf::FloatRect& r) {
        const sf::FloatRect inner(r.left, r.top, rect_.width - th.px(12), r.height);
        block(p, st, blockOf(entries_[static_cast<std::size_t>(i)]), inner, true);
    });
}

bool TranscriptPanel::key(const sf::Event::KeyEvent& k) {
    using K = sf::Keyboard;
    // A page is the panel's height less one wheel notch (48 design px) of overlap.
    const float page =
        std::max(1.0f, list_.rect().height / (48.0f * std::max(measuredScale_, 0.5f)) - 1);
    switch (k.code) {
    case K::Up:
        return list_.wheel(1);
    case K::Down:
        return list_.wheel(-1);
    case K::PageUp:
        return list_.wheel(page);
    case K::PageDown:
        return list_.wheel(-page);
    case K::Home:
        return list_.wheel(1e6f);
    case K::End:
        return list_.wheel(-1e6f);
    default:
        return false;
    }
}

} // namespace rc::ui
