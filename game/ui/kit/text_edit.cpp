#include "game/ui/kit/text_edit.hpp"

#include <SFML/Window/Clipboard.hpp>
#include <algorithm>

namespace rc::ui {

ClipboardAccess ClipboardAccess::system() {
    return {[] { return sf::Clipboard::getString(); },
            [](const sf::String& s) { sf::Clipboard::setString(s); }};
}

std::size_t utf8Bytes(sf::Uint32 c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

TextEdit::TextEdit(std::size_t maxChars, std::size_t maxBytes, bool multiline)
    : maxChars_(maxChars), maxBytes_(maxBytes), multiline_(multiline) {}

bool TextEdit::allowed(sf::Uint32 c) const {
    if (c == '\n') return multiline_;
    if (c == '\t') return true;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;                          // C0, DEL, C1
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return false; // bidi
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    return c <= 0x10FFFF;
}

std::size_t TextEdit::bytes() const {
    std::size_t n = 0;
    for (const sf::Uint32 c : text_)
        n += utf8Bytes(c);
    return n;
}

void TextEdit::set(const std::string& utf8) {
    text_.clear();
    caret_ = anchor_ = 0;
    insert(sf::String::fromUtf8(utf8.begin(), utf8.end()));
    anchor_ = caret_ = text_.getSize();
}

std::string TextEdit::str() const {
    const auto b = text_.toUtf8();
    return std::string(b.begin(), b.end());
}

std::pair<std::size_t, std::size_t> TextEdit::selection() const {
    return {std::min(caret_, anchor_), std::max(caret_, anchor_)};
}

void TextEdit::setCaret(std::size_t i, bool extend) {
    caret_ = std::min(i, text_.getSize());
    if (!extend) anchor_ = caret_;
}

void TextEdit::selectAll() {
    anchor_ = 0;
    caret_ = text_.getSize();
}

bool TextEdit::insert(const sf::String& s) {
    const auto [from, to] = selection();
    std::size_t room = maxBytes_ + [&] {
        std::size_t n = 0;
        for (std::size_t i = from; i < to; ++i)
            n += utf8Bytes(text_[i]);
        return n;
    }() - bytes();
    std::size_t chars = maxChars_ + (to - from) - text_.getSize();
    sf::String in;
    for (std::size_t i = 0; i < s.getSize(); ++i) {
        sf::Uint32 c = s[i];
        if (c == '\r') {
            if (i + 1 < s.getSize() && s[i + 1] == '\n') continue;
            c = '\n';
        }
        if (c == '\n' && !multiline_) c = ' ';
        if (!allowed(c)) continue;
        if (chars == 0 || utf8Bytes(c) > room) break;
        in += c;
        room -= utf8Bytes(c);
        --chars;
    }
    if (in.isEmpty() && from == to) return false;
    text_.erase(from, to - from);
    text_.insert(from, in);
    caret_ = anchor_ = from + in.getSize();
    return !in.isEmpty() || to > from;
}

bool TextEdit::erase(bool forward, bool word) {
    if (hasSelection()) return insert(sf::String());
    if (forward ? caret_ >= text_.getSize() : caret_ == 0) return false;
    const std::size_t other = word      ? wordStep(caret_, forward ? 1 : -1)
                              : forward ? caret_ + 1
                                        : caret_ - 1;
    anchor_ = other;
    return insert(sf::String());
}

std::size_t TextEdit::wordStep(std::size_t i, int dir) const {
    auto space = [&](std::size_t k) {
        const sf::Uint32 c = text_[k];
        return c == ' ' || c == '\t' || c == '\n';
    };
    const std::size_t n = text_.getSize();
    if (dir > 0) {
        while (i < n && space(i))
            ++i;
        while (i < n && !space(i))
            ++i;
    } else {
        while (i > 0 && space(i - 1))
            --i;
        while (i > 0 && !space(i - 1))
            --i;
    }
    return i;
}

std::vector<std::pair<std::size_t, std::size_t>> TextEdit::lines() const {
    if (!lines_.empty() && lines_.back().second <= text_.getSize()) return lines_;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text_.getSize(); ++i)
        if (i == text_.getSize() || text_[i] == '\n') out.push_back({start, i}), start = i + 1;
    return out;
}

std::size_t TextEdit::lineOf(std::size_t i) const {
    const auto ls = lines();
    for (std::size_t k = 0; k < ls.size(); ++k)
        if (i <= ls[k].second && (k + 1 == ls.size() || i < ls[k + 1].first)) return k;
    return ls.empty() ? 0 : ls.size() - 1;
}

TextEdit::Result TextEdit::handle(const sf::Event& e) {
    if (e.type == sf::Event::TextEntered) {
        const sf::Uint32 c = e.text.unicode;
        if (c < 0x20 || c == 0x7F) return Result::Ignored; // keys below do those
        return insert(sf::String(c)) ? Result::Edited : Result::Moved;
    }
    if (e.type != sf::Event::KeyPressed) return Result::Ignored;
    using K = sf::Keyboard;
    const bool ctrl = e.key.control, shift = e.key.shift;
    const auto ls = lines();
    const std::size_t line = lineOf(caret_);
    switch (e.key.code) {
    case K::BackSpace:
        return erase(false, ctrl) ? Result::Edited : Result::Moved;
    case K::Delete:
        return erase(true, ctrl) ? Result::Edited : Result::Moved;
    case K::Enter:
        if (!multiline_) return Result::Ignored;
        return insert(sf::String('\n')) ? Result::Edited : Result::Moved;
    case K::Left:
        if (!shift && hasSelection())
            setCaret(selection().first);
        else
            setCaret(ctrl ? wordStep(caret_, -1) : caret_ > 0 ? caret_ - 1 : 0, shift);
        break;
    case K::Right:
        if (!shift && hasSelection())
            setCaret(selection().second);
        else
            setCaret(ctrl ? wordStep(caret_, 1) : caret_ + 1, shift);
        break;
    case K::Up:
    case K::Down: {
        if (!multiline_) return Result::Ignored;
        const bool up = e.key.code == K::Up;
        if (up ? line == 0 : line + 1 >= ls.size()) {
            setCaret(up ? 0 : text_.getSize(), shift);
            break;
        }
        const std::size_t col = caret_ - ls[line].first;
        const auto& to = ls[up ? line - 1 : line + 1];
        setCaret(std::min(to.first + col, to.second), shift);
        break;
    }
    case K::Home:
        setCaret(ctrl || ls.empty() ? 0 : ls[line].first, shift);
        break;
    case K::End:
        setCaret(ctrl || ls.empty() ? text_.getSize() : ls[line].second, shift);
        break;
    case K::A:
        if (!ctrl) return Result::Moved; // typed as text
        selectAll();
        break;
    case K::C:
    case K::X:
        if (!ctrl) return Result::Moved;
        if (hasSelection() && clip_.set) {
            const auto [from, to] = selection();
            clip_.set(text_.substring(from, to - from));
            if (e.key.code == K::X) return insert(sf::String()) ? Result::Edited : Result::Moved;
        }
        return Result::Moved;
    case K::V:
        if (!ctrl) return Result::Moved;
        return clip_.get && insert(clip_.get()) ? Result::Edited : Result::Moved;
    case K::Escape:
    case K::Tab:
    case K::F1:
    case K::F11:
    case K::F12:
        return Result::Ignored;
    default:
        // Letters, digits and Space come as text; Ctrl+ scale keys are the runner's.
        return ctrl ? Result::Ignored : Result::Moved;
    }
    return Result::Moved;
}

} // namespace rc::ui
