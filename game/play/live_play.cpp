#include "game/play/live_play.hpp"

#include "game/engine/case_loader.hpp"
#include "game/engine/xml_reader.hpp"

namespace rc::play {

LivePlay::LivePlay(std::string secretDir) : link_(std::move(secretDir)) {}

bool LivePlay::join(const rc::net::JoinRequest& r, const rc::Catalog& catalog, std::string& error) {
    host_ = r.address + ":" + std::to_string(r.port);
    if (!link_.join(r, error)) return false;
    const rc::net::Message w = link_.welcome();
    rc::XmlFile file;
    rc::Diagnostics diags;
    if (file.parse("host-challenge.xml", w.body, diags))
        challenge_ = rc::loadChallengeXml(file, diags);
    if (!challenge_ || diags.hasErrors()) {
        link_.leave();
        error = "the host's challenge cannot be read by this game:\n" + diags.str();
        return false;
    }
    content_ = rc::Content{};
    content_.dir = "host " + host_;
    content_.catalog = catalog;
    // Case copies are added as they come; the play holds pointers to them, so no reallocation.
    content_.cases.reserve(challenge_->cases.size() + 1);
    try {
        recordedBefore_ = std::stoi(w.value("index", "0"));
    } catch (...) {
        recordedBefore_ = 0;
    }
    finishedBefore_ = w.value("state") == "finished";
    return true;
}

bool LivePlay::nextCase(rc::net::CaseOffer& offer, const rc::Case*& kase, bool& done,
                        std::string& error) {
    kase = nullptr;
    if (!link_.nextCase(offer, done, error)) return false;
    if (const rc::Case* have = content_.findCase(offer.caseId)) {
        kase = have;
        return true;
    }
    if (content_.cases.size() >= content_.cases.capacity()) {
        error = "the host sent more cases than its challenge has";
        return false;
    }
    rc::XmlFile file;
    rc::Diagnostics diags;
    std::optional<rc::Case> c;
    if (file.parse("host-" + offer.caseId + ".xml", offer.caseXml, diags))
        c = rc::loadCaseXml(file, diags);
    if (c) rc::checkCase(*c, content_.catalog, diags);
    if (!c || diags.hasErrors()) {
        error = "the host's copy of case '" + offer.caseId +
                "' does not load in this game (is it the same "
                "version as the host?):\n" +
                diags.str();
        return false;
    }
    content_.cases.push_back(std::move(*c));
    kase = &content_.cases.back();
    return true;
}

bool LivePlay::act(const rc::Action& a, std::size_t playedBefore, double& time,
                   std::string& error) {
    const rc::net::ActReply r = link_.act(a.str(), playedBefore);
    if (!r.ok) {
        error = r.error.empty() ? "the host refused the action" : "The host: " + r.error;
        return false;
    }
    time = r.t;
    return true;
}

} // namespace rc::play
