#include "game/net/class_link.hpp"

#include "game/engine/atomic_file.hpp"
#include "game/engine/file_read.hpp"

#include <chrono>
#include <filesystem>

namespace rc::net {

namespace {

/// The types a waiting request gives up on: the host has closed the door.
bool fatal(const Message& m) {
    return m.type == "refused" || m.type == "bye";
}

std::string safeName(const std::string& s) {
    std::string out;
    for (unsigned char c : s)
        out += std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '@'
                   ? static_cast<char>(c)
                   : '_';
    return out;
}

} // namespace

std::string secretFile(const std::string& dir, const JoinRequest& r) {
    if (dir.empty()) return {};
    return dir + "/" + safeName(r.address) + "-" + safeName(r.code) + "-" + safeName(r.studentId) +
           ".secret";
}

ClassLink::ClassLink(std::string secretDir, double timeoutSeconds)
    : secretDir_(std::move(secretDir)), timeout_(timeoutSeconds) {}

ClassLink::~ClassLink() {
    leave();
}

Message ClassLink::welcome() const {
    std::lock_guard<std::mutex> lock(mu_);
    return welcome_;
}

std::string ClassLink::status() const {
    std::lock_guard<std::mutex> lock(mu_);
    return status_;
}

bool ClassLink::connectAndHello(Message& reply, std::string& error) {
    if (!client_.connect(req_.address, req_.port, timeout_, error)) return false;
    Message hello("hello");
    hello.set("version", kProtocolVersion)
        .set("code", req_.code)
        .set("student", req_.studentId)
        .set("name", req_.name);
    if (!req_.email.empty()) hello.set("email", req_.email);
    if (!secret_.empty()) hello.set("secret", secret_);
    if (!client_.send(hello, error)) return false;
    for (;;) {
        if (!client_.receive(reply, timeout_, error)) {
            client_.close();
            return false;
        }
        if (reply.type == "welcome") break;
        if (fatal(reply)) {
            error = reply.value("reason", "the host closed the connection");
            client_.close();
            return false;
        }
    }
    const std::string secret = reply.value("secret");
    if (secret != secret_ && !secret.empty()) {
        secret_ = secret;
        const std::string path = secretFile(secretDir_, req_);
        std::string why;
        std::error_code ec;
        if (!path.empty()) {
            std::filesystem::create_directories(secretDir_, ec);
            writeFileAtomically(path, secret_ + "\n", why);
        }
    }
    return true;
}

bool ClassLink::join(const JoinRequest& r, std::string& error) {
    leave();
    req_ = r;
    secret_.clear();
    const std::string path = secretFile(secretDir_, req_);
    std::string kept;
    FileError why;
    if (!path.empty() && readFile(path, FileKind::Config, kept, why)) {
        while (!kept.empty() && (kept.back() == '\n' || kept.back() == '\r'))
            kept.pop_back();
        secret_ = kept;
    }
    Message w;
    if (!connectAndHello(w, error)) return false;
    {
        std::lock_guard<std::mutex> lock(mu_);
        welcome_ = std::move(w);
        inbox_.clear();
        outbox_.clear();
        status_.clear();
        quit_ = gaveUp_ = false;
    }
    thread_ = std::thread([this] { loop(); });
    return true;
}

void ClassLink::leave() {
    if (!thread_.joinable()) {
        client_.close();
        return;
    }
    {
        std::lock_guard<std::mutex> lock(mu_);
        gaveUp_ = true; // no rejoin after the host's goodbye
    }
    send(Message("bye"));
    {
        std::unique_lock<std::mutex> lock(mu_);
        // Give the goodbye a moment to leave.
        cv_.wait_for(lock, std::chrono::milliseconds(200), [&] { return outbox_.empty(); });
        quit_ = true;
    }
    cv_.notify_all();
    thread_.join();
    client_.close();
}

void ClassLink::send(Message m) {
    std::lock_guard<std::mutex> lock(mu_);
    outbox_.push_back(std::move(m));
}

void ClassLink::loop() {
    for (;;) {
        {
            std::lock_guard<std::mutex> lock(mu_);
            if (quit_) return;
        }
        std::string error;
        if (!client_.connected()) {
            std::unique_lock<std::mutex> lock(mu_);
            bool ok = false;
            if (!gaveUp_) {
                lock.unlock();
                Message w;
                ok = connectAndHello(w, error);
                lock.lock();
                if (ok) {
                    welcome_ = std::move(w);
                    ++rejoins_;
                    status_.clear();
                    outbox_.clear(); // a request of the lost connection is asked again
                    // The goodbye of the connection that dropped is history now.
                    for (auto it = inbox_.begin(); it != inbox_.end();)
                        it = fatal(*it) ? inbox_.erase(it) : it + 1;
                } else if (w.type == "refused" && w.value("code") != "busy") {
                    gaveUp_ = true;
                    status_ = "The host refused to take you back: " + w.value("reason", error);
                    inbox_.push_back(std::move(w));
                } else {
                    status_ = "Reconnecting to the host: " + error;
                }
            }
            cv_.notify_all();
            if (!ok) cv_.wait_for(lock, std::chrono::milliseconds(500), [&] { return quit_; });
            continue;
        }
        std::deque<Message> out;
        {
            std::lock_guard<std::mutex> lock(mu_);
            out.swap(outbox_);
        }
        bool sentAll = true;
        for (const auto& m : out)
            if (!client_.send(m, error)) {
                sentAll = false;
                break;
            }
        if (sentAll) {
            std::lock_guard<std::mutex> lock(mu_);
            cv_.notify_all(); // leave() waits for the outbox to empty
        }
        Message m;
        if (client_.receive(m, 0.02, error)) {
            std::lock_guard<std::mutex> lock(mu_);
            if (m.type == "bye" &&
                m.value("reason").find("another connection") == std::string::npos) {
                // The host stopped (a restart resumes the class): rejoin it when it is back; a
                // request waiting for an answer waits for the rejoin.
                client_.close();
                status_ = "The host has stopped: reconnecting";
            } else {
                if (m.type == "bye") { // this student joined from another game: leave it be
                    gaveUp_ = true;
                    status_ = "You joined this class again from another game";
                }
                inbox_.push_back(std::move(m));
            }
            cv_.notify_all();
        } else if (!client_.connected()) {
            std::lock_guard<std::mutex> lock(mu_);
            status_ = "Connection to the host lost (" + error + "): reconnecting";
            cv_.notify_all();
        }
    }
}

template <class Want>
bool ClassLink::waitFor(Want want, Message& out, std::uint64_t rejoins, bool& rejoined,
                        double seconds) {
    std::unique_lock<std::mutex> lock(mu_);
    rejoined = false;
    const auto until = std::chrono::steady_clock::now() +
                       std::chrono::milliseconds(static_cast<long>(seconds * 1000));
    for (;;) {
        for (auto it = inbox_.begin(); it != inbox_.end(); ++it)
            if (want(*it) || fatal(*it)) {
                out = std::move(*it);
                inbox_.erase(it);
                return !fatal(out);
            }
        if (rejoins_ != rejoins) {
            rejoined = true;
            return false;
        }
        if (gaveUp_) return false;
        if (cv_.wait_until(lock, until) == std::cv_status::timeout) {
            for (auto it = inbox_.begin(); it != inbox_.end(); ++it)
                if (want(*it)) {
                    out = std::move(*it);
                    inbox_.erase(it);
                    return true;
                }
            return false;
        }
    }
}

bool ClassLink::nextCase(CaseOffer& out, bool& done, std::string& error) {
    done = false;
    const auto until = std::chrono::steady_clock::now() +
                       std::chrono::milliseconds(static_cast<long>(timeout_ * 3000));
    while (std::chrono::steady_clock::now() < until) {
        std::uint64_t rejoins;
        {
            std::lock_guard<std::mutex> lock(mu_);
            rejoins = rejoins_;
            // An old answer to an earlier request must not stand for this one.
            for (auto it = inbox_.begin(); it != inbox_.end();)
                it = it->type == "case" || it->type == "resume" ? inbox_.erase(it) : it + 1;
        }
        send(Message("next"));
        Message m;
        bool rejoined = false;
        auto caseOrDone = [](const Message& x) {
            return x.type == "case" || x.type == "done" ||
                   (x.type == "denied" && x.value("what") == "next");
        };
        if (!waitFor(caseOrDone, m, rejoins, rejoined, timeout_)) {
            if (rejoined) continue;
            error = !m.type.empty()    ? m.value("reason")
                    : status().empty() ? "the host did not answer in time"
                                       : status();
            return false;
        }
        if (m.type == "done") {
            done = true;
            return false;
        }
        if (m.type == "denied") {
            error = m.value("reason");
            return false;
        }
        Message resume;
        if (!waitFor([](const Message& x) { return x.type == "resume"; }, resume, rejoins, rejoined,
                     timeout_)) {
            if (rejoined) continue;
            error = "the host did not send the case's log";
            return false;
        }
        out = CaseOffer{};
        try {
            out.index = std::stoi(m.value("index", "0"));
            out.cases = std::stoi(m.value("cases", "0"));
            out.timeLimit = std::stod(m.value("time-limit", "0"));
            out.remaining = std::stod(m.value("remaining", "0"));
            out.seed = std::stoull(m.value("seed", "1"));
        } catch (...) {
            error = "the host's case message is malformed";
            return false;
        }
        out.caseId = m.value("case");
        out.caseXml = std::move(m.body);
        Diagnostics diags;
        out.played = parseActionLog(resume.body, "host", diags).actions;
        if (diags.hasErrors()) {
            error = "the host's log of the case cannot be read: " + diags.str();
            return false;
        }
        return true;
    }
    error = status().empty() ? "the host did not answer in time" : status();
    return false;
}

ActReply ClassLink::act(const std::string& line, std::size_t playedBefore) {
    ActReply r;
    const auto until = std::chrono::steady_clock::now() +
                       std::chrono::milliseconds(static_cast<long>(timeout_ * 3000));
    while (std::chrono::steady_clock::now() < until) {
        std::uint64_t rejoins;
        long long seq;
        {
            std::lock_guard<std::mutex> lock(mu_);
            rejoins = rejoins_;
            seq = ++seq_;
        }
        Message a("act");
        a.set("seq", seq);
        a.body = line;
        send(std::move(a));
        const std::string want = std::to_string(seq);
        Message m;
        bool rejoined = false;
        auto ackOf = [&](const Message& x) {
            return (x.type == "ack" && x.value("seq") == want) ||
                   (x.type == "denied" && x.value("what") == "act");
        };
        if (waitFor(ackOf, m, rejoins, rejoined, timeout_)) {
            r.ok = m.value("ok") == "1";
            r.error = m.type == "denied" ? m.value("reason") : m.value("error");
            r.text = m.body;
            try {
                r.t = std::stod(m.value("t", "0"));
            } catch (...) {
                r.t = 0;
            }
            return r;
        }
        if (!rejoined) {
            r.error = !m.type.empty()    ? "the host closed the connection: " + m.value("reason")
                      : status().empty() ? "the host did not answer in time"
                                         : status();
            return r;
        }
        // Rejoined: did the host take the action before the line went down? Its log says.
        CaseOffer offer;
        bool done = false;
        std::string error;
        if (!nextCase(offer, done, error)) {
            r.error = done ? "the host has ended this case" : error;
            return r;
        }
        if (offer.played.size() == playedBefore + 1) {
            r.ok = true;
            r.t = offer.played.back().time.value_or(0);
            return r;
        }
        if (offer.played.size() != playedBefore) {
            r.error = "the host's log of this case no longer matches the game's";
            return r;
        }
        // The host never had it: send it again.
    }
    r.error = status().empty() ? "the host did not answer in time" : status();
    return r;
}

std::vector<Message> ClassLink::poll() {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<Message> out;
    for (auto& m : inbox_)
        if (m.type != "ack" && m.type != "case" && m.type != "resume") out.push_back(std::move(m));
    inbox_.clear();
    return out;
}

} // namespace rc::net
