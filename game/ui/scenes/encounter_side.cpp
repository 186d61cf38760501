// The encounter's left panel beyond the patient: the switch between Patient, Transcript and
// Notes, the running transcript (scrolled by the wheel and the keys) and the notes field (typing
// there never reaches the scene's shortcuts; the notes go to PlayState and its autosave).
#include "game/play/game.hpp"
#include "game/ui/core/runner.hpp"
#include "game/ui/kit/shapes.hpp"
#include "game/ui/scenes/encounter_scene.hpp"

#include <algorithm>

namespace rc::ui {

namespace {
const char* panelLabel(EncounterScene::Panel v) {
    switch (v) {
    case EncounterScene::Panel::Patient:
        return "Patient";
    case EncounterScene::Panel::Transcript:
        return "Transcript";
    case EncounterScene::Panel::Notes:
        return "Notes";
    }
    return "";
}
} // namespace

void EncounterScene::setPanel(Panel v) {
    if (v != Panel::Notes) setTyping(false);
    if (v == panel_) return;
    panel_ = v;
    invalidate(leftRect_);
    // The bottom bar's key line names the patient panel's keys while the figure has the focus.
    if (region_ == Figure) invalidate();
    if (ctx_.runner && v != Panel::Patient)
        ctx_.runner->screenshot(name() + (v == Panel::Notes ? "-notes" : "-transcript"));
}

void EncounterScene::setTyping(bool on) {
    if (on == typing_) return;
    typing_ = on;
    if (!on) {
        game().play.saveNotes();
        notesClock_ = -1;
    }
    invalidate(leftRect_);
    invalidate(); // the bottom bar's key line says what the keys do now
}

void EncounterScene::tourState(int i) {
    dermatomes_ = i == 0;
    if (i <= 4) {
        setPanel(Panel::Patient);
        setTab(static_cast<play::EncounterTab>(i == 0 ? 0 : i - 1));
    } else {
        setPanel(static_cast<Panel>(i - 4));
    }
    invalidate();
}

void EncounterScene::toggleDermatomes() {
    dermatomes_ = !dermatomes_;
    invalidate(leftRect_);
}

bool EncounterScene::panelInput(Input in) {
    switch (in) {
    case Input::Left:
    case Input::Right: {
        const int d = in == Input::Right ? 1 : -1;
        setPanel(static_cast<Panel>((static_cast<int>(panel_) + d + kPanels) % kPanels));
        return true;
    }
    case Input::Activate:
        if (panel_ != Panel::Notes) return false; // Patient: Enter turns the figure
        setTyping(true);
        return true;
    case Input::Up:
    case Input::Down:
        if (panel_ == Panel::Patient) { // the dermatome overlay on or off
            toggleDermatomes();
            return true;
        }
        if (panel_ != Panel::Transcript) return false;
        {
            sf::Event::KeyEvent k{};
            k.code = in == Input::Up ? sf::Keyboard::Up : sf::Keyboard::Down;
            if (transcript_.key(k)) invalidate(leftRect_);
        }
        return true;
    default:
        return false;
    }
}

bool EncounterScene::typingEvent(const sf::Event& e) {
    if (e.type != sf::Event::KeyPressed && e.type != sf::Event::TextEntered) return false;
    const TextEdit::Result r = notes_.edit().handle(e);
    if (r == TextEdit::Result::Ignored) return false;
    if (r == TextEdit::Result::Edited) {
        game().play.setNotes(notes_.edit().str());
        notesClock_ = 0;
    }
    invalidate(leftRect_);
    return true;
}

bool EncounterScene::sideEvent(const sf::Event& e) {
    if (e.type == sf::Event::MouseWheelScrolled) {
        const sf::Vector2f at(static_cast<float>(e.mouseWheelScroll.x),
                              static_cast<float>(e.mouseWheelScroll.y));
        if (panel_ == Panel::Transcript && transcript_.rect().contains(at)) {
            if (transcript_.wheel(e.mouseWheelScroll.delta)) invalidate(leftRect_);
            return true;
        }
        if (panel_ == Panel::Notes && notes_.box().contains(at)) {
            if (notes_.wheel(e.mouseWheelScroll.delta)) invalidate(leftRect_);
            return true;
        }
        return false;
    }
    if (e.type == sf::Event::KeyPressed && region_ == Figure && panel_ == Panel::Transcript) {
        if (transcript_.key(e.key)) invalidate(leftRect_);
        return e.key.code == sf::Keyboard::PageUp || e.key.code == sf::Keyboard::PageDown ||
               e.key.code == sf::Keyboard::Home || e.key.code == sf::Keyboard::End;
    }
    if (e.type != sf::Event::MouseButtonPressed || e.mouseButton.button != sf::Mouse::Left)
        return false;
    const sf::Vector2f at(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
    const Hit* h = hits_.at(at);
    if (h && h->id == HitPanel) {
        region_ = Figure;
        setPanel(static_cast<Panel>(h->sub));
        invalidate();
        return true;
    }
    if (h && h->id == HitNotes) {
        region_ = Figure;
        setTyping(true);
        notes_.click(at, sf::Keyboard::isKeyPressed(sf::Keyboard::LShift) ||
                             sf::Keyboard::isKeyPressed(sf::Keyboard::RShift));
        invalidate();
        return true;
    }
    setTyping(false); // a click elsewhere ends typing
    return false;
}

void EncounterScene::typeNotes(const std::string& text) {
    setPanel(Panel::Notes);
    setTyping(true);
    for (const sf::Uint32 c : utf8(text)) {
        sf::Event e{};
        if (c == '\t') { // no key types a tab into the field (Tab leaves it): pasted
            notes_.edit().insert(sf::String(c));
            game().play.setNotes(notes_.edit().str());
            continue;
        }
        if (c == '\n') {
            e.type = sf::Event::KeyPressed;
            e.key.code = sf::Keyboard::Enter;
        } else {
            e.type = sf::Event::TextEntered;
            e.text.unicode = c;
        }
        typingEvent(e);
    }
    setTyping(false); // saved with the autosave now
}

void EncounterScene::notesStep(float dt) {
    // The notes are written with the autosave a second after typing pauses (and on leaving the
    // field, the case or the encounter), not at every key.
    if (notesClock_ < 0) return;
    notesClock_ += dt;
    if (notesClock_ < 1.0f) return;
    notesClock_ = -1;
    game().play.saveNotes();
}

sf::FloatRect EncounterScene::drawPanelSwitch(const Painter& p, const sf::FloatRect& in) {
    const Theme& th = p.theme;
    const float h = th.px(30);
    const sf::FloatRect seg(in.left, in.top, in.width, h);
    // Each part as wide as its label and an equal share of the room left (so "Transcript" fits
    // a narrow panel whole).
    std::vector<std::string> labels;
    for (int k = 0; k < kPanels; ++k)
        labels.push_back(panelLabel(static_cast<Panel>(k)));
    const auto parts = segmented(p, seg, labels, static_cast<int>(panel_),
                                 hover_ && hover_->id == HitPanel ? hover_->sub : -1);
    for (std::size_t k = 0; k < parts.size(); ++k)
        hits_.add(parts[k], HitPanel, static_cast<int>(k));
    if (region_ == Figure && !typing_) focusRing(p.target, th, seg, th.px(6));
    return {in.left, in.top + h + th.px(10), in.width, in.height - h - th.px(10)};
}

void EncounterScene::drawTranscript(const Painter& p, const sf::FloatRect& r) {
    transcript_.setRect(r);
    transcript_.draw(p);
}

void EncounterScene::drawNotes(const Painter& p, const sf::FloatRect& r) {
    const Theme& th = p.theme;
    const auto cap = p.text(TextSize::Caption, Weight::Regular, th.c.textSecondary);
    const std::string help =
        typing_ ? "Esc or Tab when done · Ctrl+A all · Ctrl+C, Ctrl+V copy and paste"
                : "Click or press Enter to type. Kept with the case, never scored.";
    const Paragraph hp = ui::layout(cap, utf8(help), r.width);
    const sf::FloatRect box(r.left, r.top, r.width, r.height - hp.height() - th.px(8));
    roundedRect(p.target, box, th.px(6), th.c.panel, typing_ ? th.c.accent : th.c.border,
                typing_ ? 2.0f : 1.0f);
    notes_.draw(p, inset(box, th.px(10)), p.text(TextSize::Body, Weight::Regular, th.c.text),
                typing_, "What the patient said, what to check next…");
    hits_.add(box, HitNotes);
    drawParagraph(p.target, cap, utf8(help),
                  {r.left, box.top + box.height + th.px(8), r.width, hp.height()});
}

} // namespace rc::ui
